// @vitest-environment jsdom
// The edit forms mounted in the stand-up screen, on a memory store: the change reaches the view and the outbox.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StandupScreen } from '../../../../src/client/features/standup/StandupScreen.tsx';
import { usePlanView } from '../../../../src/client/state/plan-view.ts';
import { actors, ids, planWithOneImage } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from '../ui/render.tsx';

beforeEach(() => usePlanView.setState({ editionId: null, day: null }));

describe('the stand-up edits what it created', () => {
  it('changes a spot and a signature image through their edit forms', async () => {
    const store = await storeWith(await planWithOneImage(), actors.planner);
    await act(async () => void renderIn('en', <StandupScreen actor={actors.planner} />, store));
    const article = await screen.findByRole('article', { name: /Men's 100 m final/ });

    // Closed, the edit form is not mounted: each opening starts from the current row.
    expect(within(article).queryByRole('form', { name: /Edit the spot/ })).toBeNull();
    await userEvent.click(within(article).getByRole('button', { name: 'Edit the spot “Stand C, row 2”' }));
    const spotForm = within(article).getByRole('form', { name: 'Edit the spot “Stand C, row 2”' });
    const where = within(spotForm).getByLabelText(/^Where exactly/);
    await userEvent.clear(where);
    await userEvent.type(where, 'Row 2, seat 14');
    await userEvent.click(within(spotForm).getByRole('button', { name: 'Save the spot' }));
    expect(await within(spotForm).findByText('Saved on this device')).toBeInTheDocument();
    expect(await store.get('spot', ids.spot)).toMatchObject({ description: 'Row 2, seat 14' });
    expect(article).toHaveTextContent('Stand C, row 2 Row 2, seat 14');

    await userEvent.click(within(article).getByRole('button', { name: /^Edit the image/ }));
    const imageForm = within(article).getByRole('form', { name: /^Edit the image/ });
    await userEvent.type(
      within(imageForm).getByLabelText('Cross-post partner (optional)'),
      'World Athletics',
    );
    await userEvent.click(within(imageForm).getByRole('button', { name: 'Save the image' }));
    expect(await within(imageForm).findByText('Saved on this device')).toBeInTheDocument();

    const pending = await store.pending(10);
    expect(pending.map((p) => [p.name, p.args])).toEqual([
      ['spot.update', { id: ids.spot, description: 'Row 2, seat 14' }],
      ['signature.update', { id: ids.image, partner: 'World Athletics' }],
    ]);
  });
});
