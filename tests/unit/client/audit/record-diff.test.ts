// What one audit entry did to one record: created, deleted, changed leaf fields only, bookkeeping left out.
import type { AuditEntry } from '../../../../src/client/api/audit.ts';
import { recordDiff } from '../../../../src/client/features/audit/record-diff.ts';

const M = '00000000-0000-4000-8000-0000000000a1';
const OTHER = '00000000-0000-4000-8000-0000000000a2';
const moment = {
  id: M,
  title: 'Final',
  rank: 2,
  why: { kind: 'iconic', text: 'Gold' },
  sessionId: undefined,
};

function entry(changes: AuditEntry['changes']): AuditEntry {
  return {
    at: '2024-08-04T19:40:00.000Z',
    loggedAt: '2024-08-04T19:40:01.000Z',
    memberId: 'p',
    memberName: 'Paul',
    deviceId: null,
    name: 'moment.update',
    args: {},
    outcome: 'applied',
    reason: null,
    changes,
  };
}

describe('recordDiff', () => {
  it('lists only the changed leaf fields of the asked record, nested ones by path', () => {
    const after = { ...moment, title: 'Final — Lyles', why: { kind: 'iconic', text: 'Gold again' } };
    const diff = recordDiff(
      entry([
        { kind: 'moment', id: M, before: moment, after },
        { kind: 'moment', id: OTHER, before: moment, after: { ...moment, rank: 3 } },
      ]),
      'moment',
      M,
    );
    expect(diff).toEqual({
      kind: 'updated',
      fields: [
        { field: 'title', before: 'Final', after: 'Final — Lyles' },
        { field: 'why.text', before: 'Gold', after: 'Gold again' },
      ],
    });
  });

  it('tells a field that appeared or vanished, and leaves the status history out', () => {
    const before = { id: M, status: 'planned', history: [] };
    const after = { id: M, status: 'captured', note: 'left side', history: [{ from: 'planned' }] };
    expect(recordDiff(entry([{ kind: 'signature', id: M, before, after }]), 'signature', M)).toEqual({
      kind: 'updated',
      fields: [
        { field: 'note', after: 'left side' },
        { field: 'status', before: 'planned', after: 'captured' },
      ],
    });
    expect(
      recordDiff(entry([{ kind: 'signature', id: M, before: after, after: before }]), 'signature', M),
    ).toMatchObject({ fields: [{ field: 'note', before: 'left side' }, { field: 'status' }] });
  });

  it('says created and deleted, and "none" for an entry that did not touch the record', () => {
    expect(recordDiff(entry([{ kind: 'moment', id: M, before: null, after: moment }]), 'moment', M)).toEqual({
      kind: 'created',
    });
    expect(recordDiff(entry([{ kind: 'moment', id: M, before: moment, after: null }]), 'moment', M)).toEqual({
      kind: 'deleted',
    });
    expect(recordDiff(entry([]), 'moment', M)).toEqual({ kind: 'none' });
    expect(recordDiff(entry([{ kind: 'spot', id: M, before: null, after: {} }]), 'moment', M)).toEqual({
      kind: 'none',
    });
    expect(
      recordDiff(entry([{ kind: 'moment', id: M, before: moment, after: moment }]), 'moment', M),
    ).toEqual({ kind: 'none' });
  });

  it('collapses several changes of one row to first before and last after, and cuts long texts', () => {
    const long = 'x'.repeat(500);
    const diff = recordDiff(
      entry([
        { kind: 'moment', id: M, before: moment, after: { ...moment, rank: 1 } },
        { kind: 'moment', id: M, before: { ...moment, rank: 1 }, after: { ...moment, rank: 1, title: long } },
      ]),
      'moment',
      M,
    );
    expect(diff.kind === 'updated' && diff.fields.map((f) => f.field)).toEqual(['rank', 'title']);
    const title = diff.kind === 'updated' ? diff.fields[1]!.after! : '';
    expect(title.length).toBe(120);
    expect(title.endsWith('…')).toBe(true);
  });
});
