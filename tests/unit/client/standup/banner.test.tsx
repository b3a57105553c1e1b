// @vitest-environment jsdom
// The creator's "your assignments changed" banner: offline, against the snapshot they acknowledged.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AssignmentsChangedBanner } from '../../../../src/client/features/standup/AssignmentsChangedBanner.tsx';
import { assignmentSnapshot } from '../../../../src/client/features/standup/assignment-snapshot.ts';
import { createMemoryStore } from '../../../../src/client/storage/memory.ts';
import type { TableLocalStore } from '../../../../src/client/storage/table-store.ts';
import { KINDS } from '../../../../src/shared/domain/entities.ts';
import type { PatchOp } from '../../../../src/shared/protocol/messages.ts';
import { actors, ids, planWithOneImage } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from '../ui/render.tsx';

beforeEach(() => localStorage.clear());

const ackKey = `pdj.assignments.ack.${ids.lea}`;

/** The answers of every live query the screen makes on `store`, as promises, in order. */
function answersOf(store: TableLocalStore): Promise<unknown>[] {
  const answers: Promise<unknown>[] = [];
  const observe = store.observe.bind(store);
  vi.spyOn(store, 'observe').mockImplementation((query) =>
    observe(() => {
      const answer = query();
      answers.push(answer);
      return answer;
    }),
  );
  return answers;
}

describe('the assignments-changed banner', () => {
  it('stays quiet on first look, appears when the creator’s assignment moves, and goes on “Seen”', async () => {
    const store = await storeWith(await planWithOneImage(), actors.lea);
    await act(async () => void renderIn('en', <AssignmentsChangedBanner memberId={ids.lea} />, store));
    // First look: what is there becomes the baseline, and the banner says nothing.
    await vi.waitFor(() => expect(localStorage.getItem(ackKey)).toContain(ids.m100));
    expect(screen.queryByRole('alert')).toBeNull();

    // The planner moves the 100 m final: the row arrives as if pulled (the creator's phone is offline after).
    await store.mutate(
      'moment.update',
      { id: ids.m100, keyMomentAt: '2024-08-04T20:10:00Z' },
      actors.planner,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your assignments changed since you last looked.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Seen' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('takes no baseline before the device’s first sync, so the first pull is not a change', async () => {
    const store = createMemoryStore();
    const answers = answersOf(store);
    await act(async () => void renderIn('en', <AssignmentsChangedBanner memberId={ids.lea} />, store));
    // The banner's query has answered on the empty device (and React has run what followed).
    await vi.waitFor(() => expect(answers).not.toHaveLength(0));
    await act(() => answers[0]!);
    expect(localStorage.getItem(ackKey)).toBeNull();
    const plan = await planWithOneImage();
    const patch: PatchOp[] = [{ op: 'clear' }];
    for (const kind of KINDS)
      for (const row of await plan.list(kind)) patch.push({ op: 'put', kind, id: row.id, value: row });
    await act(() => store.applyPull({ cookie: 1, lastMutationID: 0, patch, rejected: [] }, actors.lea));
    await vi.waitFor(() => expect(localStorage.getItem(ackKey)).toContain(ids.m100));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('ignores other creators’ assignments', () => {
    const moments = [{ id: 'm', keyMomentAt: 'k', status: 'chosen', venueId: 'v' }] as never[];
    const mine = { id: '1', memberId: 'me', momentId: 'm', note: '' };
    const theirs = { id: '2', memberId: 'other', momentId: 'm', note: '' };
    expect(assignmentSnapshot('me', [mine, theirs], moments)).toBe(assignmentSnapshot('me', [mine], moments));
    expect(assignmentSnapshot('me', [mine], moments)).not.toBe(assignmentSnapshot('me', [], moments));
  });
});
