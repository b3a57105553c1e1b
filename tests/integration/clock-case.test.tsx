// @vitest-environment jsdom
// Case sync/ "a phone clock that is years wrong" (shared cases README): over the HTTP API on SQLite, then as the
// desk's history shows it. In position at 2031-07-27T10:00Z, captured at 2019-07-27T10:00Z, from one assigned creator.
import { randomUUID } from 'node:crypto';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusHistory } from '../../src/client/features/board/StatusHistory.tsx';
import { MAX_CLOCK_SKEW_MS } from '../../src/shared/domain/clock.ts';
import { createInvite } from '../../src/server/auth/invites.ts';
import { openSqliteStore } from '../../src/server/db/index.ts';
import type { ServerStore } from '../../src/server/db/port.ts';
import { buildApp } from '../../src/server/http/app.ts';
import { createPoker } from '../../src/server/sync/poke.ts';
import { renderIn } from '../unit/client/ui/render.tsx';
import { ids, seededService } from '../unit/server/permissions.fixture.ts';
import { WIRE } from '../fakes/wire.ts';

const FUTURE = '2031-07-27T10:00:00.000Z';
const PAST = '2019-07-27T10:00:00.000Z';

let store: ServerStore;
afterEach(async () => {
  await store.close();
});

async function twoPushesFromLea() {
  store = await openSqliteStore(':memory:');
  const { sync } = await seededService(store);
  const app = buildApp({ distDir: '/nonexistent' }, { store, sync, poker: createPoker() });
  const clientID = randomUUID();
  const { token } = await createInvite(store, ids.lea);
  const signedIn = await app.inject({
    method: 'POST',
    url: '/api/auth/redeem',
    payload: { invite: token, clientID, deviceName: 'Léa’s phone' },
  });
  const headers = { authorization: `Bearer ${signedIn.json().deviceToken as string}` };
  const started = Date.now();
  for (const [id, to, at] of [
    [1, 'in-position', FUTURE],
    [2, 'captured', PAST],
  ] as const) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers,
      payload: {
        ...WIRE,
        clientID,
        mutations: [{ id, name: 'signature.advance', args: { id: ids.image, to }, at }],
      },
    });
    expect(res.json().results).toEqual([{ id, outcome: 'applied' }]);
  }
  const ended = Date.now();
  await app.close();
  return { started, ended };
}

describe('a phone clock that is years wrong', () => {
  it('keeps the phone’s times, stamps the server’s receipt beside them, and marks both as not the tap’s time', async () => {
    const { started, ended } = await twoPushesFromLea();
    const image = (await store.getEntity('signature', ids.image))!;
    expect(image.history.map((h) => [h.from, h.to, h.at, h.clockOff])).toEqual([
      ['planned', 'in-position', FUTURE, true],
      ['in-position', 'captured', PAST, true],
    ]);
    for (const h of image.history) {
      const received = Date.parse(h.receivedAt!);
      expect(received).toBeGreaterThanOrEqual(started);
      expect(received).toBeLessThanOrEqual(ended);
    }
    expect(image).toMatchObject({
      capturedAt: PAST,
      capturedReceivedAt: image.history[1]!.receivedAt,
      capturedClockOff: true,
      statusReceivedAt: image.history[1]!.receivedAt,
    });
    // The audit says the same: the server's time, with the verdict on the phone's clock.
    const audit = await store.audit({ kind: 'signature', id: ids.image, limit: 5 });
    expect(audit.slice(0, 2).map((e) => [e.at, e.clockOff])).toEqual([
      [PAST, true],
      [FUTURE, true],
    ]);

    // The desk's history: in the order the server applied the moves, each at its receipt time, marked.
    const at = (instant: string) => instant;
    renderIn('en', <StatusHistory history={image.history} memberName={() => 'Léa'} at={at} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      `${image.history[0]!.receivedAt} (time received: the phone’s clock was wrong) Planned → In position, by Léa`,
      `${image.history[1]!.receivedAt} (time received: the phone’s clock was wrong) In position → Captured, by Léa`,
    ]);
    expect(screen.queryByText(/2031|2019/)).toBeNull();
  });

  it('believes a phone a little ahead of the server (within the skew), and one offline for hours', () => {
    const history = [
      {
        from: 'planned' as const,
        to: 'in-position' as const,
        at: '2024-08-04T19:50:00.000Z',
        by: ids.lea,
        receivedAt: '2024-08-04T23:10:00.000Z', // made offline, sent hours later
      },
      {
        from: 'in-position' as const,
        to: 'captured' as const,
        at: new Date(Date.parse('2024-08-04T23:20:00.000Z') + MAX_CLOCK_SKEW_MS).toISOString(),
        by: ids.lea,
        receivedAt: '2024-08-04T23:20:00.000Z', // the phone runs 2 minutes ahead: still believed
      },
    ];
    renderIn('fr', <StatusHistory history={history} memberName={() => 'Léa'} at={(i) => i.slice(11, 16)} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '19:50 (reçu 23:10) Prévue → En position, par Léa',
      '23:22 En position → Capturée, par Léa',
    ]);
  });
});
