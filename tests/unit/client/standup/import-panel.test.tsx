// @vitest-environment jsdom
// The import panel as a planner uses it: counts with plurals (FR/EN), re-picking a file, date order, encodings, notices.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportPanel } from '../../../../src/client/features/standup/ImportPanel.tsx';
import type { Language } from '../../../../src/client/i18n/index.ts';
import type { ScheduleSession } from '../../../../src/shared/domain/index.ts';
import { importSchedule } from '../../../../src/shared/import/index.ts';
import { caseFile, context, demoEditions, demoVenues } from '../../shared/import-fixtures.ts';
import { renderIn } from '../ui/render.tsx';

const FILE_LABEL = {
  en: 'Schedule file (CSV, iCalendar or ODF)',
  fr: 'Fichier du programme (CSV, iCalendar ou ODF)',
};
const HEADER = 'ref,sport,event,venue,date,start,end';

function panel(language: Language = 'en', sessions: ScheduleSession[] = []) {
  const record = vi.fn(async () => true);
  renderIn(
    language,
    <ImportPanel
      edition={demoEditions[0]!}
      editions={demoEditions}
      venues={demoVenues}
      sessions={sessions}
      record={record}
    />,
  );
  const input = screen.getByLabelText(FILE_LABEL[language]) as HTMLInputElement;
  const upload = (content: string | Uint8Array, name = 'schedule.csv') =>
    act(() => userEvent.upload(input, new File([content as BlobPart], name)));
  return { record, input, upload };
}

/** The sessions a first import of `text` would have written (the device's state before a re-import). */
function imported(text: string, name = 'schedule.csv'): ScheduleSession[] {
  const r = importSchedule(name, text, context());
  if (!r.ok) throw new Error('fixture refused');
  return r.sessions;
}

describe('the import panel', () => {
  // The panel loads the parsers on demand: load them once here so no test waits on the transform.
  beforeAll(async () => void (await import('../../../../src/shared/import/index.ts')));

  it('says "44 unchanged" for a re-import of the real schedule that changes nothing, and sends nothing', async () => {
    const real = caseFile('schedule', 'paris2024-real.csv');
    const { record, upload } = panel('en', imported(real));
    await upload(real);
    expect(await screen.findByText('44 unchanged: nothing to import.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).toBeNull();
    expect(record).not.toHaveBeenCalled();
  });

  it('says "1 inchangée" in French for one unchanged session', async () => {
    const text = `${HEADER}\nA,Athletics,Heat,Stade de France,2024-08-04,10:00,11:00`;
    panel('fr', imported(text));
    await act(() =>
      userEvent.upload(screen.getByLabelText(FILE_LABEL.fr), new File([text], 'programme.csv')),
    );
    expect(await screen.findByText('1 inchangée : rien à importer.')).toBeInTheDocument();
  });

  it('counts new, updated and unchanged in French with i18next plurals', async () => {
    const text = `${HEADER}\nA,Athletics,Heat,Stade de France,2024-08-04,10:00,11:00\nB,Athletics,Heat,Stade de France,2024-08-04,12:00,13:00\nC,Athletics,Heat,Stade de France,2024-08-04,14:00,15:00`;
    const before = imported(text)
      .filter((s) => s.ref !== 'C')
      .map((s) => (s.ref === 'B' ? { ...s, event: 'Old' } : s));
    const { record, upload } = panel('fr', before);
    await upload(text);
    expect(
      await screen.findByText(
        '1 nouvelle session, 1 mise à jour, 1 inchangée. Rien n’est importé avant votre confirmation.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Importer 2 sessions' }));
    expect(record).toHaveBeenCalledTimes(1);
    const [name, args] = record.mock.calls[0] as unknown as [string, { sessions: ScheduleSession[] }];
    expect([name, args.sessions.map((s) => s.ref)]).toEqual(['schedule.import', ['B', 'C']]);
    expect(
      await screen.findByText('Importé : 1 nouvelle session, 1 mise à jour, 1 inchangée.'),
    ).toBeInTheDocument();
  });

  it('re-reads the same file picked again after fixing it (the input forgets the last pick)', async () => {
    const { input, upload } = panel();
    await upload(`${HEADER}\nA,Athletics,Heat,Stade de Nowhere,2024-08-04,10:00,11:00`);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Nothing imported: 1 problem to fix in the file.',
    );
    expect(input.value).toBe('');
    await upload(`${HEADER}\nA,Athletics,Heat,Stade de France,2024-08-04,10:00,11:00`);
    expect(await screen.findByRole('button', { name: 'Import 1 session' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names an unknown venue with its hidden characters, and lists the venues the app knows', async () => {
    const { upload } = panel();
    await upload(`${HEADER}\nA,Athletics,Heat,Stade de Fran\u0441e,2024-08-04,10:00,11:00`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('characters that look like others: Stade de Fran[U+0441]e');
    expect(alert).toHaveTextContent(
      /Venues the app knows: Bercy Arena, .*Vaires-sur-Marne Nautical Stadium\./,
    );
  });

  it('names how ambiguous dates were read, and reads the file again in the order chosen', async () => {
    const { upload } = panel('fr');
    await upload(caseFile('import', 'spreadsheet-fr-dates-seconds.csv'));
    expect(
      await screen.findByText('Dates lues jour/mois : 04/08/2024 est le 4 août 2024.'),
    ).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Lire les dates en'), 'month-first');
    expect(
      await screen.findByText('Dates lues mois/jour : 04/08/2024 est le 8 avril 2024.'),
    ).toBeInTheDocument();
  });

  it('says which line proves the order when the file does', async () => {
    const { upload } = panel();
    await upload(
      `${HEADER}\nA,Athletics,Heat,Stade de France,04/08/2024,10:00,11:00\nB,Athletics,Heat,Stade de France,25/07/2024,10:00,11:00`,
    );
    expect(
      await screen.findByText('Dates read as day/month: 04/08/2024 is August 4, 2024.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Line 3 has 25/07/2024, which reads only one way.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Read the dates as')).toBeNull();
  });

  it('reads a Windows-1252 spreadsheet (Excel’s plain CSV) and asks to check its accents', async () => {
    const text = `ref;sport;event;venue;date;start;end\nA;Athl\u00e9tisme;Finale;Trocad\u00e9ro;04/08/2024;21:50;22:05`;
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const { upload } = panel();
    await upload(bytes);
    expect(
      await screen.findByText(/read as Windows-1252 .* Check the accents: Athlétisme, Trocadéro\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 1 session' })).toBeInTheDocument();
  });

  it('lists the calendar events left out (all-day, cancelled) before the planner confirms', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:rest-day',
      'SUMMARY:Rest day',
      'LOCATION:Bercy Arena',
      'DTSTART;VALUE=DATE:20240803',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:heat',
      'SUMMARY:Heat',
      'CATEGORIES:Judo',
      'LOCATION:Bercy Arena',
      'DTSTART:20240804T080000Z',
      'DTEND:20240804T090000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { upload } = panel();
    await upload(ics, 'calendar.ics');
    const notes = (await screen.findByRole('heading', { name: 'Notes on this file' })).parentElement!;
    expect(within(notes).getByRole('listitem')).toHaveTextContent(
      'Line 3 (UID rest-day): All-day event “Rest day”: not imported (a session needs a start time).',
    );
    expect(screen.getByRole('button', { name: 'Import 1 session' })).toBeInTheDocument();
  });
});
