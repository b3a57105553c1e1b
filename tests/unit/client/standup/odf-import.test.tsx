// @vitest-environment jsdom
// An official schedule file (ODF) at the stand-up: what it would do, unknown venue codes, refusals; and the admins' code table.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportPanel } from '../../../../src/client/features/standup/ImportPanel.tsx';
import { VenueCodes } from '../../../../src/client/features/standup/VenueCodes.tsx';
import type { Language } from '../../../../src/client/i18n/index.ts';
import type { Venue } from '../../../../src/shared/domain/index.ts';
import { odfFile, odfMessage } from '../../shared/odf-fixtures.ts';
import { demoEditions, demoVenues } from '../../shared/import-fixtures.ts';
import { renderIn } from '../ui/render.tsx';

const FILE = {
  en: 'Schedule file (CSV, iCalendar or ODF)',
  fr: 'Fichier du programme (CSV, iCalendar ou ODF)',
};
const ALEX = demoVenues.find((v) => v.name === 'Pont Alexandre III')!;

function panel(language: Language = 'en', venues: Venue[] = [{ ...ALEX, odfCodes: ['ALX'] }]) {
  const record = vi.fn(async () => true);
  renderIn(
    language,
    <ImportPanel
      edition={demoEditions[0]!}
      editions={demoEditions}
      venues={venues}
      sessions={[]}
      record={record}
    />,
  );
  const upload = (content: string, name = 'tri.xml') =>
    act(() => userEvent.upload(screen.getByLabelText(FILE[language]), new File([content], name)));
  return { record, upload };
}

describe('ODF files in the import panel', () => {
  beforeAll(async () => void (await import('../../../../src/shared/import/odf/index.ts')));

  it('reads a DT_SCHEDULE, counts what it would do, and applies it as ONE schedule.feed', async () => {
    const { record, upload } = panel();
    await upload(odfFile('tri-schedule.xml'));
    expect(await screen.findByText('DT_SCHEDULE version 1, OG2024: 2 units.')).toBeInTheDocument();
    expect(
      screen.getByText(/^2 new sessions\. Moments on the sessions that move follow them\./),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Apply the official schedule' }));
    expect(record).toHaveBeenCalledTimes(1);
    expect(record).toHaveBeenCalledWith(
      'schedule.feed',
      expect.objectContaining({
        type: 'DT_SCHEDULE',
        version: 1,
        units: [
          expect.objectContaining({ ref: 'TRIMINDIVIDUAL--------FNL-000100--', venue: 'ALX' }),
          expect.objectContaining({ ref: 'TRIWINDIVIDUAL--------FNL-000100--' }),
        ],
      }),
    );
    expect(await screen.findByText('Applied: 2 new sessions.')).toBeInTheDocument();
  });

  it('names a venue code no venue holds, in French, and offers nothing to apply', async () => {
    const { record, upload } = panel('fr', [ALEX]);
    await upload(odfFile('tri-schedule.xml'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Aucun site n’a le code ODF ALX/ALX (unité TRIMINDIVIDUAL--------FNL-000100--)',
    );
    expect(screen.queryByRole('button', { name: 'Appliquer le programme officiel' })).toBeNull();
    expect(record).not.toHaveBeenCalled();
  });

  it('refuses a DTD, another message type and malformed XML, each named', async () => {
    const { record, upload } = panel();
    await upload('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<OdfBody/>');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'line 2: The file declares a DTD (DOCTYPE): ODF messages have none',
    );
    await upload(odfMessage([{}], { type: 'DT_RESULT' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This is a DT_RESULT message');
    await upload('<OdfBody><Competition></OdfBody>');
    expect(await screen.findByRole('alert')).toHaveTextContent('Not well-formed XML');
    expect(record).not.toHaveBeenCalled();
  });

  it('names UNSCHEDULED units it leaves out', async () => {
    const { upload } = panel('en', [
      { ...demoVenues.find((v) => v.name === 'Stade de France')!, odfCodes: ['STA'] },
    ]);
    await upload(odfFile('ath-schedule.xml'));
    expect(
      await screen.findByText(/ATHM100M--------------SFNL000300--: UNSCHEDULED, left out/),
    ).toBeInTheDocument();
  });
});

describe('the venues’ ODF codes (admins)', () => {
  it('saves the codes typed, upper-cased, through venue.codes', async () => {
    const record = vi.fn(async () => true);
    renderIn('en', <VenueCodes venues={[ALEX]} record={record} />);
    await userEvent.click(screen.getByText('Official feed codes of the venues'));
    const field = screen.getByLabelText('Pont Alexandre III: ODF codes');
    await userEvent.type(field, 'alx, pa3');
    await userEvent.click(screen.getByRole('button', { name: 'Save the codes of Pont Alexandre III' }));
    expect(record).toHaveBeenCalledWith('venue.codes', { id: ALEX.id, odfCodes: ['ALX', 'PA3'] });
    expect(within(field.closest('form')!).getByRole('textbox')).toHaveValue('ALX PA3');
  });
});
