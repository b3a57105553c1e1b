// What an official schedule message (ODF) would do before it is applied: counts, unknown venue codes, notes, problems.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FeedPreview, OdfIssue, OdfNotice } from '../../../shared/import/odf/index.ts';

/** "2 new sessions, 1 updated, 3 already up to date": the non-zero counts. */
export function odfCounts(
  t: TFunction,
  preview: Pick<FeedPreview, 'created' | 'updated' | 'unchanged' | 'stale'>,
) {
  const parts = (['created', 'updated', 'unchanged', 'stale'] as const)
    .filter((k) => preview[k] > 0)
    .map((k) => t(`schedule.odf.summary.${k}`, { count: preview[k] }));
  return parts.length > 0 ? parts.join(', ') : t('schedule.odf.summary.created', { count: 0 });
}

/** Where an issue or notice is: "line 4, unit TRIM…". */
function where(t: TFunction, item: { line: number; unit?: string }) {
  return [
    item.line ? t('schedule.odf.line', { line: item.line }) : '',
    item.unit ? t('schedule.odf.unit', { unit: item.unit }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

export function OdfIssues({ issues }: { issues: readonly OdfIssue[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="panel panel-danger">
      <p>{t('standup.import.refused', { count: issues.length })}</p>
      <ul>
        {issues.map((issue, i) => {
          const at = where(t, issue);
          const text = t(`schedule.odf.errors.${issue.code}`, {
            attribute: issue.attribute ?? '',
            ...issue.params,
          });
          return <li key={i}>{at ? `${at}${t('app.colon')}${text}` : text}</li>;
        })}
      </ul>
    </div>
  );
}

export function OdfUnknownCodes({ codes }: { codes: readonly { code: string; ref: string }[] }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="panel panel-danger">
      <ul>
        {codes.map((c) => (
          <li key={c.code}>{t('schedule.odf.unknownCode', c)}</li>
        ))}
      </ul>
    </div>
  );
}

export function OdfNotices({ notices }: { notices: readonly OdfNotice[] }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <div className="panel panel-info">
      <p>{t('schedule.odf.notices.heading')}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{t(`schedule.odf.notices.${n.code}`, { unit: n.unit })}</li>
        ))}
      </ul>
    </div>
  );
}
