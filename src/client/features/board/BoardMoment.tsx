// One moment on the board: its venue and key-moment time, then its signature images.
import { useTranslation } from 'react-i18next';
import type { EditionType } from '../../../shared/domain/edition.ts';
import { VenueTime } from '../../ui/VenueTime.tsx';
import { ScheduleMark } from '../../ui/ScheduleMark.tsx';
import type { BoardGroup } from './board-data.ts';
import { BoardImage } from './BoardImage.tsx';
import type { DeskHandlers } from './DeskActions.tsx';

export interface BoardMomentProps extends DeskHandlers {
  group: BoardGroup;
  editionType: EditionType;
  /** The edition's home zone: the fallback while the venue has not reached this device. */
  editionTimeZone: string;
  memberName(id: string | undefined): string;
  newIds: ReadonlySet<string>;
  waitingIds: ReadonlySet<string>;
  errors: Readonly<Record<string, string>>;
  viewerTimeZone?: string;
}

export function BoardMoment({
  group,
  editionTimeZone,
  newIds,
  waitingIds,
  errors,
  ...rest
}: BoardMomentProps) {
  const { t } = useTranslation();
  const { moment, venue } = group;
  const headingId = `board-moment-${moment.id}`;
  // Without its venue on this device yet, the edition's home zone is the best guess there is.
  const timeZone = venue?.timeZone ?? editionTimeZone;
  return (
    <section className="board-moment" aria-labelledby={headingId}>
      <h3 id={headingId}>{moment.title}</h3>
      <ScheduleMark moment={moment} timeZone={timeZone} />
      <p className="muted">
        {venue ? `${venue.name}, ${venue.city}` : t('moment.unknownVenue')} · {t('moment.keyMoment')}
        {t('app.colon')}
        <VenueTime
          instant={moment.keyMomentAt}
          timeZone={timeZone}
          planDay={moment.day}
          {...(rest.viewerTimeZone ? { viewerTimeZone: rest.viewerTimeZone } : {})}
        />
      </p>
      {group.images.length === 0 ? (
        <p className="muted">{t('moment.noSignatures')}</p>
      ) : (
        <ul className="plain-list">
          {group.images.map((image) => (
            <BoardImage
              key={image.id}
              image={image}
              timeZone={timeZone}
              planDay={moment.day}
              isNew={newIds.has(image.id)}
              waiting={waitingIds.has(image.id)}
              error={errors[image.id]}
              {...rest}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
