// @vitest-environment jsdom
// The rejected changes in French: translated from their code, the dropped ones counted, oversized args named.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RejectedList } from '../../../../src/client/ui/RejectedList.tsx';
import { renderIn } from './render.tsx';

const AT = '2024-08-04T19:40:00.000Z';

describe('RejectedList', () => {
  it('shows each rejection from its code, the server’s English only as a fallback', () => {
    renderIn(
      'fr',
      <RejectedList
        rejections={[
          {
            id: 3,
            name: 'signature.advance',
            args: null,
            at: AT,
            reason: '4 older rejected changes were not kept by the server',
            code: 'rejections_dropped',
            params: { count: 4 },
          },
          {
            id: 9,
            name: 'signature.note',
            args: { $truncated: { bytes: 1_000_131, head: '{"id":"…' } },
            at: AT,
            reason: 'note: Too big: expected string to have <=1000 characters',
            code: 'invalid_args',
            params: { path: 'note', problem: 'too_long', limit: 1000 },
          },
          { id: 12, name: 'moment.drop', args: { id: 'x' }, at: AT, reason: 'a reason from an older server' },
        ]}
        onDismiss={() => {}}
        onClose={() => {}}
      />,
    );
    expect(
      screen.getByText(
        '4 modifications refusées plus anciennes n’ont pas été gardées par le serveur (trop nombreuses).',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Refusé : Note : 1000 caractères au plus.')).toBeInTheDocument();
    expect(
      screen.getByText('La modification était trop volumineuse pour être gardée (1 Mo).'),
    ).toBeInTheDocument();
    expect(screen.getByText('Refusé : a reason from an older server')).toBeInTheDocument();
    expect(screen.queryByText(/Too big/)).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Ignorer' })).toHaveLength(3);
  });
});
