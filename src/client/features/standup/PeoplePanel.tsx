// People of the day: each creator's load, and the double-booking and travel warnings (shared conflicts.ts).
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../shared/domain/conflicts.ts';
import { DEFAULT_CONFLICT_RULES } from '../../../shared/domain/conflicts.ts';
import type { Assignment, Member, Moment } from '../../../shared/domain/index.ts';
import { CalendarLinks } from './CalendarLinks.tsx';
import { ConflictList } from './ConflictList.tsx';
import { loadOfDay } from './standup-data.ts';

interface Props {
  moments: readonly Moment[];
  members: readonly Member[];
  assignments: readonly Assignment[];
  /** The day's conflicts (computed once by the screen: the moment cards show theirs too). */
  conflicts: readonly Conflict[];
}

export function PeoplePanel({ moments, members, assignments, conflicts }: Props) {
  const { t } = useTranslation();
  const memberById = new Map(members.map((m) => [m.id, m]));
  const momentById = new Map(moments.map((m) => [m.id, m]));
  const load = loadOfDay(members, assignments, moments);
  return (
    <section className="standup-section no-print" aria-labelledby="standup-people">
      <h2 id="standup-people">{t('standup.people.heading')}</h2>
      {conflicts.length === 0 ? (
        <p>{t('standup.people.noConflict')}</p>
      ) : (
        <ConflictList conflicts={conflicts} members={memberById} moments={momentById} />
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
