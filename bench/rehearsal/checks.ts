// The end-of-day checks: every tap exactly once on the server and settled on its device, every replica
// equal to what the server would send it, no status moved backwards but by an applied reopen.
import type { Kind } from '../../src/shared/domain/entities.ts';
import { KINDS } from '../../src/shared/domain/entities.ts';
import { progress } from '../../src/shared/domain/signature.ts';
import type { ShotStatus } from '../../src/shared/domain/signature.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/version.ts';
import type { ServerStore } from '../../src/server/db/port.ts';
import type { Device } from './device.ts';
import { stableJson } from './stable-json.ts';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface Tally {
  taps: number;
  applied: number;
  rejected: number;
  byName: Record<string, { applied: number; rejected: number }>;
  reasons: Record<string, number>;
}

/** Each tap logged once, in order 1..n, as tapped; the device acknowledged all and holds each refusal. */
export async function checkTaps(
  devices: readonly Device[],
  truth: ServerStore,
): Promise<{ check: Check; tally: Tally }> {
  const problems: string[] = [];
  const tally: Tally = { taps: 0, applied: 0, rejected: 0, byName: {}, reasons: {} };
  for (const device of devices) {
    const log = await truth.mutationLog(device.clientID);
    const meta = await device.store.getMeta();
    const made = meta.nextMutationID - 1;
    tally.taps += made;
    if (log.length !== made) problems.push(`${device.name}: ${made} taps, ${log.length} logged`);
    log.forEach((entry, i) => {
      if (entry.mutationID !== i + 1)
        problems.push(`${device.name}: log position ${i + 1} holds id ${entry.mutationID}`);
      const tap = device.taps.get(entry.mutationID);
      if (tap && (tap.name !== entry.name || stableJson(tap.args) !== stableJson(entry.args)))
        problems.push(`${device.name} #${entry.mutationID}: logged ${entry.name} differs from the tap`);
      const row = (tally.byName[entry.name] ??= { applied: 0, rejected: 0 });
      row[entry.status]++;
      tally[entry.status]++;
      if (entry.status === 'rejected') {
        const reason = entry.reason ?? '(no reason)';
        tally.reasons[reason] = (tally.reasons[reason] ?? 0) + 1;
      }
    });
    if (meta.ackedMutationID !== made)
      problems.push(`${device.name}: acknowledged ${meta.ackedMutationID} of ${made}`);
    const pending = await device.store.pending(1);
    if (pending.length) problems.push(`${device.name}: outbox still holds #${pending[0]!.id}`);

    const refused = log.filter((e) => e.status === 'rejected');
    const shown = new Map((await device.store.rejections()).map((r) => [r.id, r]));
    for (const entry of refused) {
      const held = shown.get(entry.mutationID);
      if (!held)
        problems.push(`${device.name} #${entry.mutationID}: rejected on the server, not shown on the device`);
      else if (!held.reason.trim())
        problems.push(`${device.name} #${entry.mutationID}: shown without a reason`);
    }
    if (shown.size !== refused.length)
      problems.push(`${device.name}: shows ${shown.size} rejections, the server logged ${refused.length}`);
    if (refused.some((e) => !e.reason))
      problems.push(`${device.name}: a rejection without a reason in the log`);
  }
  return {
    check: {
      name: 'every tap exactly once on the server, acknowledged and accounted for on its device',
      ok: problems.length === 0,
      detail: problems.length
        ? summarizeProblems(problems)
        : `${tally.taps} taps: ${tally.applied} applied, ${tally.rejected} rejected and shown with their reason`,
    },
    tally,
  };
}

/** Every device's view equals a fresh full pull with its own credentials; the admin's equals the server's rows. */
export async function checkReplicas(
  devices: readonly Device[],
  admin: Device,
  truth: ServerStore,
): Promise<Check> {
  const problems: string[] = [];
  let rows = 0;
  for (const device of devices) {
    const meta = await device.store.getMeta();
    const fresh = await device.direct.pull({
      schemaVersion: PROTOCOL_VERSION,
      clientID: device.clientID,
      cookie: null,
      ackedMutationID: meta.ackedMutationID,
    });
    const expected = new Map<string, string>();
    for (const op of fresh.patch)
      if (op.op === 'put') expected.set(`${op.kind}/${op.id}`, stableJson(op.value));
    const actual = await viewOf(device);
    rows += actual.size;
    problems.push(...differences(device.name, actual, expected));
  }
  const server = new Map<string, string>();
  for (const kind of KINDS)
    for (const row of await truth.listEntities(kind)) server.set(`${kind}/${row.id}`, stableJson(row));
  problems.push(...differences(`${admin.name} vs the server's rows`, await viewOf(admin), server));
  return {
    name: 'all replicas equal what the server holds for them',
    ok: problems.length === 0,
    detail: problems.length
      ? summarizeProblems(problems)
      : `${devices.length} devices, ${rows} rows compared; the admin's replica = the server's ${server.size} rows`,
  };
}

/**
 * Walks the complete audit of every image (before/after of each applied mutation): a move to a lower
 * status must be an applied signature.reopen; and each row's history must chain.
 */
export async function checkStatuses(truth: ServerStore): Promise<{ check: Check; reopens: number }> {
  const problems: string[] = [];
  let reopens = 0;
  let moves = 0;
  const audit = await truth.audit({ kind: 'signature', limit: 1_000_000 });
  for (const entry of audit) {
    if (entry.outcome !== 'applied') continue;
    for (const change of entry.changes) {
      if (change.kind !== 'signature' || !change.before || !change.after) continue;
      const from = (change.before as { status: ShotStatus }).status;
      const to = (change.after as { status: ShotStatus }).status;
      if (from === to) continue;
      moves++;
      // "missed" ranks between in-position and captured: a late capture supersedes it (not backwards).
      const backwards = progress(to) < progress(from);
      if (backwards && entry.name === 'signature.reopen') reopens++;
      else if (backwards) problems.push(`${change.id}: ${from} → ${to} by ${entry.name}`);
    }
  }
  for (const image of await truth.listEntities('signature')) {
    const h = image.history;
    for (let i = 1; i < h.length; i++)
      if (h[i]!.from !== h[i - 1]!.to) problems.push(`${image.id}: history breaks at ${i}`);
    if (h.length && h[h.length - 1]!.to !== image.status)
      problems.push(`${image.id}: history ends at ${h[h.length - 1]!.to}, status ${image.status}`);
  }
  return {
    check: {
      name: 'no status moved backwards except by an applied reopen',
      ok: problems.length === 0,
      detail: problems.length
        ? summarizeProblems(problems)
        : `${moves} status moves, ${reopens} of them backwards, all by signature.reopen`,
    },
    reopens,
  };
}

async function viewOf(device: Device): Promise<Map<string, string>> {
  const rows = new Map<string, string>();
  for (const kind of KINDS as Kind[])
    for (const row of await device.store.list(kind))
      rows.set(`${kind}/${(row as { id: string }).id}`, stableJson(row));
  return rows;
}

function differences(who: string, actual: Map<string, string>, expected: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [key, value] of expected) {
    if (!actual.has(key)) out.push(`${who}: missing ${key}`);
    else if (actual.get(key) !== value) out.push(`${who}: ${key} differs`);
  }
  for (const key of actual.keys()) if (!expected.has(key)) out.push(`${who}: extra ${key}`);
  return out;
}

function summarizeProblems(problems: string[]): string {
  const shown = problems.slice(0, 8).join('; ');
  return problems.length > 8 ? `${shown}; …and ${problems.length - 8} more` : shown;
}
