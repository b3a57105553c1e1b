// Migration 0006 (sec-09): rows stored before single-line fields refused line breaks are repaired, so they still parse.
import type { Kysely, Migration } from 'kysely';
import { CONTROL_CHAR_PROBLEM } from '../../../shared/domain/common.ts';
import { ENTITY_SCHEMAS, isKind } from '../../../shared/domain/entities.ts';
import type { Kind } from '../../../shared/domain/entities.ts';

export const m0006_one_line_text: Migration = {
  // Kysely<any> is the documented type for migrations: they run against the schema as it was then.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>) {
    const rows: { kind: string; id: string; data: string | null }[] = await db
      .selectFrom('entities')
      .select(['kind', 'id', 'data'])
      .where('deleted', '=', 0)
      .execute();
    const repaired: { kind: string; id: string; data: string }[] = [];
    for (const row of rows) {
      if (!isKind(row.kind) || row.data === null) continue;
      const value = repair(row.kind, JSON.parse(row.data));
      if (value !== undefined) repaired.push({ kind: row.kind, id: row.id, data: JSON.stringify(value) });
    }
    if (repaired.length === 0) return;
    // One new version for every repaired row, so every device pulls the repaired text.
    const { version } = await db
      .updateTable('space')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', 1)
      .returning('version')
      .executeTakeFirstOrThrow();
    for (const row of repaired) {
      await db
        .updateTable('entities')
        .set({ data: row.data, version: Number(version) })
        .where('kind', '=', row.kind)
        .where('id', '=', row.id)
        .execute();
    }
  },
};

/** Control characters a multi-line field refuses (tab, C0 but LF/CR, DEL, C1) and all of a single line's. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_TEXT = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F]+/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_ONE_LINE = /\s*[\u0000-\u001F\u007F-\u009F\u2028\u2029]+\s*/g;

/**
 * The row with each field the schema refuses for a control character rewritten (first as a
 * multi-line text: controls but line breaks become a space; then as a single line: every break
 * becomes a space), or undefined when it needs nothing or still fails for another reason.
 */
export function repair(kind: Kind, value: unknown): unknown {
  let changed = false;
  for (let pass = 0; pass < 50; pass++) {
    const parsed = ENTITY_SCHEMAS[kind].safeParse(value);
    if (parsed.success) return changed ? value : undefined;
    const issue = parsed.error.issues.find(
      (i) =>
        i.code === 'custom' &&
        (i.params as { problem?: unknown } | undefined)?.problem === CONTROL_CHAR_PROBLEM,
    );
    if (!issue || !rewrite(value, issue.path)) return undefined;
    changed = true;
  }
  return undefined;
}

function rewrite(root: unknown, path: readonly PropertyKey[]): boolean {
  let parent = root as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
  const key = path[path.length - 1]!;
  const text = parent[key];
  if (typeof text !== 'string') return false;
  const asText = text.replace(NOT_TEXT, ' ');
  parent[key] = asText !== text ? asText : text.replace(NOT_ONE_LINE, ' ').trim();
  return parent[key] !== text;
}
