// Migration 0005 (protocol 2): rejections keep a code and params, the log keeps the clock verdict, and rejected args are bounded.
import type { Kysely, Migration } from 'kysely';
import { boundedArgs } from '../../../shared/protocol/stored-args.ts';
import { MAX_STORED_ARGS_BYTES } from '../../../shared/protocol/limits.ts';

export const m0005_rejection_codes: Migration = {
  // Kysely<any> is the documented type for migrations: they run against the schema as it was then.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    // Older rows keep null codes: clients show their English reason, as protocol 1 did.
    await db.schema.alterTable('mutation_log').addColumn('code', 'varchar(40)').execute();
    await db.schema.alterTable('mutation_log').addColumn('params', 'text').execute();
    // 1 when the server found the device's `at` off (future of logged_at, or before the device signed in).
    await db.schema
      .alterTable('mutation_log')
      .addColumn('clock_off', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();

    // Rejected args kept before the bound (sec-04: 1 MB of junk each) are cut to the same marker.
    // length() counts characters, a lower bound of bytes: every row over the limit is among these.
    const rows: { client_id: string; mutation_id: number; args: string }[] = await db
      .selectFrom('mutation_log')
      .select(['client_id', 'mutation_id', 'args'])
      .where('status', '=', 'rejected')
      .where((eb) => eb(eb.fn('length', ['args']), '>', Math.floor(MAX_STORED_ARGS_BYTES / 4)))
      .execute();
    for (const row of rows) {
      const bounded = JSON.stringify(boundedArgs(parse(row.args)));
      if (bounded === row.args) continue;
      await db
        .updateTable('mutation_log')
        .set({ args: bounded })
        .where('client_id', '=', row.client_id)
        .where('mutation_id', '=', row.mutation_id)
        .execute();
    }
  },
};

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
