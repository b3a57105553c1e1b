// Every mutation x every role through the real server push (HTTP via inject): allowed ones apply,
// the others are rejected with their code and change nothing. The matrix by field and image status
// is generated from the rights table in tests/unit/shared/permission-matrix.test.ts.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../src/shared/domain/member.ts';
import { MUTATIONS } from '../../../src/shared/mutations/registry.ts';
import { createInvite } from '../../../src/server/auth/invites.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import { buildApp } from '../../../src/server/http/app.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { CASES, WHO } from './permissions-matrix.cases.ts';
import type { Case, Who } from './permissions-matrix.cases.ts';
import { AT, ids, seededService } from './permissions.fixture.ts';
import { WIRE } from '../../fakes/wire.ts';

const ROLE: Record<Who, Role> = {
  admin: 'admin',
  planner: 'planner',
  editor: 'editor',
  lea: 'creator',
  hugo: 'creator',
};
const MEMBER: Record<Who, string> = {
  admin: ids.admin,
  planner: ids.planner,
  editor: ids.editor,
  lea: ids.lea,
  hugo: ids.hugo,
};

/** A fresh seeded server per cell, so no cell sees another's writes. */
async function pushAs(who: Who, c: Case) {
  const store = await openSqliteStore(':memory:');
  try {
    const { sync } = await seededService(store);
    if (c.before) await sync.applyAsSystem(c.before as never, { memberId: ids.admin, role: 'admin' });
    const app = buildApp({ distDir: '/nonexistent' }, { store, sync, poker: createPoker() });
    const clientID = randomUUID();
    const { token } = await createInvite(store, MEMBER[who]);
    const redeemed = await app.inject({
      method: 'POST',
      url: '/api/auth/redeem',
      payload: { invite: token, clientID, deviceName: 'matrix' },
    });
    const deviceToken = redeemed.json().deviceToken as string;
    const versionBefore = await store.version();
    const res = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${deviceToken}` },
      payload: { ...WIRE, clientID, mutations: [{ id: 1, name: c.name, args: c.args(), at: AT }] },
    });
    const result = {
      status: res.statusCode,
      ...res.json().results?.[0],
      grew: (await store.version()) > versionBefore,
    };
    await app.close();
    return result as { status: number; outcome: string; code?: string; reason?: string; grew: boolean };
  } finally {
    await store.close();
  }
}

describe('permissions matrix', () => {
  it('covers every registered mutation', () => {
    const covered = new Set(CASES.map((c) => c.name));
    const missing = [...MUTATIONS.keys()].filter((name) => !covered.has(name));
    expect(missing, 'add these mutations to permissions-matrix.cases.ts').toEqual([]);
  });

  for (const c of CASES) {
    describe(`${c.name}${c.variant ? ` ${c.variant}` : ''}`, () => {
      for (const who of WHO) {
        const allowed = c.allowed.includes(who);
        it(`${who}: ${allowed ? 'applied' : 'rejected'}`, async () => {
          const result = await pushAs(who, c);
          expect(result.status).toBe(200);
          if (allowed) {
            expect(result, result.reason).toMatchObject({ outcome: 'applied' });
            expect(result.grew).toBe(true);
          } else {
            expect(result.outcome).toBe('rejected');
            const caller = MUTATIONS.get(c.name)!.roles.includes(ROLE[who]);
            const onImage = c.name.startsWith('signature.') && c.allowed.includes('lea');
            const expected =
              c.refusedWith?.[who] ?? (!caller ? 'role_forbidden' : onImage ? 'not_assigned' : undefined);
            expect(result.code).toBe(expected);
            expect(result.grew).toBe(false);
          }
        });
      }
    });
  }
});
