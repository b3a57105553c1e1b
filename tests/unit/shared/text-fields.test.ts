// sec-09: single-line fields refuse CR/LF and every control character; multi-line ones keep line breaks only.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ARGS } from '../../../src/shared/mutations/args.ts';
import type { ArgsName } from '../../../src/shared/mutations/args.ts';
import { issueParams } from '../../../src/shared/mutations/issues.ts';
import { RedeemRequest } from '../../../src/shared/protocol/messages.ts';
import { unwrap } from './schema-samples.ts';

interface StringField {
  name: ArgsName;
  path: string[];
  schema: z.ZodType;
  /** Notes, descriptions, why it matters and the angles' briefs: written on several lines. */
  multiLine: boolean;
}
const MULTI_LINE = new Set(['description', 'notes', 'note', 'text']);

/** Every string leaf of every mutation's arguments, with its path: found from the schemas, not listed. */
function stringFields(): StringField[] {
  const found: StringField[] = [];
  const walk = (name: ArgsName, schema: z.ZodType, path: string[]) => {
    const def = (unwrap(schema) as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    if (def.type === 'string' && !def.format) {
      const multiLine = path.includes('angles') || MULTI_LINE.has(path.at(-1)!);
      found.push({ name, path, schema, multiLine });
    } else if (def.type === 'object') {
      for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>))
        walk(name, v, [...path, k]);
    } else if (def.type === 'union') {
      for (const option of def.options as z.ZodType[]) walk(name, option, path);
    } else if (def.type === 'array') walk(name, def.element as z.ZodType, [...path, '0']);
  };
  for (const name of Object.keys(ARGS) as ArgsName[]) walk(name, ARGS[name], []);
  return found;
}

describe('text fields', () => {
  const fields = stringFields().filter((f) => !f.path.includes('timeZone'));

  it('finds the string fields of every mutation', () => {
    expect(fields.length).toBeGreaterThan(50);
  });

  it('refuses CR, LF, tab, NEL and U+2028 inside a single-line field, with the problem control_char', () => {
    for (const f of fields) {
      if (f.multiLine) continue;
      for (const bad of ['a\rb', 'a\nb', 'a\r\nb', 'a\tb', 'a\u0085b', 'a\u2028b', 'a\u0000b']) {
        const parsed = f.schema.safeParse(bad);
        expect(parsed.success, `${f.name} ${f.path.join('.')} accepted ${JSON.stringify(bad)}`).toBe(false);
        if (!parsed.success) expect(issueParams(parsed.error).problem).toBe('control_char');
      }
      // Leading and trailing breaks are trimmed away, not refused.
      expect(f.schema.safeParse('ok\r\n').success, `${f.name} ${f.path.join('.')}`).toBe(true);
    }
  });

  it('keeps line breaks in a multi-line field, and refuses the other control characters', () => {
    const multi = fields.filter((f) => f.multiLine);
    expect(multi.length).toBeGreaterThan(10);
    for (const f of multi) {
      expect(f.schema.safeParse('line one\nline two\r\nthree').success, `${f.name} ${f.path.join('.')}`).toBe(
        true,
      );
      for (const bad of ['a\u0000b', 'a\tb', 'a\u001bb', 'a\u007fb', 'a\u0085b']) {
        expect(f.schema.safeParse(bad).success, `${f.name} ${f.path.join('.')} ${JSON.stringify(bad)}`).toBe(
          false,
        );
      }
    }
  });

  it('bounds every string a client can store', () => {
    for (const f of fields) {
      const parsed = f.schema.safeParse('x'.repeat(5000));
      expect(parsed.success, `${f.name} ${f.path.join('.')} took 5,000 characters`).toBe(false);
    }
    expect(RedeemRequest.shape.deviceName.safeParse('Léa’s\nphone').success).toBe(false);
  });
});
