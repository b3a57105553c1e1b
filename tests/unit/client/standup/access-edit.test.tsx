// @vitest-environment jsdom
// Editing an access request from the chase list: prefilled, only the changed fields sent, refusals named.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { AccessForm } from '../../../../src/client/features/standup/AccessForm.tsx';
import type { Record } from '../../../../src/client/features/standup/use-record.ts';
import type { AccessRequest } from '../../../../src/shared/domain/index.ts';
import { ids } from '../../shared/fixtures.ts';
import { renderIn } from '../ui/render.tsx';

const access: AccessRequest = {
  id: '00000000-0000-4000-8000-000000000071',
  spotId: ids.spot,
  kind: 'balcony',
  contactName: 'Mme Laurent, 3rd floor',
  contactPhone: '+33 6 00 00 00 00',
  status: 'to-ask',
  notes: 'Rings after 18:00',
};

function edit(language: 'en' | 'fr' = 'en') {
  const record = vi.fn<Record>(async () => true);
  renderIn(
    language,
    <AccessForm access={access} name="Edit the access request of “Balcony”" record={record} />,
  );
  return record;
}
const field = (label: string) => screen.getByLabelText(label);

describe('editing an access request', () => {
  it('is prefilled, and sends access.update with only the changed fields', async () => {
    const record = edit();
    expect(screen.getByRole('form', { name: /Balcony/ })).toBeInTheDocument();
    expect(field('Kind')).toHaveValue('balcony');
    expect(field('Contact')).toHaveValue('Mme Laurent, 3rd floor');
    expect(field('Phone')).toHaveValue('+33 6 00 00 00 00');
    expect(field('Notes')).toHaveValue('Rings after 18:00');
    expect(field('Expires on')).toHaveValue('');

    await userEvent.selectOptions(field('Kind'), 'roof');
    await userEvent.clear(field('Phone'));
    await userEvent.type(field('Phone'), '+33 6 11 11 11 11 ');
    await userEvent.type(field('Expires on'), '2024-08-10');
    await userEvent.click(screen.getByRole('button', { name: 'Save the request' }));
    expect(record.mock.calls).toEqual([
      [
        'access.update',
        {
          id: access.id,
          kind: 'roof',
          contactPhone: '+33 6 11 11 11 11',
          expiresAt: '2024-08-10T23:59:00.000Z',
        },
      ],
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent('Saved on this device');
  });

  it('names an emptied contact and sends nothing', async () => {
    const record = edit('fr');
    await userEvent.clear(field('Contact'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la demande' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Contact : obligatoire.');
    expect(record).not.toHaveBeenCalled();
  });
});
