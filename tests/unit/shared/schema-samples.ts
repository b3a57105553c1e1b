// Valid sample values generated from zod schemas, so the permission matrix is derived from the schemas, not typed out.
import type { z } from 'zod';

/** Values that name records (ids, references) or need a meaning a schema cannot give (a time zone). */
export type Refs = Record<string, () => unknown>;

interface Def {
  type: string;
  format?: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  options?: z.ZodType[];
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number } } }[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const FORMATS: Record<string, string> = {
  uuid: '00000000-0000-4000-8000-00000000abcd',
  url: 'https://media.example.org/sample',
  datetime: '2024-08-04T20:00:00.000Z',
  date: '2024-08-05',
};

/** The schema under optional / default / nullable wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  return ['optional', 'default', 'nullable'].includes(def.type) && def.innerType
    ? unwrap(def.innerType)
    : schema;
}

/** The options of an enum schema (after unwrapping), or undefined for any other schema. */
export function enumValues(schema: z.ZodType): string[] | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'enum' && def.entries ? Object.values(def.entries) : undefined;
}

/** True when the object field may be left out. */
export function isOptional(schema: z.ZodType): boolean {
  return ['optional', 'default'].includes(defOf(schema).type);
}

/**
 * A valid value of `schema` for the field `key`: `refs[key]` when given (ids of seeded records),
 * else the smallest value its type and checks accept (first option, minimum length, lower bound).
 * Objects get their required fields; arrays one item.
 */
export function sample(schema: z.ZodType, key: string, refs: Refs): unknown {
  const ref = refs[key];
  if (ref) return ref();
  const def = defOf(unwrap(schema));
  switch (def.type) {
    case 'string': {
      if (def.format && FORMATS[def.format]) return FORMATS[def.format];
      const max = bound(def, 'max_length') ?? 40;
      return `sample ${key}`.slice(0, max);
    }
    case 'number':
      return bound(def, 'greater_than') ?? 1;
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def.entries!)[0];
    case 'literal':
      return def.values![0];
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape!)
          .filter(([, v]) => !isOptional(v))
          .map(([k, v]) => [k, sample(v, k, refs)]),
      );
    case 'array':
      return [sample(def.element!, key, refs)];
    case 'union':
      return sample(def.options![0]!, key, refs);
    default:
      throw new Error(`no sample for ${key}: a ${def.type} schema`);
  }
}

function bound(def: Def, check: string): number | undefined {
  const found = def.checks?.find((c) => c._zod.def.check === check)?._zod.def;
  return found?.maximum ?? found?.minimum ?? found?.value;
}
