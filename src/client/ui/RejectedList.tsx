// The changes the server refused, each with its reason in the user's language and a dismiss button: nothing disappears silently.
import { useTranslation } from 'react-i18next';
import { isTruncatedArgs } from '../../shared/protocol/stored-args.ts';
import { useLaterCatalogs } from '../i18n/app.ts';
import { describeMutation } from './describe-mutation.ts';
import { describeRejection } from './describe-rejection.ts';
import { formatClock } from './time.ts';
import { formatLocale } from '../i18n/format-locale.ts';

export interface RejectedItem {
  id: number;
  name: string;
  args: unknown;
  at: string;
  /** English fallback, shown only when the code is unknown to this app (or absent, from an older server). */
  reason: string;
  code?: string | undefined;
  params?: Record<string, string | number> | undefined;
}

export interface RejectedListProps {
  rejections: readonly RejectedItem[];
  onDismiss(id: number): void;
  onClose(): void;
}

export function RejectedList({ rejections, onDismiss, onClose }: RejectedListProps) {
  // The changes' names come with the later strings (a lazy part: it waits for them).
  useLaterCatalogs();
  const { t, i18n } = useTranslation();
  return (
    <section id="rejected-changes" className="panel panel-warning" aria-labelledby="rejected-heading">
      <h2 id="rejected-heading">{t('sync.rejectedHeading')}</h2>
      <p>{t('sync.rejectedIntro')}</p>
      <ul className="plain-list">
        {rejections.map((r) => (
          <li key={r.id} className="rejected-item">
            {r.code === 'rejections_dropped' ? (
              // It stands for older rejections, not for the change whose id it keeps.
              <p>{describeRejection(t, r)}</p>
            ) : (
              <>
                <p>
                  <strong>{describeMutation(t, r.name, r.args)}</strong>{' '}
                  <span className="muted">
                    {t('sync.rejectedAt', { time: formatClock(r.at, formatLocale(i18n.language)) })}
                  </span>
                </p>
                <p>{t('shot.rejected', { reason: describeRejection(t, r) })}</p>
                {isTruncatedArgs(r.args) ? (
                  <p className="muted">
                    {t('rejection.truncated', {
                      size: bytes(r.args.$truncated.bytes, formatLocale(i18n.language)),
                    })}
                  </p>
                ) : null}
              </>
            )}
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

/** "1.2 MB" / « 1,2 Mo »: the size of what the server did not keep, in the user's language. */
function bytes(count: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: count >= 1_000_000 ? 'megabyte' : 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(count >= 1_000_000 ? count / 1_000_000 : count / 1000);
}
