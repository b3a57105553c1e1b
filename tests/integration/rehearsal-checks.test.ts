// The rehearsal's verdicts can fail: planted faults (a lost tap, a hidden rejection, a status moved back
// by a forward move, a replica off by one row) are each reported, and a clean state passes.
import { checkReplicas, checkStatuses, checkTaps } from '../../bench/rehearsal/checks.ts';
import type { Device } from '../../bench/rehearsal/device.ts';
import { createMemoryStore } from '../../src/client/storage/memory.ts';
import type { AuditEntry, MutationLogEntry, ServerStore } from '../../src/server/db/port.ts';
import type { PullResponse } from '../../src/shared/protocol/messages.ts';

const CLIENT = '00000000-0000-4000-8000-0000000000c1';
const MEMBER = '00000000-0000-4000-8000-0000000000a1';
const AT = '2024-07-26T10:00:00.000Z';
const member = { id: MEMBER, name: 'Ana', role: 'admin' as const, contact: '' };

async function deviceWith(taps: number, pull: PullResponse): Promise<Device> {
  const store = createMemoryStore({ clientID: CLIENT });
  const actor = { memberId: MEMBER, role: 'admin' as const };
  const device = {
    name: 'Phone',
    actor,
    clientID: CLIENT,
    store,
    taps: new Map(),
    direct: { pull: async () => pull },
  };
  for (let i = 0; i < taps; i++) await store.mutate('member.put', member, actor);
  // The server acknowledged all of them and sent the member back.
  await store.applyPull(pull, actor);
  return device as unknown as Device;
}

function logged(ids: number[], status: 'applied' | 'rejected' = 'applied'): MutationLogEntry[] {
  return ids.map((id) => ({
    clientID: CLIENT,
    mutationID: id,
    memberId: MEMBER,
    deviceId: null,
    name: 'member.put',
    args: member,
    at: AT,
    status,
    reason: status === 'rejected' ? 'no' : null,
    version: 1,
    loggedAt: AT,
  }));
}

function truth(log: MutationLogEntry[], audit: AuditEntry[] = [], members = [member]): ServerStore {
  return {
    mutationLog: async () => log,
    audit: async () => audit,
    listEntities: async (kind: string) => (kind === 'member' ? members : []),
  } as unknown as ServerStore;
}

const pulled: PullResponse = {
  cookie: 1,
  lastMutationID: 2,
  patch: [{ op: 'clear' }, { op: 'put', kind: 'member', id: MEMBER, value: member }],
  rejected: [],
};

describe('the rehearsal checks', () => {
  it('pass on a clean state', async () => {
    const device = await deviceWith(2, pulled);
    expect((await checkTaps([device], truth(logged([1, 2])))).check.ok).toBe(true);
    expect((await checkReplicas([device], device, truth([]))).ok).toBe(true);
  });

  it('report a tap the server never logged', async () => {
    const device = await deviceWith(2, pulled);
    const { check } = await checkTaps([device], truth(logged([1])));
    expect(check.ok).toBe(false);
    expect(check.detail).toMatch(/2 taps, 1 logged/);
  });

  it('report a rejection the device does not show', async () => {
    const device = await deviceWith(2, pulled);
    const { check } = await checkTaps([device], truth([...logged([1]), ...logged([2], 'rejected')]));
    expect(check.ok).toBe(false);
    expect(check.detail).toMatch(/#2: rejected on the server, not shown on the device/);
  });

  it('report a replica that differs from what the server would send it', async () => {
    const device = await deviceWith(2, pulled);
    const other = { ...member, name: 'Ana B.' };
    const check = await checkReplicas([device], device, truth([], [], [other]));
    expect(check.ok).toBe(false);
    expect(check.detail).toMatch(/differs/);
  });

  it('report a status moved back by anything but signature.reopen', async () => {
    const image = (status: string) => ({ id: 'img', status });
    const entry = (name: string, from: string, to: string): AuditEntry => ({
      at: AT,
      loggedAt: AT,
      memberId: MEMBER,
      memberName: 'Ana',
      deviceId: null,
      name,
      args: {},
      outcome: 'applied',
      reason: null,
      changes: [{ kind: 'signature', id: 'img', before: image(from), after: image(to) } as never],
    });
    const reopened = await checkStatuses(truth([], [entry('signature.reopen', 'published', 'captured')], []));
    expect(reopened.check.ok).toBe(true);
    expect(reopened.reopens).toBe(1);
    const late = await checkStatuses(truth([], [entry('signature.advance', 'missed', 'captured')], []));
    expect(late.check.ok).toBe(true);
    const back = await checkStatuses(truth([], [entry('signature.advance', 'selected', 'captured')], []));
    expect(back.check.ok).toBe(false);
    expect(back.check.detail).toMatch(/selected → captured by signature.advance/);
  });
});
