// One signature image: its status, the status buttons the member may tap, and its sync state.
import { useTranslation } from 'react-i18next';
import { describeRejection } from '../../ui/describe-rejection.ts';
import { PreviewImage } from '../../ui/PreviewImage.tsx';
import type { SignatureView } from './moment-view.ts';
import type { ShotAction } from './shot-actions.ts';
import { ShotActions } from './ShotActions.tsx';

export interface SignatureItemProps {
  view: SignatureView;
  onAction(action: Exclude<ShotAction, 'missed'>): void;
  onMissed(reason: string): void;
  /** Set when the phone itself could not record the tap. */
  error?: string;
}

const BUTTON_KEY = {
  'in-position': 'shot.inPosition',
  captured: 'shot.captured',
  missed: 'shot.missed',
  selected: 'shot.selected',
  published: 'shot.published',
} as const;

export function SignatureItem({ view, onAction, onMissed, error }: SignatureItemProps) {
  const { t } = useTranslation();
  const { image } = view;
  return (
    <li className={`signature signature-${image.status}`}>
      <h4>{image.title}</h4>
      {image.description ? <p>{image.description}</p> : null}
      {image.partner ? <p className="muted">{t('shot.partner', { partner: image.partner })}</p> : null}
      <p>
        {t('status.label')}
        {t('app.colon')}
        <strong className="status">{t(`status.${image.status}`)}</strong>
      </p>
      {image.status === 'missed' && image.missedReason ? (
        <p>{t('shot.missedReason', { reason: image.missedReason })}</p>
      ) : null}
      {image.previewId ? (
        <PreviewImage
          previewId={image.previewId}
          alt={t('creator.shot.snapshotAlt', { title: image.title })}
          by={image.previewBy}
        />
      ) : null}
      {view.waiting ? <p className="item-waiting">{t('shot.waiting')}</p> : null}
      {view.rejectedReason ? (
        <p className="item-rejected">
          {t('shot.rejected', {
            reason: describeRejection(t, view.rejection ?? { reason: view.rejectedReason }),
          })}
        </p>
      ) : null}
      {error ? (
        <p className="item-rejected" role="alert">
          {t('shot.failed', { message: error })}
        </p>
      ) : null}
      <ShotActions
        title={image.title}
        actions={view.actions}
        label={t('shot.actions', { title: image.title })}
        buttonLabel={(action) => t(BUTTON_KEY[action])}
        draftKey={`signature/${image.id}`}
        onAdvance={onAction}
        onMiss={onMissed}
      />
    </li>
  );
}
