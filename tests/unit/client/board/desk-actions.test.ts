// The desk's moves: forward ticks past the status, and the statuses a reopen may go back to.
import { canLink, deskMoves, reopenTargets } from '../../../../src/client/features/board/desk-actions.ts';

describe('desk actions', () => {
  it('offers only forward ticks past the current status', () => {
    expect(deskMoves('planned')).toEqual(['captured', 'selected', 'published']);
    expect(deskMoves('missed')).toEqual(['captured', 'selected', 'published']);
    expect(deskMoves('selected')).toEqual(['published']);
    expect(deskMoves('published')).toEqual([]);
  });

  it('takes an image back only to earlier statuses; a missed one back to before selection', () => {
    expect(reopenTargets('planned')).toEqual([]);
    expect(reopenTargets('captured')).toEqual(['planned', 'in-position']);
    expect(reopenTargets('published')).toEqual(['planned', 'in-position', 'captured', 'selected']);
    expect(reopenTargets('missed')).toEqual(['planned', 'in-position', 'captured']);
  });

  it('links an asset only once the image is in hand', () => {
    expect(
      ['planned', 'in-position', 'missed', 'captured', 'selected', 'published'].map((s) =>
        canLink(s as never),
      ),
    ).toEqual([false, false, false, true, true, true]);
  });
});
