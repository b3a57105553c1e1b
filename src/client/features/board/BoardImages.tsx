// The board's list: moment by moment for a day, or day by day for the whole Games.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditionType } from '../../../shared/domain/edition.ts';
import { formatDay } from '../../ui/time.ts';
import { type BoardGroup, type BoardScope, byDay } from './board-data.ts';
import { BoardMoment } from './BoardMoment.tsx';
import type { DeskHandlers } from './DeskActions.tsx';
import { formatLocale } from '../../i18n/format-locale.ts';

export interface BoardImagesProps extends DeskHandlers {
  scope: BoardScope;
  groups: readonly BoardGroup[];
  editionType(editionId: string): EditionType;
  editionTimeZone(editionId: string): string;
  memberName(id: string | undefined): string;
  newIds: ReadonlySet<string>;
  waitingIds: ReadonlySet<string>;
  errors: Readonly<Record<string, string>>;
  viewerTimeZone?: string;
}

export function BoardImages({ scope, groups, editionType, editionTimeZone, ...rest }: BoardImagesProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const moment = (group: BoardGroup) => (
    <BoardMoment
      key={group.moment.id}
      group={group}
      editionType={editionType(group.moment.editionId)}
      editionTimeZone={editionTimeZone(group.moment.editionId)}
      {...rest}
    />
  );
  return (
    <section aria-labelledby={id} className="board-section">
      <h2 id={id}>{scope === 'day' ? t('board.images.day') : t('board.images.games')}</h2>
      {groups.length === 0 ? <p className="muted">{t('board.images.none')}</p> : null}
      {scope === 'day'
        ? groups.map(moment)
        : byDay(groups).map(([day, ofDay]) => (
            <div key={`${ofDay[0]!.moment.editionId}/${day}`} className="board-day">
              <p className="board-day-heading">{formatDay(day, formatLocale(i18n.language))}</p>
              {ofDay.map(moment)}
            </div>
          ))}
    </section>
  );
}
