// The ODF sample messages (tests/fixtures/odf, see SOURCES.md there) and a small message builder for hostile inputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../../../src/shared/domain/edition.ts';

export const ODF_DIR = join(import.meta.dirname, '../../fixtures/odf');

/** A sample message's text: tri-schedule.xml, tri-update-1-rescheduled.xml… */
export function odfFile(name: string): string {
  return readFileSync(join(ODF_DIR, name), 'utf8');
}

/** The unit codes (RSC) of the samples. */
export const RSC = {
  triMen: 'TRIMINDIVIDUAL--------FNL-000100--',
  triWomen: 'TRIWINDIVIDUAL--------FNL-000100--',
  surfMenGold: 'SRFMSHORTBOARD--------FNL-000100--',
  surfMenSemi: 'SRFMSHORTBOARD--------SFNL000100--',
  surfWomenGold: 'SRFWSHORTBOARD--------FNL-000100--',
  iqfoilWomen: 'SALWIQFOIL------------FNL-000100--',
  iqfoilMen: 'SALMIQFOIL------------FNL-000100--',
  highJump: 'ATHWHIGHJUMP----------FNL-000100--',
  m100: 'ATHM100M--------------FNL-000100--',
} as const;

export const OLYMPIC_2024: Edition = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'olympic',
  name: 'Paris 2024',
  startDay: '2024-07-26',
  endDay: '2024-08-11',
  timeZone: 'Europe/Paris',
};

export interface UnitSpec {
  code?: string;
  status?: string;
  start?: string;
  end?: string;
  venue?: string;
  location?: string;
  name?: string;
  extra?: string;
}

/** A DT_SCHEDULE(_UPDATE) message around `units`, for inputs no real feed would send. */
export function odfMessage(
  units: UnitSpec[],
  header: Partial<Record<'type' | 'version' | 'date' | 'time' | 'competition' | 'flag', string>> = {},
): string {
  const h = {
    type: 'DT_SCHEDULE_UPDATE',
    version: '1',
    date: '2024-07-30',
    time: '050000000',
    competition: 'OG2024',
    flag: 'P',
    ...header,
  };
  const body = units
    .map((u) => {
      const attrs = [
        `Code="${u.code ?? 'TRIMINDIVIDUAL--------FNL-000100--'}"`,
        `ScheduleStatus="${u.status ?? 'SCHEDULED'}"`,
        u.start === '' ? '' : `StartDate="${u.start ?? '2024-07-30T08:00:00+02:00'}"`,
        u.end === '' ? '' : `EndDate="${u.end ?? '2024-07-30T10:00:00+02:00'}"`,
        `Venue="${u.venue ?? 'ALX'}"`,
        u.location ? `Location="${u.location}"` : '',
        u.extra ?? '',
      ].filter(Boolean);
      return `    <Unit ${attrs.join(' ')}>\n      <ItemName Language="ENG" Value="${u.name ?? "Men's Individual"}"/>\n    </Unit>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<OdfBody CompetitionCode="${h.competition}" DocumentCode="TRI-------------------------------" DocumentType="${h.type}" Version="${h.version}" FeedFlag="${h.flag}" Date="${h.date}" Time="${h.time}" LogicalDate="${h.date}" Source="PDJTEST">
  <Competition>
${body}
  </Competition>
</OdfBody>
`;
}
