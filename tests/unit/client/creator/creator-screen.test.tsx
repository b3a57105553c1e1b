// @vitest-environment jsdom
// The creator's screen on a memory store: my moments in venue time with a countdown, the angle, spot, light, taps.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CreatorScreen } from '../../../../src/client/features/creator/CreatorScreen.tsx';
import { useShotRecorder } from '../../../../src/client/features/creator/use-shot-recorder.ts';
import { usePlanView } from '../../../../src/client/state/plan-view.ts';
import { attachPreviewStore, createMemoryPreviewStore } from '../../../../src/client/storage/index.ts';
import type { Actor } from '../../../../src/shared/mutations/types.ts';
import { actors, ids, planWithOneImage, run } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from '../ui/render.tsx';

const IMAGE = 'The crowd rising as the winner crosses the line';
const SURF = '00000000-0000-4000-8000-0000000000c1';

async function plan() {
  const tx = await planWithOneImage();
  // Teahupo'o, Tahiti (UTC−10): Léa also covers a surf final at 07:30 local the next day.
  await run(tx, actors.planner, 'moment.create', {
    id: SURF,
    editionId: ids.olympic,
    venueId: ids.teahupoo,
    day: '2024-08-05',
    title: 'Surf final',
    sport: 'Surfing',
    why: { kind: 'iconic', text: 'The wave of Teahupo’o' },
    keyMomentAt: '2024-08-05T07:30:00-10:00',
    angles: { sport: 'the barrel', site: 'the reef', public: 'the boats' },
  });
  await run(tx, actors.planner, 'assignment.create', {
    id: '00000000-0000-4000-8000-0000000000c2',
    memberId: ids.lea,
    momentId: SURF,
    note: '',
  });
  return tx;
}

async function screenAs(actor: Actor, language: 'en' | 'fr' = 'en') {
  const store = await storeWith(await plan(), actor);
  await act(
    async () =>
      void renderIn(
        language,
        <CreatorScreen
          actor={actor}
          now={new Date('2024-08-04T21:00:00+02:00')}
          viewerTimeZone="Europe/Paris"
        />,
        store,
      ),
  );
  return store;
}

beforeEach(() => {
  usePlanView.setState({ editionId: null, day: null, myDay: null });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2024-08-04T21:00:00+02:00'));
});
afterEach(() => vi.useRealTimers());

describe('the creator’s screen', () => {
  it('opens on today with the key moment in venue time, a countdown, the triangle and the spot', async () => {
    await screenAs(actors.lea);
    const card = await screen.findByRole('article', { name: "Men's 100 m final" });
    expect(within(card).getByText('9:50 PM')).toBeInTheDocument();
    expect(within(card).getByRole('timer', { name: 'Countdown' })).toHaveTextContent('in 00:50:00');
    expect(card).toHaveTextContent('An iconic event of the Games: The most watched ten seconds of the Games');
    expect(card).toHaveTextContent('The angle: the triangle');
    expect(card).toHaveTextContent('Public: the stands standing up');
    expect(card).not.toHaveTextContent('Disability');
    expect(card).toHaveTextContent('Stand C, row 2');
    expect(card).toHaveTextContent('Access: No access needed');
    expect(card).toHaveTextContent('Shooting towards 0° (N)');
    expect(within(card).getByRole('link', { name: 'Open in maps' })).toHaveAttribute(
      'href',
      expect.stringMatching(/openstreetmap/),
    );
    // The light panel (suncalc) loads just after "my day" has shown.
    await vi.waitFor(() => expect(card).toHaveTextContent('Sunset'));
    expect(screen.getByRole('combobox', { name: 'Day' })).toHaveValue('2024-08-04');
  });

  it('shows Teahupo’o in its own zone (UTC−10) the next day, in French', async () => {
    await screenAs(actors.lea, 'fr');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Jour' }), '2024-08-05');
    const card = await screen.findByRole('article', { name: 'Surf final' });
    expect(within(card).getByText('07:30')).toBeInTheDocument();
    expect(card).toHaveTextContent('UTC−10');
    // 07:30 in Tahiti on the 5th is 19:30 in Paris on the 5th: 22 h 30 from 21:00 on the 4th.
    expect(within(card).getByRole('timer')).toHaveTextContent('dans 22:30:00');
  });

  it('records one tap per step and a note, each waiting on this phone', async () => {
    const store = await screenAs(actors.lea);
    const actions = await screen.findByRole('group', { name: `Mark “${IMAGE}”` });
    await userEvent.click(within(actions).getByRole('button', { name: 'Captured' }));
    expect(await screen.findByText('Waiting on this phone')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Note for the desk'), 'row 2, 35 mm');
    await userEvent.click(screen.getByRole('button', { name: 'Save the note' }));
    await vi.waitFor(async () => expect(await store.pending(10)).toHaveLength(2));
    expect((await store.pending(10)).map((m) => [m.name, m.args])).toEqual([
      ['signature.advance', { id: ids.image, to: 'captured' }],
      ['signature.note', { id: ids.image, note: 'row 2, 35 mm' }],
    ]);
    expect(screen.getByRole('article', { name: "Men's 100 m final" })).toHaveTextContent('Status: Captured');
  });

  it('says so when a creator has no assignment', async () => {
    await screenAs(actors.hugo);
    expect(await screen.findByText(/You have no assignments yet/)).toBeInTheDocument();
  });
});

describe('a snapshot on a full phone', () => {
  it('gives a clear message and records nothing, the other changes untouched', async () => {
    const store = await storeWith(await plan(), actors.lea);
    attachPreviewStore(store, createMemoryPreviewStore({ quotaBytes: 10 }));
    let recorder: ReturnType<typeof useShotRecorder> | undefined;
    function Probe() {
      recorder = useShotRecorder(actors.lea, async () => ({
        bytes: new ArrayBuffer(64),
        width: 8,
        height: 8,
      }));
      return <p>{recorder.errors[ids.image] ?? 'no error'}</p>;
    }
    await act(async () => void renderIn('en', <Probe />, store));
    await act(async () => recorder!.snapshot(ids.image, new Blob(['x'])));
    expect(
      await screen.findByText(/This phone is out of storage: the snapshot was not kept/),
    ).toBeInTheDocument();
    expect(await store.pending(10)).toEqual([]);
  });
});
