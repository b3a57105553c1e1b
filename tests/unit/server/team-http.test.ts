// The team routes (admins): list, invite by link, change a role, revoke; the same rules as the CLI; audited.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../../src/server/auth/invites.ts';
import { runAdmin } from '../../../src/server/cli/run.ts';
import { DEMO_IDS } from '../../../src/server/demo/paris2024.ts';
import type { InviteAnswer, TeamList } from '../../../src/shared/protocol/team.ts';
import { startTestServer, type TestServer } from '../../fakes/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
});
afterAll(() => server.close());

async function signInWith(token: string, deviceName = 'a device') {
  const res = await fetch(`${server.url}/api/auth/redeem`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ invite: token, clientID: randomUUID(), deviceName }),
  });
  return { status: res.status, body: (await res.json()) as { deviceToken: string; deviceId: string } };
}

async function device(memberId: string, deviceName?: string) {
  const { body } = await signInWith((await createInvite(server.store, memberId)).token, deviceName);
  const call = async (method: string, path: string, payload?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${body.deviceToken}`,
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return { ...body, call };
}

const tokenOf = (link: string) => /#invite=([\w-]+)$/.exec(link)![1]!;

describe('the team routes', () => {
  it('are for admins only: 401 without a device, 403 for a planner', async () => {
    expect((await fetch(`${server.url}/api/team`)).status).toBe(401);
    const claire = await device(DEMO_IDS.members.plannerClaire);
    const refused = await claire.call('GET', '/api/team');
    expect(refused).toEqual({
      status: 403,
      body: { error: 'forbidden', message: 'the team is managed by admins' },
    });
    expect((await claire.call('POST', '/api/team/invites', { name: 'X', role: 'admin' })).status).toBe(403);
  });

  it('invite a new member with a job: the link signs a device in, the team lists it, the audit names the admin', async () => {
    const admin = await device(server.adminId, 'Admin laptop');
    const invited = await admin.call('POST', '/api/team/invites', {
      name: 'Ana Lopes',
      role: 'creator',
      job: 'video-maker',
      contact: '+33 6 12 34 56 78',
    });
    expect(invited.status).toBe(201);
    const answer = invited.body as unknown as InviteAnswer;
    expect(answer.member).toMatchObject({
      name: 'Ana Lopes',
      role: 'creator',
      job: 'video-maker',
      contact: '+33 6 12 34 56 78',
    });
    expect(answer.link).toMatch(new RegExp(`^${server.url}/signin#invite=[\\w-]{40,}$`));
    expect(Date.parse(answer.expiresAt) - Date.now()).toBeGreaterThan(71 * 3_600_000);

    const before = ((await admin.call('GET', '/api/team')).body as unknown as TeamList).members.find(
      (m) => m.member.id === answer.member.id,
    )!;
    expect(before.devices).toEqual([]);
    expect(before.invites).toEqual([
      { id: expect.any(String), createdAt: expect.any(String), expiresAt: answer.expiresAt },
    ]);

    const phone = await signInWith(tokenOf(answer.link), 'Ana’s Pixel');
    expect(phone.status).toBe(200);
    const after = ((await admin.call('GET', '/api/team')).body as unknown as TeamList).members.find(
      (m) => m.member.id === answer.member.id,
    )!;
    expect(after.devices).toEqual([
      expect.objectContaining({
        name: 'Ana’s Pixel',
        revokedAt: null,
        push: false,
        lastSeenAt: expect.any(String),
      }),
    ]);
    expect(after.invites).toEqual([]);

    const audit = await admin.call('GET', `/api/audit?kind=member&id=${answer.member.id}`);
    const entries = audit.body.entries as {
      name: string;
      memberName: string;
      deviceId: string;
      outcome: string;
    }[];
    expect(entries.map((e) => [e.name, e.memberName, e.deviceId, e.outcome])).toEqual([
      ['member.invite', 'Admin', admin.deviceId, 'applied'],
      ['member.put', 'Admin', admin.deviceId, 'applied'],
    ]);
  });

  it('changes a role (audited before/after) and refuses to leave the team without an admin', async () => {
    const admin = await device(server.adminId);
    const changed = await admin.call('PATCH', `/api/team/members/${DEMO_IDS.members.creatorYanis}`, {
      role: 'editor',
    });
    expect(changed).toMatchObject({ status: 200, body: { member: { role: 'editor', job: 'photographer' } } });
    const audit = await admin.call(
      'GET',
      `/api/audit?kind=member&id=${DEMO_IDS.members.creatorYanis}&limit=1`,
    );
    expect((audit.body.entries as { changes: unknown[] }[])[0]!.changes).toEqual([
      expect.objectContaining({
        before: expect.objectContaining({ role: 'creator' }),
        after: expect.objectContaining({ role: 'editor' }),
      }),
    ]);
    const cleared = await admin.call('PATCH', `/api/team/members/${DEMO_IDS.members.creatorYanis}`, {
      job: null,
    });
    expect(cleared.body.member as object).not.toHaveProperty('job');

    const lastAdmin = await admin.call('PATCH', `/api/team/members/${server.adminId}`, { role: 'planner' });
    expect(lastAdmin).toEqual({
      status: 409,
      body: {
        error: 'last_admin',
        message: "role: Admin is the team's only admin; make another admin first",
      },
    });
    expect((await admin.call('PATCH', `/api/team/members/${server.adminId}`, {})).status).toBe(400);
    expect(
      (await admin.call('PATCH', `/api/team/members/${server.adminId}`, { role: 'boss' })).body,
    ).toMatchObject({
      error: 'invalid_body',
      message: expect.stringMatching(/^role:/),
    });
    expect((await admin.call('PATCH', `/api/team/members/not-an-id`, { role: 'editor' })).body).toEqual({
      error: 'invalid_body',
      message: 'memberId: must be a UUID',
    });
    expect((await admin.call('PATCH', `/api/team/members/${randomUUID()}`, { role: 'editor' })).status).toBe(
      404,
    );
    expect(
      (await admin.call('POST', '/api/team/invites', { name: 'Bad\nName', role: 'creator' })).body,
    ).toMatchObject({
      error: 'invalid_body',
      message: expect.stringMatching(/^name:/),
    });
  });

  it('revokes a device (its token stops at once) or a member (every device and unused link)', async () => {
    const admin = await device(server.adminId);
    const phone = await device(DEMO_IDS.members.creatorMalik, 'Malik phone');
    const tablet = await device(DEMO_IDS.members.creatorMalik, 'Malik tablet');
    const spare = await createInvite(server.store, DEMO_IDS.members.creatorMalik);

    expect(await admin.call('POST', `/api/team/devices/${phone.deviceId}/revoke`)).toEqual({
      status: 200,
      body: { revoked: 1 },
    });
    expect((await phone.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await tablet.call('GET', '/api/auth/me')).status).toBe(200);
    expect(await admin.call('POST', `/api/team/devices/${phone.deviceId}/revoke`)).toEqual({
      status: 200,
      body: { revoked: 0 },
    });
    expect((await admin.call('POST', `/api/team/devices/${randomUUID()}/revoke`)).status).toBe(404);

    expect(await admin.call('POST', `/api/team/members/${DEMO_IDS.members.creatorMalik}/revoke`)).toEqual({
      status: 200,
      body: { revoked: 1, invites: 1 },
    });
    expect((await tablet.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await signInWith(spare.token)).status).toBe(401);
    const audit = await admin.call('GET', `/api/audit?kind=member&id=${DEMO_IDS.members.creatorMalik}`);
    expect((audit.body.entries as { name: string; args: Record<string, unknown> }[]).slice(0, 2)).toEqual([
      expect.objectContaining({
        name: 'member.revoke',
        args: { memberId: DEMO_IDS.members.creatorMalik, devices: 1, invites: 1 },
      }),
      expect.objectContaining({
        name: 'device.revoke',
        args: expect.objectContaining({ deviceId: phone.deviceId, deviceName: 'Malik phone' }),
      }),
    ]);
  });

  it('the CLI goes through the same rules: the last admin cannot be demoted there either, and it is audited', async () => {
    const lines: string[] = [];
    const ctx = {
      store: server.store,
      sync: server.sync,
      publicUrl: server.url,
      inviteTtlHours: 1,
      out: (l: string) => lines.push(l),
    };
    await runAdmin(['invite', '--name', 'Zoé', '--role', 'creator', '--job', 'community-manager'], ctx);
    const zoe = (await server.store.listEntities('member')).find((m) => m.name === 'Zoé')!;
    expect(zoe.job).toBe('community-manager');
    await expect(
      runAdmin(['invite', '--name', 'Zoé', '--role', 'creator', '--job', 'pilot'], ctx),
    ).rejects.toThrow(/--job: must be one of photographer, video-maker, community-manager/);
    const audit = await server.store.audit({ kind: 'member', id: zoe.id, limit: 5 });
    expect(audit.map((e) => [e.name, e.memberId, e.deviceId])).toEqual([
      ['member.invite', server.adminId, null],
      ['member.put', server.adminId, null],
    ]);
  });
});
