// The count of images changed by others since the editor last looked, and "mark as seen".
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureImage } from '../../../shared/domain/signature.ts';
import { firstLookBaseline, snapshotOf, useBoardSeen } from './seen.ts';

export interface ArrivalsProps {
  memberId: string;
  images: readonly SignatureImage[];
  /** Changed since the snapshot (computed by the screen, which also badges them in the list). */
  fresh: readonly SignatureImage[];
  /** The zone whose day "today" is (the shown edition's), and now. */
  timeZone: string;
  now: Date;
}

/** The list names the first few: the count says how many; the badges in the list show the rest. */
const LISTED = 5;

export function Arrivals({ memberId, images, fresh, timeZone, now }: ArrivalsProps) {
  const { t } = useTranslation();
  const count = fresh.length;
  const hasSnapshot = useBoardSeen((s) => s.seen[memberId] !== undefined);
  const firstLook = useBoardSeen((s) => s.firstLook[memberId] === true);
  const markSeen = useBoardSeen((s) => s.markSeen);
  // The first time this member opens the desk on this device there is no "last look": what others
  // changed since the start of today counts as new, and is said so (not "since you last looked").
  useEffect(() => {
    if (!hasSnapshot) markSeen(memberId, firstLookBaseline(images, memberId, timeZone, now), true);
  }, [hasSnapshot, markSeen, memberId, images, timeZone, now]);
  const since = !hasSnapshot || firstLook ? 'Today' : '';
  return (
    <div className="arrivals">
      <p role="status" className={count > 0 ? 'arrivals-count arrivals-new' : 'arrivals-count'}>
        {count > 0 ? t(`board.arrivals.count${since}`, { count }) : t(`board.arrivals.none${since}`)}
      </p>
      {count > 0 ? (
        <ul className="arrivals-list">
          {fresh.slice(0, LISTED).map((image) => (
            <li key={image.id}>
              {image.title}
              {t('app.colon')}
              <strong>{t(`status.${image.status}`)}</strong>
            </li>
          ))}
          {count > LISTED ? <li>{t('board.arrivals.more', { count: count - LISTED })}</li> : null}
        </ul>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={count === 0}
        onClick={() => markSeen(memberId, snapshotOf(images))}
      >
        {t('board.arrivals.markSeen')}
      </button>
    </div>
  );
}
