// Assigns creators to a moment (and optionally a spot); lists who is on it, with a remove button each.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, Member, Moment, Spot } from '../../../shared/domain/index.ts';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';

interface Props {
  moment: Moment;
  spots: readonly Spot[];
  members: readonly Member[];
  assignments: readonly Assignment[];
  record: Record;
}

export function AssignForm({ moment, spots, members, assignments, record }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const creators = members.filter((m) => m.role === 'creator').sort((a, b) => a.name.localeCompare(b.name));
  const [memberId, setMemberId] = useState('');
  const [spotId, setSpotId] = useState('');
  const byId = new Map(members.map((m) => [m.id, m]));
  const spotById = new Map(spots.map((s) => [s.id, s]));
  const mine = assignments.filter((a) => a.momentId === moment.id);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const member = memberId || creators[0]?.id;
    if (!member) return;
    await record('assignment.create', {
      id: newId(),
      memberId: member,
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
                className="button"
                onClick={() => void record('assignment.delete', { id: a.id })}
              >
                {t('standup.people.remove', { name })}
              </button>
            </li>
          );
        })}
      </ul>
      <form className="standup-form standup-inline" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-member`}>{t('standup.people.member')}</label>
        <select id={`${id}-member`} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
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
        <button type="submit" className="button">
          {t('standup.people.assign')}
        </button>
      </form>
    </>
  );
}
