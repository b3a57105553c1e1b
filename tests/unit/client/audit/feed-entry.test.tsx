// @vitest-environment jsdom
// A change by the official schedule feed in a History panel and in "what changed": named the schedule feed, in both languages.
import { screen } from '@testing-library/react';
import type { AuditEntry } from '../../../../src/client/api/audit.ts';
import { AuditEntryItem } from '../../../../src/client/features/audit/AuditEntryItem.tsx';
import { planChanges } from '../../../../src/shared/domain/changes.ts';
import { SCHEDULE_FEED_MEMBER_ID } from '../../../../src/shared/protocol/feed.ts';
import { renderIn } from '../ui/render.tsx';

const M = '00000000-0000-4000-8000-0000000000a1';
const before = {
  id: M,
  title: 'Men’s triathlon',
  keyMomentAt: '2024-07-30T06:00:00.000Z',
  day: '2024-07-30',
};
const after = {
  ...before,
  keyMomentAt: '2024-07-31T08:45:00.000Z',
  day: '2024-07-31',
  sessionStatus: 'rescheduled',
  scheduleChange: {
    kind: 'moved',
    previousKeyMomentAt: before.keyMomentAt,
    changedAt: '2024-07-30T03:10:00.000Z',
  },
};
const ENTRY: AuditEntry = {
  at: '2024-07-30T03:10:00.000Z',
  loggedAt: '2024-07-30T03:10:00.000Z',
  memberId: SCHEDULE_FEED_MEMBER_ID,
  memberName: 'Schedule feed',
  deviceId: '00000000-0000-4000-8000-0000000000fe',
  name: 'schedule.feed',
  args: { type: 'DT_SCHEDULE_UPDATE', version: 1 },
  outcome: 'applied',
  reason: null,
  changes: [{ kind: 'moment', id: M, before, after }],
};

describe('the schedule feed in the history', () => {
  it('reads "by the schedule feed", with the moved key moment and the status', () => {
    renderIn(
      'en',
      <ul>
        <AuditEntryItem entry={ENTRY} kind="moment" id={M} timeZone="Europe/Paris" deviceId={undefined} />
      </ul>,
    );
    const item = screen.getAllByRole('listitem')[0]!;
    expect(item).toHaveTextContent('by the schedule feed');
    expect(item).not.toHaveTextContent('on device');
    expect(item).toHaveTextContent('Official schedule update');
    expect(item).toHaveTextContent('Official schedule status: (empty) → Rescheduled');
    expect(item).toHaveTextContent('Schedule change: (empty) → moved');
  });

  it('in French', () => {
    renderIn(
      'fr',
      <ul>
        <AuditEntryItem entry={ENTRY} kind="moment" id={M} timeZone="Europe/Paris" deviceId={undefined} />
      </ul>,
    );
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('le flux du programme officiel');
  });

  it('marks the feed’s entries in "what changed"', () => {
    const [change] = planChanges(
      [{ ...ENTRY, changes: ENTRY.changes }],
      '2024-07-30T00:00:00Z',
      () => undefined,
    );
    expect(change).toMatchObject({ feed: true, subject: 'Men’s triathlon', name: 'schedule.feed' });
  });
});
