// What a schedule import refused (every problem by line and column or UID), and what it left out on purpose.
import { useTranslation } from 'react-i18next';
import type { Venue } from '../../../shared/domain/index.ts';
import type { ImportIssue, ImportNotice } from '../../../shared/import/index.ts';
import { issueMessage, noticeMessage } from './import-text.ts';

/** At most this many rows on screen: a file with thousands of bad rows still shows what to fix first. */
const SHOWN = 200;

export function ImportIssues({ issues, venues }: { issues: ImportIssue[]; venues: readonly Venue[] }) {
  const { t } = useTranslation();
  const unknownVenue = issues.some((i) => i.code === 'unknownVenue');
  const known = [...venues.map((v) => v.name)].sort((a, b) => a.localeCompare(b)).join(', ');
  return (
    <div role="alert" className="panel panel-danger">
      <p>{t('standup.import.refused', { count: issues.length })}</p>
      <table className="standup-table">
        <thead>
          <tr>
            <th scope="col">{t('standup.import.row')}</th>
            <th scope="col">{t('standup.import.field')}</th>
            <th scope="col">{t('standup.import.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.slice(0, SHOWN).map((issue, i) => (
            <tr key={i}>
              <td>
                {issue.row || t('standup.import.wholeFile')}
                {issue.uid ? (
                  <div className="muted">{t('standup.import.uid', { uid: issue.uid })}</div>
                ) : null}
              </td>
              <td>{issue.column ? `${issue.field} (${issue.column})` : issue.field}</td>
              <td>{issueMessage(t, issue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unknownVenue ? <p>{t('standup.import.knownVenues', { venues: known })}</p> : null}
    </div>
  );
}

export function ImportNotices({ notices }: { notices: ImportNotice[] }) {
  const { t } = useTranslation();
  return (
    <div className="panel panel-info">
      <h3>{t('standup.import.notices.heading')}</h3>
      <ul>
        {notices.slice(0, SHOWN).map((notice, i) => (
          <li key={i}>
            {t('standup.import.row')} {notice.row}
            {notice.uid ? ` (${t('standup.import.uid', { uid: notice.uid })})` : ''}:{' '}
            {noticeMessage(t, notice)}
          </li>
        ))}
      </ul>
    </div>
  );
}
