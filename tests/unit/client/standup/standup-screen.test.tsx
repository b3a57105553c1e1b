// @vitest-environment jsdom
// The stand-up screen on a memory store: import, choose, the 6th-moment warning, a double booking.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StandupScreen } from '../../../../src/client/features/standup/StandupScreen.tsx';
import { usePlanView } from '../../../../src/client/state/plan-view.ts';
import type { TableLocalStore } from '../../../../src/client/storage/table-store.ts';
import { actors, ids, planWithOneImage, triangle } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from '../ui/render.tsx';

const HEADER = 'ref,sport,event,venue,date,start,end,medal,notes';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function standup(language: 'en' | 'fr' = 'en') {
  const store = await storeWith(await planWithOneImage(), actors.planner);
  await act(async () => void renderIn(language, <StandupScreen actor={actors.planner} />, store));
  // The printed day sheet's own heading is hidden on screen by CSS, which jsdom does not apply.
  await screen.findByRole('heading', { level: 1, name: /^(Stand-up|Point du matin) / });
  return store;
}

const upload = (text: string, name = 'schedule.csv') =>
  userEvent.upload(screen.getByLabelText('Schedule file (CSV, iCalendar or ODF)'), new File([text], name));

async function addMoment(store: TableLocalStore, n: number, keyMomentAt = '2024-08-04T12:00:00Z') {
  await store.mutate(
    'moment.create',
    {
      id: uuid(n),
      editionId: ids.olympic,
      venueId: ids.stade,
      day: '2024-08-04',
      title: `Moment ${n}`,
      sport: 'Athletics',
      why: { kind: 'iconic', text: 'iconic' },
      keyMomentAt,
      angles: triangle,
    },
    actors.planner,
  );
}

beforeEach(() => usePlanView.setState({ editionId: null, day: null }));

describe('the stand-up screen', () => {
  it('shows every bad row of a schedule file and queues nothing', async () => {
    const store = await standup();
    await upload(
      `${HEADER}\nA,Athletics,Final,Stade de Nowhere,2024-08-04,21:00,22:00,yes,\nB,Athletics,Heat,Stade de France,2024-13-01,10:00,11:00,no,`,
    );
    // The parsers load on demand (their own chunk): the first file may take a moment.
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Nothing imported: 2 problems');
    const rows = within(alert).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '2venue (D)Unknown venue “Stade de Nowhere”: use a venue name as the app lists it (below).',
      '3date (E)“2024-13-01” is not a date: write 2024-08-04, 04/08/2024 or 04.08.2024.',
    ]);
    expect(await store.pending(10)).toEqual([]);
  });

  it('refuses a file in no encoding it can read (UTF-8, UTF-16, Windows-1252)', async () => {
    const store = await standup('fr');
    // 0x81 has no character in Windows-1252 and is no UTF-8.
    await userEvent.upload(
      screen.getByLabelText('Fichier du programme (CSV, iCalendar ou ODF)'),
      new File([new Uint8Array([0x72, 0x65, 0x66, 0x0a, 0x81, 0x74, 0xe9])], 'unknown.csv'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('enregistrez le fichier en « CSV UTF-8 »');
    expect(await store.pending(10)).toEqual([]);
  });

  it('imports a valid file as one mutation after confirmation, then lists the candidates of the day', async () => {
    const store = await standup();
    await upload(
      `${HEADER}\nATH-M100-F,Athletics,Men’s 100 m final,Stade de France,2024-08-04,21:50,21:55,yes,\nSRF,Surfing,Final,Teahupo'o,2024-08-04,08:00,12:00,yes,`,
    );
    expect(
      await screen.findByText(/^2 new sessions\. Nothing is imported until you confirm\.$/),
    ).toBeInTheDocument();
    expect(await store.pending(10)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Import 2 sessions' }));
    const pending = await store.pending(10);
    expect(pending.map((p) => p.name)).toEqual(['schedule.import']);
    const candidates = await screen.findByRole('region', { name: 'Candidates of the day' });
    expect(candidates).toHaveTextContent('Men’s 100 m final');
    // Surfing at Teahupo'o at 08:00 local is 20:00 in Paris: still 4 August there.
    expect(candidates).toHaveTextContent('Final');
    await userEvent.click(within(candidates).getByLabelText('Medal events only'));
    await userEvent.selectOptions(within(candidates).getByLabelText('Sport'), 'Surfing');
    expect(within(candidates).queryByText(/Men’s 100 m final/)).toBeNull();
  });

  it('chooses a candidate with why it matters, and warns past 5 moments', async () => {
    const store = await standup();
    await store.mutate(
      'schedule.import',
      {
        sessions: [
          {
            id: uuid(700),
            editionId: ids.olympic,
            venueId: ids.stade,
            ref: 'ATH-MPV-F',
            sport: 'Athletics',
            event: 'Men’s pole vault final',
            startsAt: '2024-08-04T17:00:00Z',
            endsAt: '2024-08-04T20:00:00Z',
            medal: true,
            notes: '',
          },
        ],
      },
      actors.planner,
    );
    const candidates = await screen.findByRole('region', { name: 'Candidates of the day' });
    await userEvent.click(await within(candidates).findByRole('button', { name: /^Choose/ }));
    const form = screen.getByRole('form', { name: 'Choose “Men’s pole vault final”' });
    await userEvent.click(within(form).getByLabelText('A great athlete with a date with history'));
    await userEvent.click(within(form).getByRole('button', { name: 'Add to the plan' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Why (the date with history, or what makes it iconic): required.',
    );
    await userEvent.type(within(form).getByLabelText('Athlete'), 'Armand Duplantis');
    await userEvent.type(within(form).getByLabelText(/^Why/), 'A world record attempt');
    await userEvent.click(within(form).getByRole('button', { name: 'Add to the plan' }));
    const article = await screen.findByRole('article', { name: /Men’s pole vault final/ });
    expect(article).toHaveTextContent('Armand Duplantis: a date with history. A world record attempt');
    const moment = (await store.list('moment')).find((m) => m.sessionId === uuid(700))!;
    expect(moment).toMatchObject({ rank: 2, keyMomentAt: '2024-08-04T17:00:00.000Z' });

    expect(screen.queryByText(/past 5 the team loses control/)).toBeNull();
    for (const n of [901, 902, 903, 904]) await addMoment(store, n);
    expect(
      await screen.findByText('6 moments: past 5 the team loses control of its story. Keep 4 or 5.'),
    ).toBeInTheDocument();
  });

  it('warns of a double booking and of travel that cannot fit, and shows each creator’s load', async () => {
    const store = await standup();
    await addMoment(store, 901, '2024-08-04T19:30:00Z');
    const article = await screen.findByRole('article', { name: /Moment 901/ });
    await userEvent.selectOptions(within(article).getByLabelText('Creator'), 'Léa');
    await userEvent.click(within(article).getByRole('button', { name: 'Assign' }));
    const people = screen.getByRole('region', { name: 'People' });
    expect(await within(people).findByText(/Double booking: Léa is on/)).toBeInTheDocument();
    expect(people).toHaveTextContent('Léa: 2 moments');
    expect(people).toHaveTextContent('12 km/h');
  });

  it('adjusts a moment: why it matters and the key time at the venue', async () => {
    const store = await standup();
    const article = await screen.findByRole('article', { name: /Men's 100 m final/ });
    await userEvent.click(within(article).getByText('Adjust the moment'));
    const athlete = within(article).getByLabelText(/^Athlete with a date with history/);
    await userEvent.clear(athlete);
    await userEvent.type(athlete, 'Noah Lyles');
    const time = within(article).getByLabelText('Key moment (venue local time)');
    await userEvent.clear(time);
    await userEvent.type(time, '21:55');
    await userEvent.click(within(article).getByRole('button', { name: 'Save the moment' }));
    expect(await within(article).findByText('Saved on this device')).toBeInTheDocument();
    expect(await store.get('moment', ids.m100)).toMatchObject({
      why: { kind: 'athlete', athlete: 'Noah Lyles' },
      keyMomentAt: '2024-08-04T19:55:00.000Z',
    });
  });

  it('shows the coverage strip of the day: planned sides and missing ones', async () => {
    await standup('fr');
    const strip = await screen.findByRole('region', { name: 'Couverture de la journée' });
    expect(strip).toHaveTextContent(/Sport ?1 image(?!s)/);
    expect(within(strip).getAllByRole('listitem')).toHaveLength(3);
  });
});
