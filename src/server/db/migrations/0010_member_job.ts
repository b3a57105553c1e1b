// Migration 0010: a creator's job becomes a field of its own; the demo wrote it at the head of `contact`.
import type { Kysely, Migration } from 'kysely';
import type { Job } from '../../../shared/domain/member.ts';

const JOBS: readonly [RegExp, Job][] = [
  [/^photographer\b/i, 'photographer'],
  [/^video maker\b/i, 'video-maker'],
  [/^community manager\b/i, 'community-manager'],
];

/**
 * Splits a contact line written "Photographer · +33 6…" or "Video maker in Marseille · +33 6…"
 * into the job and what is left of the contact ("Marseille · +33 6…": the base town is kept, the
 * phone too). Undefined when the line does not start with one of the three jobs followed by " · ".
 */
export function splitJob(contact: string): { job: Job; contact: string } | undefined {
  const [head, ...rest] = contact.split(' · ');
  if (head === undefined || rest.length === 0) return undefined;
  for (const [pattern, job] of JOBS) {
    const match = pattern.exec(head);
    if (!match) continue;
    const after = head.slice(match[0].length).trim();
    // "in Marseille": the town stays in the contact line; any other tail means it is not a job.
    const town = /^in\s+(.+)$/i.exec(after)?.[1];
    if (after !== '' && town === undefined) return undefined;
    return { job, contact: [...(town ? [town] : []), ...rest].join(' · ') };
  }
  return undefined;
}

export const m0010_member_job: Migration = {
  // Kysely<any> is the documented type for migrations: they run against the schema as it was then.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    const rows: { id: string; data: string | null }[] = await db
      .selectFrom('entities')
      .select(['id', 'data'])
      .where('kind', '=', 'member')
      .where('deleted', '=', 0)
      .execute();
    const moved: { id: string; data: string }[] = [];
    for (const row of rows) {
      if (row.data === null) continue;
      const member = JSON.parse(row.data) as { contact?: unknown; job?: unknown };
      if (member.job !== undefined || typeof member.contact !== 'string') continue;
      const split = splitJob(member.contact);
      if (split) moved.push({ id: row.id, data: JSON.stringify({ ...member, ...split }) });
    }
    if (moved.length === 0) return;
    // One new version for the rewritten members, so every device pulls them.
    const { version } = await db
      .updateTable('space')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', 1)
      .returning('version')
      .executeTakeFirstOrThrow();
    for (const row of moved) {
      await db
        .updateTable('entities')
        .set({ data: row.data, version: Number(version) })
        .where('kind', '=', 'member')
        .where('id', '=', row.id)
        .execute();
    }
  },
};
