// One entry of a record's history: when, who, which device, the change in words, its outcome and diff.
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/audit.ts';
import { tapTime } from '../../../shared/domain/clock.ts';
import { isScheduleFeed } from '../../../shared/protocol/feed.ts';
import { describeMutation } from '../../ui/describe-mutation.ts';
import { describeRejection } from '../../ui/describe-rejection.ts';
import { OFFLINE_GAP_MS } from '../../ui/TapTime.tsx';
import { fieldLabel, formatWhen, valueText } from './audit-format.ts';
import { recordDiff } from './record-diff.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

interface Props {
  entry: AuditEntry;
  kind: string;
  id: string;
  timeZone: string;
  /** This device's id: its own changes read "on this device". */
  deviceId: string | undefined;
}

export function AuditEntryItem({ entry, kind, id, timeZone, deviceId }: Props) {
  const { t, i18n } = useTranslation();
  const when = (instant: string) => formatWhen(instant, formatLocale(i18n.language), timeZone);
  const diff = recordDiff(entry, kind, id);
  // The server's time first; the tap's beside it when made offline, never when the phone's clock was off.
  const tap = tapTime({ at: entry.at, receivedAt: entry.loggedAt, clockOff: entry.clockOff });
  const late = tap.source === 'device' && Date.parse(entry.loggedAt) - Date.parse(entry.at) > OFFLINE_GAP_MS;
  const feed = isScheduleFeed(entry.memberId);
  const device =
    feed || entry.deviceId === null
      ? t('audit.noDevice')
      : entry.deviceId === deviceId
        ? t('audit.thisDevice')
        : t('audit.device', { device: entry.deviceId.slice(0, 8) });
  return (
    <li className={entry.outcome === 'rejected' ? 'audit-entry audit-rejected' : 'audit-entry'}>
      <p className="audit-meta">
        <time dateTime={entry.loggedAt}>{when(entry.loggedAt)}</time>
        {late ? ` (${t('audit.tapped', { time: when(entry.at) })})` : ''}
        {tap.source === 'server' ? ` (${t('clock.wrong')})` : ''} ·{' '}
        {t('audit.by', {
          name: feed ? t('schedule.feed') : (entry.memberName ?? t('audit.formerMember')),
        })}
        {feed ? null : ` · ${device}`}
      </p>
      <p>
        <strong>{describeMutation(t, entry.name, entry.args)}</strong>
      </p>
      {entry.outcome === 'rejected' ? (
        <p className="item-rejected">
          {entry.reason || entry.code
            ? t('audit.rejected', { reason: describeRejection(t, entry) })
            : t('audit.rejectedNoReason')}
        </p>
      ) : null}
      {diff.kind === 'created' ? <p>{t('audit.created')}</p> : null}
      {diff.kind === 'deleted' ? <p>{t('audit.deleted')}</p> : null}
      {diff.kind === 'none' && entry.outcome === 'applied' ? (
        <p className="muted">{t('audit.unchanged')}</p>
      ) : null}
      {diff.kind === 'updated' ? (
        <ul className="audit-diff">
          {diff.fields.map((f) => (
            <li key={f.field}>
              {t('audit.change', {
                field: fieldLabel(t, f.field),
                before: valueText(t, f.field, f.before, when),
                after: valueText(t, f.field, f.after, when),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
