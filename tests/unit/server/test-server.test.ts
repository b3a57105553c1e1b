// The startTestServer helper others build on: with the Paris 2024 demo, sign-in and a first pull over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponse } from '../../../src/shared/protocol/messages.ts';
import { startTestServer } from '../../fakes/server.ts';
import type { TestServer } from '../../fakes/server.ts';
import { pullBody } from '../../fakes/server-fixtures.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: true, distDir: '/nonexistent' });
});
afterAll(() => server.close());

describe('startTestServer({ demo: true })', () => {
  it('serves the demo plan to a signed-in creator', async () => {
    const clientID = crypto.randomUUID();
    const session = await server.signIn('Hugo', 'creator', clientID);
    expect(session.member).toMatchObject({ name: 'Hugo', role: 'creator' });
    const res = await fetch(`${server.url}/api/sync/pull`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.deviceToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(pullBody(clientID)),
    });
    const pull = PullResponse.parse(await res.json());
    const kinds = new Set(pull.patch.flatMap((p) => (p.op === 'put' ? [p.kind] : [])));
    expect([...kinds].sort()).toEqual(
      ['access', 'assignment', 'edition', 'member', 'moment', 'session', 'signature', 'spot', 'venue'].sort(),
    );
    expect(pull.cookie).toBe(await server.store.version());
  });
});
