// What one audit entry did to one record: created, deleted, or the fields whose value changed.
import type { AuditEntry } from '../../api/audit.ts';

export interface FieldChange {
  /** Dotted path of a leaf field, e.g. "title" or "why.text". */
  field: string;
  /** Display text of the value; undefined when the field was absent (or null). */
  before?: string;
  after?: string;
}

export type RecordDiff =
  | { kind: 'created' }
  | { kind: 'deleted' }
  | { kind: 'updated'; fields: FieldChange[] }
  /** Aimed at the record but changed nothing in it: a rejected change, or one with no effect. */
  | { kind: 'none' };

/** Restated by the entry itself (who, when) or by the status field: listing them would be noise. */
const BOOKKEEPING = new Set(['id', 'history', 'statusAt', 'statusBy']);

/** Long texts are cut: the history is a glance at what moved, not a copy of the record. */
const MAX_TEXT = 120;

/**
 * The diff of `entry` on the record kind/id. Several changes to the same row in one mutation
 * collapse to the first `before` and the last `after`. Fields only the server keeps for itself
 * (BOOKKEEPING) are left out.
 */
export function recordDiff(entry: AuditEntry, kind: string, id: string): RecordDiff {
  const mine = entry.changes.filter((c) => c.kind === kind && c.id === id);
  if (mine.length === 0) return { kind: 'none' };
  const before = mine[0]!.before;
  const after = mine[mine.length - 1]!.after;
  if (before == null && after != null) return { kind: 'created' };
  if (after == null) return before == null ? { kind: 'none' } : { kind: 'deleted' };
  const was = flatten(before);
  const now = flatten(after);
  const fields: FieldChange[] = [];
  for (const field of [...new Set([...was.keys(), ...now.keys()])].sort()) {
    if (BOOKKEEPING.has(field.split('.')[0]!)) continue;
    const b = was.get(field);
    const a = now.get(field);
    if (b !== a)
      fields.push({
        field,
        ...(b === undefined ? {} : { before: b }),
        ...(a === undefined ? {} : { after: a }),
      });
  }
  return fields.length === 0 ? { kind: 'none' } : { kind: 'updated', fields };
}

/** Leaf fields of a row as display text; arrays are one leaf (a list of sides reads "sport, site"). */
function flatten(value: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (value !== null && value !== undefined && prefix) {
    out.set(prefix, display(value));
  }
  return out;
}

function display(value: unknown): string {
  const text = Array.isArray(value)
    ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')
    : String(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
