// @vitest-environment jsdom
// The creator is told: a moved or cancelled moment of mine stands out, in the venue's zone, until I tap "Got it".
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CreatorScreen } from '../../../../src/client/features/creator/CreatorScreen.tsx';
import { usePlanView } from '../../../../src/client/state/plan-view.ts';
import type { MemoryTx } from '../../../fakes/memory-tx.ts';
import { actors, ids, planWithOneImage, run, triangle } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from '../ui/render.tsx';

const SESSION = '00000000-0000-4000-8000-0000000000d1';

/** Léa's 100 m final on a session the planner then moves by a day (the feed would do the same). */
async function movedPlan(status?: 'cancelled'): Promise<MemoryTx> {
  const tx = await planWithOneImage();
  await run(tx, actors.planner, 'session.put', {
    id: SESSION,
    editionId: ids.olympic,
    venueId: ids.stade,
    ref: 'ATHM100M--------------FNL-000100--',
    sport: 'Athletics',
    event: "Men's 100m Final",
    startsAt: '2024-08-04T19:50:00.000Z',
    endsAt: '2024-08-04T20:00:00.000Z',
    medal: true,
  });
  await run(tx, actors.planner, 'moment.update', { id: ids.m100, sessionId: SESSION });
  await run(
    tx,
    actors.planner,
    'session.update',
    status
      ? { id: SESSION, status }
      : { id: SESSION, startsAt: '2024-08-05T08:45:00.000Z', endsAt: '2024-08-05T09:00:00.000Z' },
    '2024-08-04T12:00:00.000Z',
  );
  // Léa still has a moment today, so her phone opens on today, not on the day the final moved to.
  await run(tx, actors.planner, 'moment.create', {
    id: '00000000-0000-4000-8000-0000000000d2',
    editionId: ids.olympic,
    venueId: ids.stade,
    day: '2024-08-04',
    title: "Women's high jump final",
    sport: 'Athletics',
    why: { kind: 'iconic', text: 'The bar at 2 m' },
    keyMomentAt: '2024-08-04T17:50:00.000Z',
    angles: triangle,
  });
  await run(tx, actors.planner, 'assignment.create', {
    id: '00000000-0000-4000-8000-0000000000d3',
    memberId: ids.lea,
    momentId: '00000000-0000-4000-8000-0000000000d2',
    note: '',
  });
  return tx;
}

async function show(tx: MemoryTx, language: 'en' | 'fr' = 'en') {
  const store = await storeWith(tx, actors.lea);
  await act(
    async () =>
      void renderIn(
        language,
        <CreatorScreen
          actor={actors.lea}
          now={new Date('2024-08-04T13:00:00Z')}
          viewerTimeZone="Europe/Paris"
        />,
        store,
      ),
  );
  return store;
}

beforeEach(() => {
  // The day chosen on "my day" is kept through reloads: each test opens on the default day.
  usePlanView.setState({ editionId: null, day: null, myDay: null });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-08-04T13:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('a schedule change on my phone', () => {
  it('lists a moment moved to another day at the top, with its new and old time in the venue’s zone', async () => {
    await show(await movedPlan());
    const changes = await screen.findByRole('region', { name: '1 change to your plan' });
    expect(changes).toHaveTextContent('Moved to August 5 10:45 AM, was August 4 9:50 PM');
    await userEvent.click(within(changes).getByRole('button', { name: 'Show Monday, August 5' }));
    const card = await screen.findByRole('article', { name: "Men's 100 m final" });
    expect(card).toHaveTextContent('Moved to August 5 10:45 AM, was August 4 9:50 PM');
  });

  it('in French; "Bien reçu" records the acknowledgement on the phone and the mark goes', async () => {
    const store = await show(await movedPlan(), 'fr');
    const changes = await screen.findByRole('region', { name: '1 changement dans votre plan' });
    expect(changes).toHaveTextContent('Déplacé au 5 août 10:45, au lieu du 4 août 21:50');
    await userEvent.click(
      within(changes).getByRole('button', { name: "Bien reçu\u202f: Men's 100 m final" }),
    );
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: /changement/ })).toBeNull());
    const [waiting] = await store.pending(10);
    expect(waiting).toMatchObject({
      name: 'assignment.acknowledge',
      args: {
        id: ids.assignment,
        changedAt: '2024-08-04T12:00:00.000Z',
        keyMomentAt: '2024-08-05T08:45:00.000Z',
      },
    });
  });

  it('a cancelled moment of today stands out on its card, with the status', async () => {
    await show(await movedPlan('cancelled'));
    const card = await screen.findByRole('article', { name: "Men's 100 m final" });
    expect(card).toHaveTextContent('Official schedule: Cancelled');
    expect(card).toHaveTextContent('Cancelled (was August 4 9:50 PM)');
    expect(within(card).getByRole('button', { name: "Got it: Men's 100 m final" })).toBeInTheDocument();
  });
});
