// The schedule under the plan in English: session statuses, changes creators are told, the official feed (ODF); schedule.fr.ts has the same keys.

export const scheduleEn = {
  /** Who made a change that came from the official feed (the audit, "what changed"). */
  feed: 'the schedule feed',
  status: {
    scheduled: 'Scheduled',
    delayed: 'Delayed',
    postponed: 'Postponed',
    rescheduled: 'Rescheduled',
    cancelled: 'Cancelled',
    running: 'Under way',
    finished: 'Finished',
  },
  /** The session's status beside a moment, for screen readers too. */
  statusPrefix: 'Official schedule:',
  kind: {
    moved: 'moved',
    postponed: 'postponed',
    cancelled: 'cancelled',
    reinstated: 'back on',
  },
  change: {
    moved: 'Moved to {{to}}, was {{from}}',
    postponed: 'Postponed: new time to be announced (was {{from}})',
    cancelled: 'Cancelled (was {{from}})',
    reinstated: 'Back on: {{to}}',
    /** Beside the change: when the plan learnt it. */
    when: 'changed {{time}}',
  },
  acknowledge: 'Got it',
  acknowledgeLabel: 'Got it: {{title}}',
  /** Top of "my day": every change of my moments not acknowledged yet, whatever its day. */
  mine: {
    heading_one: '{{count}} change to your plan',
    heading_many: '{{count}} changes to your plan',
    heading_other: '{{count}} changes to your plan',
    show: 'Show {{day}}',
  },
};
