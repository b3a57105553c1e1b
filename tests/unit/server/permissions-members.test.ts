// Need to know for the team's own contacts: who reads which member's phone number in the pull, and the rows
// re-sent when assignments or roles change (rules in src/server/ops/SECURITY.md and sync/visibility.ts).
import { afterEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../src/shared/domain/member.ts';
import type { PullResponse } from '../../../src/shared/protocol/messages.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { ids, seededService } from './permissions.fixture.ts';

let store: ServerStore;
afterEach(async () => store?.close());

/** Every member with a phone number; Léa is assigned to the 100 m, Hugo to nothing. */
const PHONES: Record<string, string> = {
  [ids.admin]: '+33 1 00 00 00 01',
  [ids.planner]: '+33 1 00 00 00 02',
  [ids.editor]: '+33 1 00 00 00 03',
  [ids.lea]: '+33 6 00 00 00 04',
  [ids.hugo]: '+33 6 00 00 00 05',
};
const ZOE = '00000000-0000-4000-8000-0000000000a1';
const EVE = '00000000-0000-4000-8000-0000000000a2';
const ZOE_ON_100M = '00000000-0000-4000-8000-0000000000a3';

async function setup() {
  store = await openSqliteStore(':memory:');
  const service = await seededService(store);
  const admin = service.as('admin');
  for (const m of await store.listEntities('member'))
    expect((await admin.push('member.put', { ...m, contact: PHONES[m.id] })).outcome).toBe('applied');
  // Zoé, a second creator on the 100 m with Léa; Eve, a second editor.
  for (const m of [
    { id: ZOE, name: 'Zoé', role: 'creator', contact: '+33 6 00 00 00 06' },
    { id: EVE, name: 'Eve', role: 'editor', contact: '+33 6 00 00 00 07' },
  ])
    expect((await admin.push('member.put', m)).outcome).toBe('applied');
  PHONES[ZOE] = '+33 6 00 00 00 06';
  PHONES[EVE] = '+33 6 00 00 00 07';
  expect(
    (await admin.push('assignment.create', { id: ZOE_ON_100M, memberId: ZOE, momentId: ids.m100, note: '' }))
      .outcome,
  ).toBe('applied');
  return service;
}

/** Member id → the contact this pull carried (only members the pull carried). */
function contacts(pull: PullResponse): Map<string, string> {
  return new Map(
    pull.patch.flatMap((p) =>
      p.op === 'put' && p.kind === 'member' ? [[p.id, (p.value as Member).contact] as const] : [],
    ),
  );
}

/** The ids whose real phone number `pull` carried. */
function readable(pull: PullResponse): string[] {
  return [...contacts(pull)]
    .filter(([id, contact]) => contact !== '' && contact === PHONES[id])
    .map(([id]) => id)
    .sort();
}

const sorted = (...list: string[]) => [...list].sort();

describe('member contacts in the pull', () => {
  it('reach each role by need to know; names and roles reach everyone', async () => {
    const { as } = await setup();
    const everyone = sorted(ids.admin, ids.planner, ids.editor, ids.lea, ids.hugo, ZOE, EVE);
    for (const who of ['admin', 'planner'] as const)
      expect(readable(await as(who).pull()), who).toEqual(everyone);
    // Léa: herself, the stand-up (admin, planner), Zoé on the same moment.
    expect(readable(await as('lea').pull())).toEqual(sorted(ids.lea, ids.admin, ids.planner, ZOE));
    // Hugo, on no moment: himself and the stand-up.
    expect(readable(await as('hugo').pull())).toEqual(sorted(ids.hugo, ids.admin, ids.planner));
    // The desk: the stand-up, the editors and every creator on a moment (not Hugo).
    expect(readable(await as('editor').pull())).toEqual(
      sorted(ids.editor, EVE, ids.admin, ids.planner, ids.lea, ZOE),
    );
    // The hidden ones still sync, with their name and role, and an empty contact.
    const hugo = contacts(await as('hugo').pull());
    expect([...hugo.keys()].sort()).toEqual(everyone);
    expect(hugo.get(ids.lea)).toBe('');
    // The server keeps every number.
    expect((await store.getEntity('member', ids.hugo))?.contact).toBe(PHONES[ids.hugo]);
  });

  it('are re-sent when an assignment brings two creators together, and hidden again when it ends', async () => {
    const { as } = await setup();
    const planner = as('planner');
    const hugo = as('hugo');
    const lea = as('lea');
    const editor = as('editor');
    expect(readable(await hugo.pull())).not.toContain(ids.lea);
    await lea.pull();
    expect(readable(await editor.pull())).not.toContain(ids.hugo);

    const onTheMoment = '00000000-0000-4000-8000-0000000000a4';
    const made = await planner.push('assignment.create', {
      id: onTheMoment,
      memberId: ids.hugo,
      momentId: ids.m100,
      note: '',
    });
    expect(made.outcome).toBe('applied');
    // Incremental pulls carry the rows again, now with the contacts.
    expect(readable(await hugo.pull())).toEqual(expect.arrayContaining([ids.lea, ZOE]));
    expect(readable(await lea.pull())).toContain(ids.hugo);
    expect(readable(await editor.pull())).toContain(ids.hugo);

    expect((await planner.push('assignment.delete', { id: onTheMoment })).outcome).toBe('applied');
    const after = contacts(await hugo.pull());
    expect(after.get(ids.lea)).toBe('');
    expect(after.get(ZOE)).toBe('');
    expect(contacts(await lea.pull()).get(ids.hugo)).toBe('');
    expect(contacts(await editor.pull()).get(ids.hugo)).toBe('');
  });

  it('follow a change of role, both ways', async () => {
    const { as } = await setup();
    const hugo = as('hugo');
    const lea = as('lea');
    expect(contacts(await hugo.pull()).get(ids.lea)).toBe('');
    expect(contacts(await lea.pull()).get(ids.hugo)).toBe('');
    const promoted = { id: ids.hugo, name: 'Hugo', role: 'planner', contact: PHONES[ids.hugo] };
    expect((await as('admin').push('member.put', promoted)).outcome).toBe('applied');
    // Hugo's next pull is a planner's: every contact comes again. Léa now reads the new planner's.
    hugo.auth.role = 'planner';
    expect(readable(await hugo.pull())).toContain(ids.lea);
    expect(contacts(await lea.pull()).get(ids.hugo)).toBe(PHONES[ids.hugo]);
  });
});
