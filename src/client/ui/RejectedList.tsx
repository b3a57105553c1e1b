// The changes the server refused, each with its reason and a dismiss button: nothing disappears silently.
import { useTranslation } from 'react-i18next';
import { describeMutation } from './describe-mutation.ts';
import { formatClock } from './time.ts';

export interface RejectedItem {
  id: number;
  name: string;
  args: unknown;
  at: string;
  reason: string;
}

export interface RejectedListProps {
  rejections: readonly RejectedItem[];
  onDismiss(id: number): void;
  onClose(): void;
}

export function RejectedList({ rejections, onDismiss, onClose }: RejectedListProps) {
  const { t, i18n } = useTranslation();
  return (
    <section id="rejected-changes" className="panel panel-warning" aria-labelledby="rejected-heading">
      <h2 id="rejected-heading">{t('sync.rejectedHeading')}</h2>
      <p>{t('sync.rejectedIntro')}</p>
      <ul className="plain-list">
        {rejections.map((r) => (
          <li key={r.id} className="rejected-item">
            <p>
              <strong>{describeMutation(t, r.name, r.args)}</strong>{' '}
              <span className="muted">
                {t('sync.rejectedAt', { time: formatClock(r.at, i18n.language) })}
              </span>
            </p>
            <p>{t('shot.rejected', { reason: r.reason })}</p>
            <button type="button" className="button" onClick={() => onDismiss(r.id)}>
              {t('sync.dismiss')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onClose}>
        {t('sync.close')}
      </button>
    </section>
  );
}
