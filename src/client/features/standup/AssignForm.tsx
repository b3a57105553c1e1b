// Assigns creators to a moment (and optionally a spot): who is on it, their conflicts, and a warning before assigning.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findConflicts } from '../../../shared/domain/conflicts.ts';
import type { Moment, Spot } from '../../../shared/domain/index.ts';
import { ConflictList } from './ConflictList.tsx';
import type { PlanData } from './plan-data.ts';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';

interface Props {
  moment: Moment;
  spots: readonly Spot[];
  data: PlanData;
  record: Record;
}

export function AssignForm({ moment, spots, data, record }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { members, assignments } = data;
  const creators = members.filter((m) => m.role === 'creator').sort((a, b) => a.name.localeCompare(b.name));
  const [memberId, setMemberId] = useState('');
  const [spotId, setSpotId] = useState('');
  const byId = new Map(members.map((m) => [m.id, m]));
  const momentById = new Map(data.dayMoments.map((m) => [m.id, m]));
  const spotById = new Map(spots.map((s) => [s.id, s]));
  const mine = assignments.filter((a) => a.momentId === moment.id);
  const selected = memberId || creators[0]?.id;
  const involves = (c: { momentIds: readonly string[] }) => c.momentIds.includes(moment.id);
  const here = data.conflicts.filter(involves);
  // What assigning the selected creator would add, said before the planner taps Assign.
  const already = mine.some((a) => a.memberId === selected);
  const ahead =
    selected && !already
      ? findConflicts(
          [...assignments, { id: 'preview', memberId: selected, momentId: moment.id, note: '' }],
          data.dayMoments,
          [...data.venues.values()],
        ).filter((c) => c.memberId === selected && involves(c))
      : [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!selected) return;
    await record('assignment.create', {
      id: newId(),
      memberId: selected,
      momentId: moment.id,
      ...(spotId ? { spotId } : {}),
      note: '',
    });
  }

  return (
    <>
      <ul className="plain-list">
        {mine.map((a) => {
          const name = byId.get(a.memberId)?.name ?? t('moment.unknownMember');
          return (
            <li key={a.id} className="standup-row">
              <span>
                {name}
                {a.spotId ? <span className="muted"> · {spotById.get(a.spotId)?.label}</span> : null}
              </span>
              <button
                type="button"
                className="button no-print"
                onClick={() => void record('assignment.delete', { id: a.id })}
              >
                {t('standup.people.remove', { name })}
              </button>
            </li>
          );
        })}
      </ul>
      <ConflictList conflicts={here} members={byId} moments={momentById} />
      <form className="standup-form standup-inline no-print" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-member`}>{t('standup.people.member')}</label>
        <select id={`${id}-member`} value={selected ?? ''} onChange={(e) => setMemberId(e.target.value)}>
          {creators.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-spot`}>{t('standup.people.spot')}</label>
        <select id={`${id}-spot`} value={spotId} onChange={(e) => setSpotId(e.target.value)}>
          <option value="">{t('standup.people.anySpot')}</option>
          {spots.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        {ahead.length > 0 ? (
          <div className="assign-ahead">
            <p>{t('standup.people.ahead')}</p>
            <ConflictList conflicts={ahead} members={byId} moments={momentById} live={false} />
          </div>
        ) : null}
        <button type="submit" className="button">
          {t('standup.people.assign')}
        </button>
      </form>
    </>
  );
}
