// @vitest-environment jsdom
// Editing a signature image at the stand-up: prefilled, only the changed fields sent, the title required.
// The form reads the live image from a memory store, as on the stand-up screen: a save reaches it at once.
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { SignatureForm } from '../../../../src/client/features/standup/SignatureForm.tsx';
import type { Record } from '../../../../src/client/features/standup/use-record.ts';
import { useEntities } from '../../../../src/client/storage/index.ts';
import type { Moment, SignatureImage, Spot } from '../../../../src/shared/domain/index.ts';
import { MemoryTx } from '../../../fakes/memory-tx.ts';
import { actors, ids, triangle } from '../../shared/fixtures.ts';
import { renderIn, storeWith } from '../ui/render.tsx';

const moment: Moment = {
  id: ids.m100,
  editionId: ids.olympic,
  venueId: ids.stade,
  day: '2024-08-04',
  title: "Men's 100 m final",
  sport: 'Athletics',
  why: { kind: 'iconic', text: 'ten seconds' },
  keyMomentAt: '2024-08-04T19:50:00.000Z',
  angles: triangle,
  rank: 1,
  status: 'chosen',
};
const OTHER = '00000000-0000-4000-8000-000000000042';
const spots: Spot[] = [
  { id: ids.spot, momentId: ids.m100, label: 'Stand C', description: '', camera: { lat: 48.92, lng: 2.36 } },
  { id: OTHER, momentId: ids.m100, label: 'Roof', description: '', camera: { lat: 48.93, lng: 2.36 } },
];
const image: SignatureImage = {
  id: ids.image,
  momentId: ids.m100,
  spotId: ids.spot,
  title: 'The crowd rising',
  description: 'As the winner crosses the line',
  sides: ['sport', 'public'],
  partner: 'World Athletics',
  status: 'planned',
  note: '',
  history: [],
};

function LiveSignatureForm({ record }: { record: Record }) {
  const live = useEntities('signature')?.find((s) => s.id === image.id);
  return live ? (
    <SignatureForm moment={moment} spots={spots} editionType="olympic" record={record} image={live} />
  ) : null;
}

async function edit(language: 'en' | 'fr' = 'en') {
  const tx = new MemoryTx();
  await tx.put('moment', moment);
  for (const spot of spots) await tx.put('spot', spot);
  await tx.put('signature', image);
  const store = await storeWith(tx, actors.planner);
  const record = vi.fn<Record>(async (name, args) => {
    const result = await store.mutate(name, args, actors.planner);
    return !result.localRejection;
  });
  await act(async () => void renderIn(language, <LiveSignatureForm record={record} />, store));
  await screen.findByRole('form');
  return record;
}
const field = (label: string | RegExp) => screen.getByLabelText(label);
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save the image' }));

describe('editing a signature image', () => {
  it('is prefilled with the image', async () => {
    await edit();
    expect(screen.getByRole('form', { name: 'Edit the image “The crowd rising”' })).toBeInTheDocument();
    expect(field('Image')).toHaveValue('The crowd rising');
    expect(field('Description')).toHaveValue('As the winner crosses the line');
    expect(field('Sport')).toBeChecked();
    expect(field('Site')).not.toBeChecked();
    expect(field('Public')).toBeChecked();
    expect(field('Shot from spot')).toHaveValue(ids.spot);
    // The update cannot take the spot away, so "no spot" is not offered once one is set.
    expect(screen.queryByRole('option', { name: 'No spot' })).toBeNull();
    expect(field('Cross-post partner (optional)')).toHaveValue('World Athletics');
  });

  it('sends signature.update with only the changed fields', async () => {
    const record = await edit();
    await userEvent.click(field('Site'));
    await userEvent.click(field('Public'));
    await userEvent.selectOptions(field('Shot from spot'), 'Roof');
    await userEvent.clear(field('Cross-post partner (optional)'));
    await save();
    expect(record.mock.calls).toEqual([
      ['signature.update', { id: ids.image, sides: ['sport', 'site'], spotId: OTHER, partner: '' }],
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent('Saved on this device');
    // Saving again sends nothing: the form now diffs against what it saved.
    await save();
    expect(record).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Nothing changed: nothing to save.')).toBeInTheDocument();
  });

  it('names the empty title and sends nothing', async () => {
    const record = await edit('fr');
    await userEvent.clear(field('Image'));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer l’image' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Image : obligatoire.');
    expect(record).not.toHaveBeenCalled();
  });
});
