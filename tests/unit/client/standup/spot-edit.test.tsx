// @vitest-environment jsdom
// Editing a spot at the stand-up: prefilled, only the changed fields sent, refusals named, access edited too.
// The form reads the live spot from a memory store, as on the stand-up screen: a save reaches it at once.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { SpotForm } from '../../../../src/client/features/standup/SpotForm.tsx';
import type { Record } from '../../../../src/client/features/standup/use-record.ts';
import { useEntities } from '../../../../src/client/storage/index.ts';
import type { AccessRequest, Moment, Spot } from '../../../../src/shared/domain/index.ts';
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
const spot: Spot = {
  id: ids.spot,
  momentId: ids.m100,
  label: 'Stand C, row 2',
  description: 'Low angle behind the finish line',
  camera: { lat: 48.9242, lng: 2.3598 },
  subject: { lat: 48.9248, lng: 2.3598 },
  bearing: 0,
};
const access: AccessRequest = {
  id: '00000000-0000-4000-8000-000000000071',
  spotId: ids.spot,
  kind: 'venue',
  contactName: 'Stade press office',
  contactPhone: '+33 1 00 00 00 00',
  status: 'asked',
  expiresAt: '2024-08-05T23:59:00.000Z',
  notes: '',
};

/** The spot form on the live rows of a memory store; `record` saves there, and is watched. */
function LiveSpotForm({ record }: { record: Record }) {
  const spots = useEntities('spot');
  const requests = useEntities('access');
  const live = spots?.find((s) => s.id === spot.id);
  if (!live || !requests) return null;
  const request = requests.find((a) => a.spotId === live.id);
  return <SpotForm moment={moment} record={record} spot={live} access={request} />;
}

async function edit(withAccess?: AccessRequest, language: 'en' | 'fr' = 'en') {
  const tx = new MemoryTx();
  await tx.put('moment', moment);
  await tx.put('spot', spot);
  if (withAccess) await tx.put('access', withAccess);
  const store = await storeWith(tx, actors.planner);
  const record = vi.fn<Record>(async (name, args) => {
    const result = await store.mutate(name, args, actors.planner);
    return !result.localRejection;
  });
  await act(async () => void renderIn(language, <LiveSpotForm record={record} />, store));
  return { record, store, form: await screen.findByRole('form', { name: /Stand C, row 2/ }) };
}

const field = (label: string | RegExp) => screen.getByLabelText(label);
async function retype(label: string | RegExp, text: string) {
  await userEvent.clear(field(label));
  if (text) await userEvent.type(field(label), text);
}
const save = () => userEvent.click(screen.getByRole('button', { name: 'Save the spot' }));

describe('editing a spot', () => {
  it('is prefilled with the spot and its access request', async () => {
    await edit(access);
    expect(field('Spot name')).toHaveValue('Stand C, row 2');
    expect(field(/^Where exactly/)).toHaveValue('Low angle behind the finish line');
    expect(field('Camera latitude')).toHaveValue('48.9242');
    expect(field('Subject longitude (optional)')).toHaveValue('2.3598');
    expect(field(/^Shooting direction/)).toHaveValue('0');
    expect(field('Contact')).toHaveValue('Stade press office');
    expect(field('Status')).toHaveValue('asked');
    expect(field('Expires on')).toHaveValue('2024-08-05');
    // An existing request cannot be removed: no box to untick.
    expect(screen.queryByLabelText('Needs an access request')).toBeNull();
  });

  it('sends spot.update with only the changed fields, and says nothing changed when nothing did', async () => {
    const { record } = await edit();
    await save();
    expect(record).not.toHaveBeenCalled();
    expect(await screen.findByRole('status')).toHaveTextContent('Nothing changed: nothing to save.');

    await retype(/^Where exactly/, 'Row 2, seat 14, behind the finish line');
    await retype('Camera latitude', '48,9243');
    await save();
    // The bearing field was not touched: the server re-derives it from the moved pin.
    expect(record.mock.calls).toEqual([
      [
        'spot.update',
        {
          id: ids.spot,
          description: 'Row 2, seat 14, behind the finish line',
          camera: { lat: 48.9243, lng: 2.3598 },
        },
      ],
    ]);
    expect(await screen.findByRole('status')).toHaveTextContent('Saved on this device');
    // The form shows what was saved (the French comma became a point), never as a change from elsewhere.
    expect(field('Camera latitude')).toHaveValue('48.9243');
    expect(screen.queryByText(/changed on another device/)).toBeNull();

    // A second save diffs against what was just saved: only the new bearing goes.
    await retype(/^Shooting direction/, '275');
    await save();
    expect(record.mock.calls[1]).toEqual(['spot.update', { id: ids.spot, bearing: 275 }]);
  });

  it('names the refused field and sends nothing', async () => {
    const { record } = await edit();
    await retype('Spot name', '');
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent('Spot name: required.');
    await retype('Spot name', 'Stand C');
    await retype('Camera longitude', 'east');
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent('Camera longitude: a number is needed.');
    await retype('Camera longitude', '2.3598');
    await retype(/^Shooting direction/, '360');
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent(/^Shooting direction.*: degrees from 0 to 359\.$/);
    await retype(/^Shooting direction/, '');
    await retype('Subject latitude (optional)', '');
    await retype('Subject longitude (optional)', '');
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Subject latitude (optional): it cannot be emptied once set, only moved.',
    );
    expect(record).not.toHaveBeenCalled();
  });

  it('emptying the bearing re-sends the camera so the server derives it again', async () => {
    const { record } = await edit();
    await retype(/^Shooting direction/, '');
    await save();
    expect(record.mock.calls).toEqual([['spot.update', { id: ids.spot, camera: spot.camera }]]);
  });

  it('edits the access request with access.update, only what changed', async () => {
    const { record } = await edit(access);
    await userEvent.selectOptions(field('Status'), 'granted');
    await retype('Notes', 'Badge at gate 3');
    await save();
    expect(record.mock.calls).toEqual([
      ['access.update', { id: access.id, status: 'granted', notes: 'Badge at gate 3' }],
    ]);
    await retype('Contact', '');
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent('Contact: required.');
    await retype('Contact', 'Stade press office');
    await retype('Expires on', '');
    await save();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Expires on: it cannot be emptied once set, only changed.',
    );
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('adds an access request to a spot that had none, once', async () => {
    const { record } = await edit(undefined, 'fr');
    await userEvent.click(field('Demande d’accès nécessaire'));
    await userEvent.type(field('Contact'), 'Gardien');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le spot' }));
    expect(record).toHaveBeenCalledTimes(1);
    expect(record.mock.calls[0]![0]).toBe('access.create');
    expect(record.mock.calls[0]![1]).toMatchObject({
      spotId: ids.spot,
      contactName: 'Gardien',
      status: 'to-ask',
    });
    // Saved: the request now exists, so a second save updates (here: nothing) instead of creating again.
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le spot' }));
    expect(record).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('status')).toHaveTextContent('Rien n’a changé');
  });
});

describe('a spot edited on another device meanwhile', () => {
  /** Another planner's change arrives with a pull. */
  async function pulled(
    store: Awaited<ReturnType<typeof edit>>['store'],
    kind: 'spot' | 'access',
    value: object,
  ) {
    await act(() =>
      store.applyPull(
        {
          cookie: 2,
          lastMutationID: 0,
          patch: [{ op: 'put', kind, id: (value as { id: string }).id, value }],
          rejected: [],
        },
        actors.planner,
      ),
    );
  }

  it('shows the other planner’s value of a field left alone, and both values of a field being typed', async () => {
    const { record, store } = await edit(access);
    await retype(/^Where exactly/, 'Row 2, seat 14');
    await pulled(store, 'spot', { ...spot, label: 'Stand C, row 3', description: 'Row 3, by the photo pit' });
    // Not touched here: it follows at once.
    expect(field('Spot name')).toHaveValue('Stand C, row 3');
    // Being typed: kept, and the other value shown beside it with a choice.
    expect(field(/^Where exactly/)).toHaveValue('Row 2, seat 14');
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(
      'Where exactly (stand, row, balcony, access door) changed on another device: “Row 3, by the photo pit”',
    );
    await userEvent.click(within(notice).getByRole('button', { name: /^Use theirs/ }));
    expect(field(/^Where exactly/)).toHaveValue('Row 3, by the photo pit');
    await save();
    expect(record).not.toHaveBeenCalled();
    expect(await screen.findByRole('status')).toHaveTextContent('Nothing changed');
  });

  it('tells a change of the access request’s status in words, and keeps the planner’s when asked to', async () => {
    const { record, store } = await edit(access, 'fr');
    await userEvent.selectOptions(field('Statut'), 'refused');
    await pulled(store, 'access', { ...access, status: 'granted' });
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Changé sur un autre appareil, « Statut » : « Accordé »');
    await userEvent.click(within(notice).getByRole('button', { name: /^Garder la mienne/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer le spot' }));
    expect(record.mock.calls).toEqual([['access.update', { id: access.id, status: 'refused' }]]);
    expect(await store.get('access', access.id)).toMatchObject({ status: 'refused' });
  });
});
