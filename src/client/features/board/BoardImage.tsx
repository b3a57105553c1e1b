// One signature image at the desk: status, who captured it and when, preview, asset link, notes, history, ticks.
import { useTranslation } from 'react-i18next';
import { sidesOf } from '../../../shared/domain/angles.ts';
import type { EditionType } from '../../../shared/domain/edition.ts';
import { tapTime } from '../../../shared/domain/clock.ts';
import type { SignatureImage } from '../../../shared/domain/signature.ts';
import { PreviewImage } from '../../ui/PreviewImage.tsx';
import { formatList } from '../../../shared/format/units.ts';
import { useVenueTimeText } from '../../ui/VenueTime.tsx';
import { AuditPanel } from '../audit/AuditPanel.tsx';
import { DeskActions, type DeskHandlers } from './DeskActions.tsx';
import { StatusHistory } from './StatusHistory.tsx';
import { formatLocale } from '../../i18n/format-locale.ts';

export interface BoardImageProps extends DeskHandlers {
  image: SignatureImage;
  editionType: EditionType;
  /** The venue's zone: every time on the board is the venue's. */
  timeZone: string;
  /** The plan day of the image's moment: a time on another day at the venue carries its date. */
  planDay: string;
  memberName(id: string | undefined): string;
  /** Changed by someone else since the editor last marked the board as seen. */
  isNew: boolean;
  /** A change to it is still in this device's outbox. */
  waiting: boolean;
  error?: string;
  viewerTimeZone?: string;
}

export function BoardImage(props: BoardImageProps) {
  const { image, editionType, timeZone, planDay, memberName, isNew, waiting, error, viewerTimeZone } = props;
  const { t, i18n } = useTranslation();
  const colon = t('app.colon');
  const venueText = useVenueTimeText();
  const at = (instant: string) => venueText(instant, timeZone, planDay, viewerTimeZone);
  const sides = image.sides.filter((side) => sidesOf(editionType).includes(side));
  return (
    <li className={`board-image signature-${image.status}`}>
      <h4>{image.title}</h4>
      {isNew ? <p className="badge badge-new">{t('board.new')}</p> : null}
      <p>
        {t('status.label')}
        {colon}
        <strong className="status">{t(`status.${image.status}`)}</strong>
      </p>
      {sides.length > 0 ? (
        <p className="muted">
          {t('board.sides', {
            sides: formatList(
              sides.map((s) => t(`side.${s}`)),
              formatLocale(i18n.language),
            ),
          })}
        </p>
      ) : null}
      {image.capturedAt ? (
        <p>
          {t('board.capturedBy', { name: memberName(image.capturedBy), time: at(capturedTime(image).time) })}
          {capturedTime(image).source === 'server' ? ` (${t('clock.wrong')})` : null}
        </p>
      ) : null}
      {image.previewId ? (
        <PreviewImage
          previewId={image.previewId}
          alt={t('board.previewAlt', { title: image.title })}
          by={image.previewBy}
        />
      ) : null}
      {image.status === 'missed' && image.missedReason ? (
        <p>{t('shot.missedReason', { reason: image.missedReason })}</p>
      ) : null}
      {image.assetUrl ? (
        <p>
          <a href={image.assetUrl} target="_blank" rel="noopener noreferrer">
            {t('board.assetLink', { title: image.title })}
          </a>
        </p>
      ) : null}
      {image.note ? (
        <p>
          {t('board.note')}
          {colon}
          {image.note}
        </p>
      ) : null}
      {image.partner ? <p className="muted">{t('shot.partner', { partner: image.partner })}</p> : null}
      {waiting ? <p className="item-waiting">{t('board.waiting')}</p> : null}
      {error ? (
        <p className="item-rejected" role="alert">
          {t('shot.failed', { message: error })}
        </p>
      ) : null}
      <DeskActions image={image} {...pickHandlers(props)} />
      <StatusHistory history={image.history} memberName={memberName} at={at} />
      <AuditPanel kind="signature" id={image.id} title={image.title} timeZone={timeZone} />
    </li>
  );
}

function pickHandlers({ onMove, onPublish, onLink, onReopen, onMissed }: DeskHandlers): DeskHandlers {
  return { onMove, onPublish, onLink, onReopen, onMissed };
}

/** When the capture was tapped, or when the server got it if the phone's clock was off (domain/clock.ts). */
function capturedTime(image: SignatureImage) {
  const stamp = {
    at: image.capturedAt!,
    receivedAt: image.capturedReceivedAt,
    clockOff: image.capturedClockOff,
  };
  return tapTime(stamp);
}
