// Read permissions: access contacts reach planners, admins and the creators assigned to the spot's moment only.
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { access, accessIn, ids, seededService } from './permissions.fixture.ts';

let store: ServerStore;
afterEach(async () => store?.close());

async function setup() {
  store = await openSqliteStore(':memory:');
  return seededService(store);
}

const HIDDEN = { contactName: '—', contactPhone: '', redacted: true };
const SHOWN = { contactName: access.contactName, contactPhone: access.contactPhone };

describe('access contacts in the pull [R6]', () => {
  it('are shown to planners, admins and the assigned creator, hidden from the others', async () => {
    const { as } = await setup();
    for (const who of ['admin', 'planner', 'lea'] as const) {
      const row = accessIn(await as(who).pull());
      expect(row, who).toMatchObject(SHOWN);
      expect(row, who).not.toHaveProperty('redacted');
    }
    for (const who of ['editor', 'hugo'] as const) {
      const row = accessIn(await as(who).pull());
      // The rest of the row still syncs: status and notes tell the creator whether they may go up.
      expect(row, who).toMatchObject({ ...HIDDEN, status: 'granted', notes: access.notes, spotId: ids.spot });
    }
    // The server keeps the real contact, whoever pulled.
    expect(await store.getEntity('access', access.id)).toMatchObject(SHOWN);
  });

  it('reach a creator who is newly assigned, and leave with the assignment', async () => {
    const { as } = await setup();
    const planner = as('planner');
    const hugo = as('hugo');
    expect(accessIn(await hugo.pull())).toMatchObject(HIDDEN);
    expect(accessIn(await hugo.pull())).toBeUndefined(); // nothing changed since

    const assignment = '00000000-0000-4000-8000-000000000099';
    const created = await planner.push('assignment.create', {
      id: assignment,
      memberId: ids.hugo,
      momentId: ids.m100,
      note: '',
    });
    expect(created.outcome).toBe('applied');
    // An incremental pull re-sends the row, now with the contact.
    expect(accessIn(await hugo.pull())).toMatchObject(SHOWN);

    expect((await planner.push('assignment.delete', { id: assignment })).outcome).toBe('applied');
    expect(accessIn(await hugo.pull())).toMatchObject(HIDDEN);
  });

  it('follow a change of role', async () => {
    const { as } = await setup();
    const edith = as('editor');
    expect(accessIn(await edith.pull())).toMatchObject(HIDDEN);
    const promoted = { id: ids.editor, name: 'Edith', role: 'planner', contact: '' };
    expect((await as('admin').push('member.put', promoted)).outcome).toBe('applied');
    // The authenticator reads the member's role at each request: her next pull is a planner's,
    // and it carries the access row again (its version moved) with the contact.
    edith.auth.role = 'planner';
    expect(accessIn(await edith.pull())).toMatchObject(SHOWN);
  });
});
