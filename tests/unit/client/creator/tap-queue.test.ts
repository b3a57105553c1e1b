// The creator's taps: written in order; one the phone cannot keep yet is retried and said so, never dropped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTapQueue, type TapOutcome } from '../../../../src/client/features/creator/tap-queue.ts';
import { StorageFullError } from '../../../../src/client/storage/errors.ts';
import { InvalidMutationError } from '../../../../src/client/storage/table-store.ts';

afterEach(() => vi.useRealTimers());

describe('the tap queue', () => {
  it('retries a tap the full phone refused, keeps later taps behind it, and says why meanwhile', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const queue = createTapQueue();
    const seen: [string, TapOutcome][] = [];
    queue.subscribe((id, outcome) => seen.push([id, outcome]));
    const written: string[] = [];
    let full = true;
    const write = (name: string) => async () => {
      if (full) throw new StorageFullError('no room');
      written.push(name);
      return {};
    };
    queue.record({ imageId: 'a', write: write('captured') });
    queue.record({ imageId: 'b', write: write('note') });
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([['a', { kind: 'retrying', failure: 'full' }]]);
    expect(written).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen.filter(([, o]) => o.kind === 'retrying')).toHaveLength(2);
    full = false; // an upload gave space back
    await vi.advanceTimersByTimeAsync(2_000);
    expect(written).toEqual(['captured', 'note']);
    expect(seen.slice(-2)).toEqual([
      ['a', { kind: 'recorded' }],
      ['b', { kind: 'recorded' }],
    ]);
  });

  it('does not retry a programming error, and goes on with the next tap', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const queue = createTapQueue();
    const seen: [string, TapOutcome][] = [];
    queue.subscribe((id, outcome) => seen.push([id, outcome]));
    queue.record({
      imageId: 'a',
      write: async () => {
        throw new InvalidMutationError('bad args');
      },
    });
    queue.record({
      imageId: 'b',
      write: async () => ({ localRejection: 'not assigned', refusal: { code: 'not_assigned', params: {} } }),
    });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([
      ['a', { kind: 'failed', failure: 'other' }],
      [
        'b',
        {
          kind: 'refused-here',
          result: { localRejection: 'not assigned', refusal: { code: 'not_assigned', params: {} } },
        },
      ],
    ]);
  });
});
