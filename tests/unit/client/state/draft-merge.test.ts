// A form's draft against its live record: follows the synced value, keeps both when the user was typing, resolves by choice.
import { describe, expect, it } from 'vitest';
import {
  dirtyFields,
  discard,
  editField,
  endSaving,
  initialDraft,
  keepMine,
  reconcile,
  startSaving,
  takeTheirs,
} from '../../../../src/client/state/draft-merge.ts';

const record = (note: string, title = 'Roof') => ({ note, title });

describe('a draft against its record', () => {
  it('follows the synced value of a field the user is not editing', () => {
    const s = reconcile(initialDraft(record('note from phone 2')), record('note from phone 1'));
    expect(s.draft).toEqual(record('note from phone 1'));
    expect(s.theirs).toEqual({});
    expect(dirtyFields(s)).toEqual([]);
  });

  it('keeps what the user typed and holds the other device’s value beside it', () => {
    const typing = editField(initialDraft(record('')), 'note', 'draft on phone 2');
    const s = reconcile(typing, record('note from phone 1', 'Balcony'));
    expect(s.draft).toEqual({ note: 'draft on phone 2', title: 'Balcony' });
    expect(s.theirs).toEqual({ note: 'note from phone 1' });
    expect(dirtyFields(s)).toEqual(['note']);
    // Taking the record in again changes nothing (safe on every render).
    expect(reconcile(s, record('note from phone 1', 'Balcony'))).toBe(s);
  });

  it('resolves by the user’s choice: theirs replaces the text, mine stays to be saved', () => {
    const s = reconcile(editField(initialDraft(record('')), 'note', 'mine'), record('theirs'));
    const took = takeTheirs(s, 'note');
    expect(took.draft.note).toBe('theirs');
    expect(took.theirs).toEqual({});
    expect(dirtyFields(took)).toEqual([]);
    const kept = keepMine(s, 'note');
    expect(kept.draft.note).toBe('mine');
    expect(kept.theirs).toEqual({});
    expect(dirtyFields(kept)).toEqual(['note']);
    // Once kept, the same value from elsewhere is not asked about again.
    expect(reconcile(kept, record('theirs'))).toBe(kept);
  });

  it('settles silently when the record reaches what the user typed', () => {
    const s = reconcile(editField(initialDraft(record('')), 'note', 'same'), record('same'));
    expect(s.theirs).toEqual({});
    expect(dirtyFields(s)).toEqual([]);
  });

  it('forgets the other value when the record goes back to what the form knew', () => {
    const s = reconcile(editField(initialDraft(record('a')), 'note', 'mine'), record('b'));
    expect(reconcile(s, record('a')).theirs).toEqual({});
  });

  it('restores a kept draft after a reload, and tells when the record changed meanwhile', () => {
    const same = initialDraft(record('before'), { note: { value: 'typed', base: 'before' } });
    expect(same.draft.note).toBe('typed');
    expect(same.theirs).toEqual({});
    const changed = initialDraft(record('from phone 1'), { note: { value: 'typed', base: 'before' } });
    expect(changed.draft.note).toBe('typed');
    expect(changed.theirs).toEqual({ note: 'from phone 1' });
    // A kept draft equal to the record is no draft.
    expect(dirtyFields(initialDraft(record('x'), { note: { value: 'x', base: 'y' } }))).toEqual([]);
  });

  it('takes a save’s own result (trimmed, derived) as is, once, never as a change from elsewhere', () => {
    const typed = editField(initialDraft(record('', '')), 'title', '  48,92  ');
    const saving = startSaving(typed, ['title']);
    const saved = reconcile(saving, record('', '48.92'));
    expect(saved.draft.title).toBe('48.92');
    expect(saved.theirs).toEqual({});
    expect(saved.saving).toEqual({});
    // After that, a change from elsewhere while typing again is told as usual.
    const again = reconcile(editField(saved, 'title', 'mine'), record('', 'theirs'));
    expect(again.theirs).toEqual({ title: 'theirs' });
    // A refused save leaves the text the user's.
    expect(endSaving(saving).saving).toBeUndefined();
    expect(reconcile(endSaving(saving), record('', 'other')).theirs).toEqual({ title: 'other' });
  });

  it('discards the edits back to the record', () => {
    const s = discard(editField(initialDraft(record('a')), 'note', 'typed'));
    expect(s.draft.note).toBe('a');
    expect(dirtyFields(s)).toEqual([]);
  });
});
