// A server-side plan turned into pull responses, for the LocalStore contract suite.
import type { Kind } from '../../src/shared/domain/entities.ts';
import type { PatchOp, PullResponse } from '../../src/shared/protocol/messages.ts';
import { actors, AT, ids, planWithOneImage } from '../unit/shared/fixtures.ts';

export { actors, AT, ids };

/** The whole fixture plan as a first pull: `clear`, then a `put` per row. */
export async function firstPull(cookie = 10, lastMutationID = 0): Promise<PullResponse> {
  const tx = await planWithOneImage();
  const puts: PatchOp[] = [...tx.rows.entries()].map(([key, value]) => {
    const [kind, id] = key.split('/') as [Kind, string];
    return { op: 'put', kind, id, value };
  });
  return { cookie, lastMutationID, patch: [{ op: 'clear' }, ...puts], rejected: [] };
}

/** The fixture's signature image as the server holds it, with some fields changed. */
export async function imageRow(changes: Record<string, unknown>): Promise<PatchOp> {
  const tx = await planWithOneImage();
  const value = { ...(await tx.get('signature', ids.image))!, ...changes };
  return { op: 'put', kind: 'signature', id: ids.image, value };
}

export function member(id: string, name: string) {
  return { id, name, role: 'creator' as const, contact: '' };
}

export const newIds = {
  ana: '00000000-0000-4000-8000-0000000000a1',
  ben: '00000000-0000-4000-8000-0000000000a2',
  cleo: '00000000-0000-4000-8000-0000000000a3',
} as const;
