// The Paris 2024 demo as an import context: its editions, venues and sessions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paris2024Demo } from '../../../src/server/demo/paris2024.ts';
import type { Edition, ScheduleSession, Venue } from '../../../src/shared/domain/index.ts';
import type { DateOrder, ImportContext } from '../../../src/shared/import/index.ts';

const demo = paris2024Demo();
const argsOf = <T>(name: string) => demo.mutations.filter((m) => m.name === name).map((m) => m.args as T);
export const demoEditions = argsOf<Edition>('edition.create');
export const demoVenues = argsOf<Venue>('venue.put');
export const demoSessions = argsOf<ScheduleSession>('session.put').map((s) => ({
  ...s,
  notes: s.notes ?? '',
}));

export function context(sessions: ScheduleSession[] = [], dateOrder?: DateOrder): ImportContext {
  let n = 0;
  return {
    ...(dateOrder ? { dateOrder } : {}),
    editions: demoEditions,
    venues: demoVenues,
    sessions,
    defaultEditionId: demoEditions[0]!.id,
    newId: () => `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}

/** A schedule file the demo ships: `csv`/`ics` for paris2024.*, or a file name in src/server/demo/schedule. */
export const demoFile = (file: string) =>
  readFileSync(
    join(process.cwd(), 'src/server/demo/schedule', /^(csv|ics)$/.test(file) ? `paris2024.${file}` : file),
    'utf8',
  );

export const HEADER = 'ref,sport,event,venue,date,start,end,medal,notes';

/** A case file copied from the shared cases (tests/fixtures/cases/<folder>/<name>), as UTF-8 text. */
export const caseFile = (folder: 'import' | 'export' | 'schedule', name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/cases', folder, name), 'utf8');
