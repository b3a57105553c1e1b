// Device clocks: a tap's time as the phone said it, the server's receipt beside it, and which one is shown.
import { describe, expect, it } from 'vitest';
import { isClockOff, MAX_CLOCK_SKEW_MS, tapTime } from '../../../src/shared/domain/clock.ts';
import { runMutation } from '../../../src/shared/mutations/registry.ts';
import { actors, ids, planWithOneImage } from './fixtures.ts';

const RECEIVED = '2024-08-04T20:00:00.000Z';
const SIGNED_IN = '2024-08-01T08:00:00.000Z';
const shift = (ms: number) => new Date(Date.parse(RECEIVED) + ms).toISOString();

describe('isClockOff [R9]', () => {
  it('believes a time up to the skew ahead of the receipt, and any time after sign-in', () => {
    expect(isClockOff(shift(MAX_CLOCK_SKEW_MS), RECEIVED, SIGNED_IN)).toBe(false);
    expect(isClockOff(shift(-3 * 86_400_000), RECEIVED, SIGNED_IN)).toBe(false); // offline for days
  });

  it('does not believe a time in the future of the receipt, or before the device signed in', () => {
    expect(isClockOff(shift(MAX_CLOCK_SKEW_MS + 1), RECEIVED, SIGNED_IN)).toBe(true);
    expect(isClockOff('2031-07-27T10:00:00.000Z', RECEIVED, SIGNED_IN)).toBe(true);
    expect(isClockOff('2019-07-27T10:00:00.000Z', RECEIVED, SIGNED_IN)).toBe(true);
    expect(isClockOff('2019-07-27T10:00:00.000Z', RECEIVED)).toBe(false); // sign-in unknown
  });
});

describe('tapTime', () => {
  it('shows the device’s time when believed, else the receipt, marked as the server’s', () => {
    expect(tapTime({ at: shift(-60_000), receivedAt: RECEIVED })).toEqual({
      time: shift(-60_000),
      source: 'device',
    });
    expect(tapTime({ at: '2019-07-27T10:00:00.000Z', receivedAt: RECEIVED, clockOff: true })).toEqual({
      time: RECEIVED,
      source: 'server',
    });
    // Even without the server's verdict, a time ahead of the receipt is not the time of the tap.
    expect(tapTime({ at: '2031-07-27T10:00:00.000Z', receivedAt: RECEIVED })).toEqual({
      time: RECEIVED,
      source: 'server',
    });
    // Not yet synced: this device's own clock is all there is.
    expect(tapTime({ at: '2031-07-27T10:00:00.000Z' })).toEqual({
      time: '2031-07-27T10:00:00.000Z',
      source: 'device',
    });
  });
});

describe('stamps written by the mutators [R9]', () => {
  it('puts the receipt and the verdict beside the device’s time in the history and on the capture', async () => {
    const tx = await planWithOneImage();
    const tap = (to: string, at: string, clockOff: boolean) =>
      runMutation(tx, { name: 'signature.advance', args: { id: ids.image, to }, at }, actors.lea, {
        receivedAt: RECEIVED,
        clockOff,
      });
    await tap('in-position', '2031-07-27T10:00:00.000Z', true);
    await tap('captured', shift(-30_000), false);
    const image = (await tx.get('signature', ids.image))!;
    expect(image.history).toEqual([
      {
        from: 'planned',
        to: 'in-position',
        at: '2031-07-27T10:00:00.000Z',
        by: ids.lea,
        receivedAt: RECEIVED,
        clockOff: true,
      },
      { from: 'in-position', to: 'captured', at: shift(-30_000), by: ids.lea, receivedAt: RECEIVED },
    ]);
    expect(image).toMatchObject({ capturedAt: shift(-30_000), capturedReceivedAt: RECEIVED });
    expect(image.capturedClockOff).toBeUndefined();
  });

  it('writes no receipt on the phone, which has not sent the tap yet', async () => {
    const tx = await planWithOneImage();
    await runMutation(
      tx,
      { name: 'signature.advance', args: { id: ids.image, to: 'captured' }, at: RECEIVED },
      actors.lea,
    );
    const image = (await tx.get('signature', ids.image))!;
    expect(image.history[0]!.receivedAt).toBeUndefined();
    expect(image.statusReceivedAt).toBeUndefined();
    expect(image.capturedReceivedAt).toBeUndefined();
  });
});
