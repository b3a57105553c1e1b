// Double bookings and impossible travel in words: in the people list, and on the moment card where the planner assigns.
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../../../shared/domain/conflicts.ts';
import type { Member, Moment } from '../../../shared/domain/index.ts';
import { conflictWords } from './standup-data.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

interface Props {
  conflicts: readonly Conflict[];
  members: ReadonlyMap<string, Member>;
  moments: ReadonlyMap<string, Moment>;
  /** An alert for conflicts already in the plan; a plain note for a warning ahead of a choice. */
  live?: boolean;
}

export function ConflictList({ conflicts, members, moments, live = true }: Props) {
  const { t, i18n } = useTranslation();
  if (conflicts.length === 0) return null;
  return (
    <ul className="plain-list conflict-list" {...(live ? { role: 'alert' } : {})}>
      {conflicts.map((c) => {
        const words = conflictWords(c, members, moments, formatLocale(i18n.language));
        return (
          <li key={`${c.kind}/${c.memberId}/${c.momentIds.join('/')}`} className="panel panel-warning">
            {t(words.key, words.params)}
          </li>
        );
      })}
    </ul>
  );
}
