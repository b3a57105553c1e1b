// Imports the competition schedule: validates every row in the browser, then ONE schedule.import or nothing.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edition, ScheduleSession, Venue } from '../../../shared/domain/index.ts';
import type { DateOrder, ImportIssue, ImportResult } from '../../../shared/import/index.ts';
import type { FeedArgs, FeedPreview, OdfIssue, OdfNotice } from '../../../shared/import/odf/index.ts';
import { ImportDates } from './ImportDates.tsx';
import { readOdfFile, looksLikeOdf } from './odf-file.ts';
import { odfCounts, OdfIssues, OdfNotices, OdfUnknownCodes } from './OdfImport.tsx';
import { ImportIssues, ImportNotices } from './ImportIssues.tsx';
import { countsText, dateOrderOf } from './import-text.ts';
import type { Encoding } from './read-schedule-file.ts';
import { accentSample, readScheduleFile } from './read-schedule-file.ts';
import type { Record } from './use-record.ts';
import { newId } from './use-record.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

/** The parsers (papaparse, ical.js, windows-iana…) load when a file is picked, not with the screen. */
const loadParsers = () => import('../../../shared/import/index.ts');
/** The ODF reader (saxes) too, in its own chunk. */
const loadOdf = () => import('../../../shared/import/odf/index.ts');

interface Props {
  edition: Edition;
  editions: readonly Edition[];
  venues: readonly Venue[];
  sessions: readonly ScheduleSession[];
  record: Record;
}

/** A file read: kept so a change of date order reads it again without picking it again. */
interface Picked {
  name: string;
  text: string;
  encoding: Encoding;
}

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'refused'; issues: ImportIssue[] }
  | { step: 'read'; file: Picked; result: ImportResult }
  | { step: 'done'; created: number; updated: number; unchanged: number }
  | { step: 'odf'; message: OdfMessage; args: FeedArgs; preview: FeedPreview; notices: OdfNotice[] }
  | { step: 'odfRefused'; issues: OdfIssue[] }
  | { step: 'odfDone'; preview: FeedPreview };

interface OdfMessage {
  type: string;
  version: number;
  competition: string;
  count: number;
}

export function ImportPanel({ edition, editions, venues, sessions, record }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [chosenOrder, setChosenOrder] = useState<DateOrder | null>(null);
  // Fetched while the planner looks for the file, so reading it does not wait on the network.
  useEffect(() => {
    void loadParsers();
    void loadOdf();
  }, []);
  const locale = formatLocale(i18n.language);
  const dateOrder = chosenOrder ?? dateOrderOf(locale);

  async function check(file: Picked, order: DateOrder) {
    const { importSchedule } = await loadParsers();
    const result = importSchedule(file.name, file.text, {
      editions,
      venues,
      sessions,
      defaultEditionId: edition.id,
      newId,
      dateOrder: order,
    });
    setState({ step: 'read', file, result });
  }

  async function onFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Picking the same file again (fixed in the spreadsheet meanwhile) must fire a change: forget this one.
    input.value = '';
    if (!file) return;
    setState({ step: 'reading' });
    if (looksLikeOdf(file.name)) return checkOdf(file);
    const read = await readScheduleFile(file);
    if (!read.ok) return setState({ step: 'refused', issues: [read.issue] });
    await check({ name: file.name, text: read.text, encoding: read.encoding }, dateOrder);
  }

  /** An official schedule message: read, matched to the plan on this device, shown before it is applied. */
  async function checkOdf(file: File) {
    const text = await readOdfFile(file);
    if (!text.ok) return setState({ step: 'odfRefused', issues: [text.issue] });
    const odf = await loadOdf();
    const read = odf.readOdfSchedule(text.text);
    if (!read.ok) return setState({ step: 'odfRefused', issues: read.issues });
    const built = odf.feedArgs(read, { editions, newId });
    if (!built.ok) return setState({ step: 'odfRefused', issues: built.issues });
    const message = {
      type: read.header.type,
      version: read.header.version,
      competition: read.header.competition,
      count: read.units.length,
    };
    const preview = odf.previewFeed(built.args, { venues, sessions });
    setState({ step: 'odf', message, args: built.args, preview, notices: read.notices });
  }

  async function applyOdf() {
    if (state.step !== 'odf') return;
    if (await record('schedule.feed', state.args)) setState({ step: 'odfDone', preview: state.preview });
  }

  function chooseOrder(order: DateOrder) {
    setChosenOrder(order);
    if (state.step === 'read') void check(state.file, order);
  }

  async function confirm() {
    if (state.step !== 'read' || !state.result.ok) return;
    const { sessions: changed, created, updated, unchanged } = state.result;
    if (await record('schedule.import', { sessions: changed }))
      setState({ step: 'done', created, updated, unchanged });
  }

  const result = state.step === 'read' ? state.result : undefined;
  return (
    <section className="standup-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('standup.import.heading')}</h2>
      <p className="muted" id={`${id}-help`}>
        {t('standup.import.layout')} {t('schedule.odf.help')}
      </p>
      <label htmlFor={`${id}-file`}>{t('standup.import.file')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.tsv,.txt,.ics,.xml,text/csv,text/tab-separated-values,text/calendar,application/xml,text/xml"
        aria-describedby={`${id}-help`}
        onChange={(e) => void onFile(e.currentTarget)}
      />
      <div role="status">
        {state.step === 'reading' ? <p>{t('standup.import.reading')}</p> : null}
        {result?.ok ? (
          <p>
            {result.sessions.length > 0
              ? t('standup.import.ready', { summary: countsText(t, result) })
              : t('standup.import.nothingToImport', { summary: countsText(t, result) })}
          </p>
        ) : null}
        {state.step === 'odf' ? (
          <>
            <p>{t('schedule.odf.message', { ...state.message })}</p>
            <p>
              {state.preview.created + state.preview.updated + state.preview.unchanged > 0
                ? t('schedule.odf.ready', { summary: odfCounts(t, state.preview) })
                : t('schedule.odf.nothing', { summary: odfCounts(t, state.preview) })}
            </p>
          </>
        ) : null}
        {state.step === 'odfDone' ? (
          <p className="panel panel-info">
            {t('schedule.odf.done', { summary: odfCounts(t, state.preview) })}
          </p>
        ) : null}
        {state.step === 'done' ? (
          <p className="panel panel-info">{t('standup.import.done', { summary: countsText(t, state) })}</p>
        ) : null}
      </div>
      {state.step === 'read' && state.file.encoding === 'windows-1252' ? (
        <p className="panel panel-info">
          {t('standup.import.encoding', { sample: accentSample(state.file.text) })}
        </p>
      ) : null}
      {result?.ok && result.dates ? (
        <ImportDates dates={result.dates} locale={locale} onChoose={chooseOrder} />
      ) : null}
      {state.step === 'odf' && state.preview.unknownCodes.length > 0 ? (
        <OdfUnknownCodes codes={state.preview.unknownCodes} />
      ) : null}
      {state.step === 'odf' &&
      state.preview.unknownCodes.length === 0 &&
      state.preview.created + state.preview.updated + state.preview.unchanged > 0 ? (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => void applyOdf()}>
            {t('schedule.odf.confirm')}
          </button>
          <button type="button" className="button" onClick={() => setState({ step: 'idle' })}>
            {t('standup.import.cancel')}
          </button>
        </div>
      ) : null}
      {state.step === 'odf' ? <OdfNotices notices={state.notices} /> : null}
      {state.step === 'odfRefused' ? <OdfIssues issues={state.issues} /> : null}
      {result?.ok && result.sessions.length > 0 ? (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => void confirm()}>
            {t('standup.import.confirm', { count: result.sessions.length })}
          </button>
          <button type="button" className="button" onClick={() => setState({ step: 'idle' })}>
            {t('standup.import.cancel')}
          </button>
        </div>
      ) : null}
      {result && !result.ok ? <ImportIssues issues={result.issues} venues={venues} /> : null}
      {state.step === 'refused' ? <ImportIssues issues={state.issues} venues={venues} /> : null}
      {result?.notices?.length ? <ImportNotices notices={result.notices} /> : null}
    </section>
  );
}
