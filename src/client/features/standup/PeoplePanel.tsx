// People of the day: each creator's load, and the double-booking and travel warnings (shared conflicts.ts).
import { useTranslation } from 'react-i18next';
import type { Assignment, Member, Moment, Venue } from '../../../shared/domain/index.ts';
import { DEFAULT_CONFLICT_RULES, findConflicts } from '../../../shared/domain/conflicts.ts';
import { CalendarLinks } from './CalendarLinks.tsx';
import { conflictWords, loadOfDay } from './standup-data.ts';

interface Props {
  moments: readonly Moment[];
  members: readonly Member[];
  assignments: readonly Assignment[];
  venues: readonly Venue[];
}

export function PeoplePanel({ moments, members, assignments, venues }: Props) {
  const { t } = useTranslation();
  const conflicts = findConflicts(assignments, moments, venues, DEFAULT_CONFLICT_RULES);
  const memberById = new Map(members.map((m) => [m.id, m]));
  const momentById = new Map(moments.map((m) => [m.id, m]));
  const load = loadOfDay(members, assignments, moments);
  return (
    <section className="standup-section" aria-labelledby="standup-people">
      <h2 id="standup-people">{t('standup.people.heading')}</h2>
      {conflicts.length === 0 ? (
        <p>{t('standup.people.noConflict')}</p>
      ) : (
        <ul className="plain-list" role="alert">
          {conflicts.map((c, i) => {
            const words = conflictWords(c, memberById, momentById);
            return (
              <li key={i} className="panel panel-warning">
                {t(words.key, words.params)}
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted">{t('standup.people.speed', { speed: DEFAULT_CONFLICT_RULES.urbanSpeedKmh })}</p>
      <h3>{t('standup.people.load')}</h3>
      <ul className="inline-list">
        {load.map(({ member, count }) => (
          <li key={member.id}>{t('standup.people.loadItem', { name: member.name, count })}</li>
        ))}
      </ul>
      <CalendarLinks creators={load.map((l) => l.member)} />
    </section>
  );
}
