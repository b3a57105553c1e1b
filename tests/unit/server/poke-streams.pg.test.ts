// Poke streams on PostgreSQL: a device revoked by another process (another server, the admin CLI) loses its
// open stream at once, through NOTIFY plan_de_jeu_revoke, long before any heartbeat would notice.
import { afterEach, describe, it } from 'vitest';
import { openPostgresStore } from '../../../src/server/db/index.ts';
import { createPgPoker } from '../../../src/server/sync/pg-poker.ts';
import { createTestDatabase } from '../../fakes/postgres.ts';
import { seededService } from './permissions.fixture.ts';
import { openStream, serve } from './poke-streams.suite.ts';

const cleanups: (() => Promise<unknown>)[] = [];
// Stopping server processes and removing big files takes a while on a loaded machine.
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
}, 60_000);

describe('a device revoked by another process on PostgreSQL', () => {
  it('loses its open poke stream at once', async () => {
    const db = await createTestDatabase('pdj_revoke');
    cleanups.push(() => db.drop());
    const store = await openPostgresStore(db.url);
    cleanups.push(() => store.close());
    await seededService(store);
    const poker = createPgPoker(db.url, () => store.version());
    cleanups.push(() => poker.close());
    await poker.ready;
    // A heartbeat of an hour: only the NOTIFY can end the stream within the test.
    const server = await serve(store, 3_600_000, poker);
    cleanups.push(() => server.close());
    const phone = await server.signIn();
    const stream = await openStream(server.url, phone.token);

    const cli = await openPostgresStore(db.url);
    cleanups.push(() => cli.close());
    await cli.revokeDevice(phone.deviceId, new Date().toISOString());
    await stream.ended;
  });
});
