// Imports the competition schedule: validates every row in the browser, then ONE schedule.import or nothing.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition, ScheduleSession, Venue } from '../../../shared/domain/index.ts';
import type { ImportIssue } from '../../../shared/import/index.ts';
import { importSchedule } from '../../../shared/import/index.ts';
import { readScheduleFile } from './read-schedule-file.ts';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';

interface Props {
  edition: Edition;
  editions: readonly Edition[];
  venues: readonly Venue[];
  sessions: readonly ScheduleSession[];
  record: Record;
}

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'issues'; issues: ImportIssue[] }
  | { step: 'ready'; sessions: ScheduleSession[]; created: number; updated: number }
  | { step: 'done'; created: number; updated: number };

export function ImportPanel({ edition, editions, venues, sessions, record }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<State>({ step: 'idle' });

  async function onFile(file: File | undefined) {
    if (!file) return;
    setState({ step: 'reading' });
    const read = await readScheduleFile(file);
    if (!read.ok) return setState({ step: 'issues', issues: [read.issue] });
    const result = importSchedule(file.name, read.text, {
      editions,
      venues,
      sessions,
      defaultEditionId: edition.id,
      newId,
    });
    setState(result.ok ? { step: 'ready', ...result } : { step: 'issues', issues: result.issues });
  }

  async function confirm() {
    if (state.step !== 'ready') return;
    if (await record('schedule.import', { sessions: state.sessions }))
      setState({ step: 'done', created: state.created, updated: state.updated });
  }

  return (
    <section className="standup-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('standup.import.heading')}</h2>
      <p className="muted" id={`${id}-help`}>
        {t('standup.import.layout')}
      </p>
      <label htmlFor={`${id}-file`}>{t('standup.import.file')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.ics,text/csv,text/calendar"
        aria-describedby={`${id}-help`}
        onChange={(e) => void onFile(e.target.files?.[0])}
      />
      <div role="status">
        {state.step === 'reading' ? <p>{t('standup.import.reading')}</p> : null}
        {state.step === 'ready' ? <p>{t('standup.import.ready', state)}</p> : null}
        {state.step === 'done' ? <p className="panel panel-info">{t('standup.import.done', state)}</p> : null}
      </div>
      {state.step === 'ready' ? (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => void confirm()}>
            {t('standup.import.confirm', { count: state.sessions.length })}
          </button>
          <button type="button" className="button" onClick={() => setState({ step: 'idle' })}>
            {t('standup.import.cancel')}
          </button>
        </div>
      ) : null}
      {state.step === 'issues' ? <IssueTable issues={state.issues} /> : null}
    </section>
  );
}

function IssueTable({ issues }: { issues: ImportIssue[] }) {
  const { t } = useTranslation();
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
          {issues.slice(0, 200).map((issue, i) => (
            <tr key={i}>
              <td>{issue.row || t('standup.import.wholeFile')}</td>
              <td>{issue.field}</td>
              <td>{t(`standup.import.errors.${issue.code}`, issue.params ?? {})}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
