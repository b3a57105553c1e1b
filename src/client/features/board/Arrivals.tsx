// The count of images changed by others since the editor last looked, and "mark as seen".
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignatureImage } from '../../../shared/domain/signature.ts';
import { snapshotOf, useBoardSeen } from './seen.ts';

export interface ArrivalsProps {
  memberId: string;
  images: readonly SignatureImage[];
  /** Changed since the snapshot (computed by the screen, which also badges them in the list). */
  fresh: readonly SignatureImage[];
}

/** The list names the first few: the count says how many; the badges in the list show the rest. */
const LISTED = 5;

export function Arrivals({ memberId, images, fresh }: ArrivalsProps) {
  const { t } = useTranslation();
  const count = fresh.length;
  const hasSnapshot = useBoardSeen((s) => s.seen[memberId] !== undefined);
  const markSeen = useBoardSeen((s) => s.markSeen);
  // The first time this member opens the board on this device, what is on screen is the baseline.
  useEffect(() => {
    if (!hasSnapshot) markSeen(memberId, snapshotOf(images));
  }, [hasSnapshot, markSeen, memberId, images]);
  return (
    <div className="arrivals">
      <p role="status" className={count > 0 ? 'arrivals-count arrivals-new' : 'arrivals-count'}>
        {count > 0 ? t('board.arrivals.count', { count }) : t('board.arrivals.none')}
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
