// The rights table as Markdown (RIGHTS.md), rendered from RIGHTS so the document cannot drift from what is enforced.
import { Role } from '../domain/member.ts';
import { ARGS } from './args.ts';
import type { ArgsName } from './args.ts';
import type { FieldRights, MutationRights } from './rights.ts';
import { RIGHTS } from './rights.ts';

const ROLES = Role.options;

/**
 * One row per mutation and field: for each role `always`, `until captured` (a signature image not
 * yet selected or published) or `—` (refused), with the values it is limited to. A test keeps
 * src/shared/mutations/RIGHTS.md equal to this.
 */
export function rightsMarkdown(): string {
  const lines = [
    '# Who may change what',
    '',
    'Generated from `RIGHTS` in `rights.ts` by `rightsMarkdown()` (a unit test keeps this file equal to it).',
    '"until captured": while the signature image is planned, in position, missed or captured; once the',
    'desk has selected or published it, only the desk changes it. A creator acts only on images of the',
    'moments they are assigned to. A move to a status already reached changes nothing and is accepted',
    'from anyone who may call the mutation (forward moves commute). "own assignment": only the member the',
    'assignment sends, whatever their role. `id` names the record and is not listed.',
    '',
    `| mutation | field | ${ROLES.join(' | ')} |`,
    `| --- | --- | ${ROLES.map(() => '---').join(' | ')} |`,
  ];
  for (const name of Object.keys(ARGS) as ArgsName[]) {
    const rights = RIGHTS[name] as MutationRights;
    const fields = rights.fields as Record<string, FieldRights> | undefined;
    if (!fields) {
      const own = rights.on === 'assignment' ? 'own assignment' : 'always';
      const cells = ROLES.map((role) => (rights.callers.includes(role) ? own : '—'));
      const names = Object.keys(ARGS[name].shape).filter((f) => f !== 'id');
      const listed = names.length ? names.map((f) => `\`${f}\``).join(', ') : '(only `id`)';
      lines.push(`| \`${name}\` | ${listed} | ${cells.join(' | ')} |`);
      continue;
    }
    for (const [field, reach] of Object.entries(fields)) {
      const values = (
        rights.values as Record<string, Partial<Record<string, readonly string[]>>> | undefined
      )?.[field];
      const cells = ROLES.map((role) => {
        const r = reach[role];
        if (!r || !rights.callers.includes(role)) return '—';
        const limited = values?.[role];
        return `${r === 'always' ? 'always' : 'until captured'}${limited ? ` (${limited.join(', ')})` : ''}`;
      });
      lines.push(`| \`${name}\` | \`${field}\` | ${cells.join(' | ')} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
