// @vitest-environment jsdom
// The day screen on a memory store: the moment, its spot, people and image, and the taps a role may make.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DayScreen } from '../../../../src/client/features/day/DayScreen.tsx';
import { usePlanView } from '../../../../src/client/state/plan-view.ts';
import type { Actor } from '../../../../src/shared/mutations/types.ts';
import { actors, ids, planWithOneImage } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from '../ui/render.tsx';

async function dayAs(actor: Actor, language: 'en' | 'fr' = 'en') {
  const store = await storeWith(await planWithOneImage(), actor);
  await act(async () => void renderIn(language, <DayScreen actor={actor} />, store));
  return store;
}

const IMAGE = 'The crowd rising as the winner crosses the line';

beforeEach(() => usePlanView.setState({ editionId: null, day: null }));

describe('the day screen', () => {
  it('opens on the first planned day and shows the moment as an article', async () => {
    await dayAs(actors.lea);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Plan de jeu of Sunday, August 4' }),
    ).toBeInTheDocument();
    const article = screen.getByRole('article', { name: "Men's 100 m final" });
    expect(article).toHaveTextContent('Stade de France, Saint-Denis');
    expect(within(article).getByText('9:50 PM')).toBeInTheDocument();
    expect(article).toHaveTextContent('The most watched ten seconds of the Games');
    expect(article).toHaveTextContent('The triangle');
    expect(article).toHaveTextContent('the stands standing up');
    expect(article).not.toHaveTextContent('Disability');
    expect(article).toHaveTextContent('Stand C, row 2');
    expect(article).toHaveTextContent('No access needed');
    expect(article).toHaveTextContent('Léa');
    expect(within(article).getByRole('heading', { name: IMAGE })).toBeInTheDocument();
    expect(article).toHaveTextContent('Status: Planned');
    expect(screen.getByRole('combobox', { name: 'Day' })).toHaveValue('2024-08-04');
  });

  it('lets the assigned creator say "in position", kept as waiting on this phone', async () => {
    const store = await dayAs(actors.lea);
    const actions = await screen.findByRole('group', { name: `Mark “${IMAGE}”` });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['In position', 'Captured', 'Missed']);
    await userEvent.click(within(actions).getByRole('button', { name: 'In position' }));
    expect(await screen.findByText('Waiting on this phone')).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveTextContent('Status: In position');
    const [pending] = await store.pending(10);
    expect(pending).toMatchObject({ name: 'signature.advance', args: { id: ids.image, to: 'in-position' } });
  });

  it('asks why an image was missed, and requires a reason', async () => {
    const store = await dayAs(actors.lea, 'fr');
    await userEvent.click(await screen.findByRole('button', { name: 'Manqué' }));
    const dialog = await screen.findByRole('dialog', {
      name: `Pourquoi « ${IMAGE} » est-elle manquée\u202f?`,
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Marquer manquée' }));
    expect(within(dialog).getByText('Raison : dites pourquoi en quelques mots.')).toBeInTheDocument();
    expect(await store.pending(10)).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText('Raison'), 'Tribune évacuée');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Marquer manquée' }));
    expect(await screen.findByText('Manquée : Tribune évacuée')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByText('En attente sur ce téléphone')).toBeInTheDocument();
    expect((await store.pending(10))[0]).toMatchObject({
      name: 'signature.miss',
      args: { reason: 'Tribune évacuée' },
    });
  });

  it('shows no buttons to a creator who is not assigned to the moment', async () => {
    await dayAs(actors.hugo);
    await screen.findByRole('article', { name: "Men's 100 m final" });
    expect(screen.queryByRole('group', { name: /Mark/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Captured' })).toBeNull();
  });

  it('gives the desk "selected" and "published"', async () => {
    await dayAs(actors.editor);
    const actions = await screen.findByRole('group', { name: `Mark “${IMAGE}”` });
    expect(within(actions).getByRole('button', { name: 'Selected' })).toBeInTheDocument();
    await userEvent.click(within(actions).getByRole('button', { name: 'Published' }));
    await screen.findByText('Waiting on this phone');
    expect(screen.getByRole('article')).toHaveTextContent('Status: Published');
    expect(screen.queryByRole('group', { name: /Mark/ })).toBeNull();
  });

  it('moves between days and editions', async () => {
    await dayAs(actors.lea);
    await userEvent.click(await screen.findByRole('button', { name: 'Next day' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Monday, August 5');
    expect(screen.getByText('No chosen moments on this day.')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Day' }), '2024-08-04');
    expect(screen.getByRole('article', { name: "Men's 100 m final" })).toBeInTheDocument();

    const editions = screen.getByRole('group', { name: 'Edition' });
    await userEvent.click(within(editions).getByRole('button', { name: 'Paralympic' }));
    expect(within(editions).getByRole('button', { name: 'Paralympic' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.queryByRole('article')).toBeNull();
  });
});
