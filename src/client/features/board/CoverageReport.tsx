// The coverage report: sides × days × editions, captured against planned, with filters and a CSV export.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../shared/domain/entities.ts';
import type { ReportFilters, ReportInput } from '../../../shared/domain/report.ts';
import { coverageReport, reportChoices } from '../../../shared/domain/report.ts';
import { formatDay } from '../../ui/time.ts';
import { CoverageTable } from './CoverageTable.tsx';
import { downloadText } from './download.ts';
import type { CsvDelimiter } from './report-csv.ts';
import { csvDelimiterFor, reportCsv } from './report-csv.ts';
import { formatLocale } from '../../i18n/format-locale.ts';

export interface CoverageReportProps {
  input: ReportInput;
  venues: readonly Entity<'venue'>[];
  members: readonly Entity<'member'>[];
}

export function CoverageReport({ input, venues, members }: CoverageReportProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [filters, setFilters] = useState<ReportFilters>({});
  // `;` for a French screen (Excel in French splits on it), `,` in English; the user may choose.
  const [chosenDelimiter, setDelimiter] = useState<CsvDelimiter | null>(null);
  const delimiter = chosenDelimiter ?? csvDelimiterFor(formatLocale(i18n.language));
  const report = useMemo(() => coverageReport(input, filters), [input, filters]);
  const choices = reportChoices(input.moments);
  const creators = members.filter((m) => m.role === 'creator').sort((a, b) => a.name.localeCompare(b.name));
  const venueName = (venueId: string) => venues.find((v) => v.id === venueId)?.name ?? venueId;
  const editionName = (e: Entity<'edition'>) => `${e.name} (${t(`edition.${e.type}`)})`;

  function exportCsv() {
    const csv = reportCsv(
      report,
      {
        headers: [
          t('board.report.csv.edition'),
          t('board.report.csv.day'),
          t('board.report.csv.side'),
          t('board.report.csv.planned'),
          t('board.report.csv.captured'),
          t('board.report.csv.missed'),
          t('board.report.csv.share'),
        ],
        edition: editionName,
        side: (side) => (side === 'all' ? t('board.report.allImages') : t(`side.${side as 'sport'}`)),
        wholeEdition: t('board.report.wholeEdition'),
      },
      delimiter,
    );
    downloadText(t('board.report.filename'), csv);
  }

  const select = (key: keyof ReportFilters, label: string, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filters[key] ?? ''}
        onChange={(e) => setFilters((f) => ({ ...f, [key]: e.target.value }))}
      >
        <option value="">{t('board.report.all')}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <section aria-labelledby={id} className="board-section">
      <h2 id={id}>{t('board.report.heading')}</h2>
      <div className="report-filters" role="group" aria-label={t('board.report.filters')}>
        {select(
          'venueId',
          t('board.report.venue'),
          choices.venueIds
            .map((v) => [v, venueName(v)] as [string, string])
            .sort((a, b) => a[1].localeCompare(b[1])),
        )}
        {select(
          'sport',
          t('board.report.sport'),
          choices.sports.map((s) => [s, s]),
        )}
        {select(
          'creatorId',
          t('board.report.creator'),
          creators.map((m) => [m.id, m.name]),
        )}
      </div>
      <div className="button-row">
        <div className="field">
          <label htmlFor={`${id}-separator`}>{t('board.report.separator')}</label>
          <select
            id={`${id}-separator`}
            value={delimiter}
            onChange={(e) => setDelimiter(e.target.value as CsvDelimiter)}
          >
            <option value=";">{t('board.report.separatorSemicolon')}</option>
            <option value=",">{t('board.report.separatorComma')}</option>
          </select>
        </div>
        <button type="button" className="button button-primary" onClick={exportCsv}>
          {t('board.report.export')}
        </button>
      </div>
      {report.map((coverage) => (
        <CoverageTable
          key={coverage.edition.id}
          coverage={coverage}
          caption={editionName(coverage.edition)}
          dayLabel={(day) => formatDay(day, formatLocale(i18n.language))}
        />
      ))}
    </section>
  );
}
