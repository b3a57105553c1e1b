// The change list of the stand-up: applied plan changes since an instant, newest first, with what they touched.
import type { AuditLike } from '../../../src/shared/domain/changes.ts';
import { planChanges } from '../../../src/shared/domain/changes.ts';

const entry = (loggedAt: string, name: string, extra: Partial<AuditLike> = {}): AuditLike => ({
  at: loggedAt,
  loggedAt,
  memberId: 'p',
  memberName: 'Paul',
  name,
  args: {},
  outcome: 'applied',
  changes: [],
  ...extra,
});

describe('planChanges', () => {
  it('keeps applied plan changes since the instant, newest first, named by the moment they touched', () => {
    const entries = [
      entry('2024-08-04T05:00:00.000Z', 'moment.drop'), // before 08:00 Paris
      entry('2024-08-04T06:30:00.000Z', 'moment.update', {
        changes: [{ kind: 'moment', id: 'm', before: { title: 'Old' }, after: { title: '100 m final' } }],
      }),
      entry('2024-08-04T07:00:00.000Z', 'assignment.create', {
        memberName: null,
        memberId: 'gone',
        changes: [{ kind: 'assignment', id: 'a', before: null, after: { momentId: 'm' } }],
      }),
      entry('2024-08-04T07:10:00.000Z', 'signature.advance'), // the desk's, not the plan's
      entry('2024-08-04T07:20:00.000Z', 'spot.update', { outcome: 'rejected' }),
      entry('2024-08-04T07:30:00.000Z', 'assignment.delete', {
        changes: [{ kind: 'assignment', id: 'a', before: { momentId: 'm' }, after: null }],
      }),
    ];
    const list = planChanges(entries, '2024-08-04T06:00:00.000Z', (id) =>
      id === 'm' ? '100 m final' : undefined,
    );
    expect(list.map((c) => [c.at.slice(11, 16), c.who, c.name, c.subject])).toEqual([
      ['07:30', 'Paul', 'assignment.delete', '100 m final'],
      ['07:00', 'gone', 'assignment.create', '100 m final'],
      ['06:30', 'Paul', 'moment.update', '100 m final'],
    ]);
  });
});
