// One snapshot's place in the phone's upload queue: waiting (and why), sending, sent, or not sent and why.
import { useT } from '../../i18n/use-t.ts';
import type { LocalPreview } from '../../storage/index.ts';
import { formatClock } from '../../ui/time.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

export function SnapshotState({ preview }: { preview?: LocalPreview | undefined }) {
  const { t, i18n } = useT();
  if (!preview) return null;
  if (preview.uploading) return <p className="item-waiting">{t('phone.queue.uploading')}</p>;
  if (preview.state === 'uploaded') return <p className="item-sent">{t('phone.queue.uploaded')}</p>;
  if (preview.state === 'failed')
    return (
      <p className="item-rejected">
        {t('phone.queue.failed', { reason: t(`phone.refused.${preview.refusedCode ?? 'other'}`) })}
      </p>
    );
  if (preview.retryAt && preview.retryCode)
    return (
      <p className="item-waiting">
        {t('phone.queue.retry', {
          reason: t(`phone.retry.${preview.retryCode}`),
          time: formatClock(preview.retryAt, formatLocale(i18n.language)),
        })}
      </p>
    );
  return <p className="item-waiting">{t('phone.queue.waiting')}</p>;
}
