// Mutations of spots, access requests and assignments: where people stand and who goes.
import { bearingDegrees } from '../domain/geo.ts';
import type { Spot } from '../domain/spot.ts';
import { defineMutation } from './define.ts';
import { mustGet, mustNotExist, save } from './helpers.ts';
import { definedOnly } from './plan.ts';

/** The shooting direction: as given, else from camera to subject. */
function withBearing(spot: Spot): Spot {
  if (spot.bearing !== undefined || !spot.subject) return spot;
  return { ...spot, bearing: bearingDegrees(spot.camera, spot.subject) };
}

export const createSpot = defineMutation('spot.create', async (tx, spot) => {
  await mustNotExist(tx, 'spot', spot.id);
  await mustGet(tx, 'moment', spot.momentId, 'momentId');
  await save(tx, 'spot', withBearing(spot));
});

export const updateSpot = defineMutation('spot.update', async (tx, { id, ...patch }) => {
  const spot = await mustGet(tx, 'spot', id);
  // Moving a pin without a new bearing re-derives it from the pins.
  const moved = patch.camera !== undefined || patch.subject !== undefined;
  const base = moved && patch.bearing === undefined ? { ...spot, bearing: undefined } : spot;
  await save(tx, 'spot', withBearing({ ...base, ...definedOnly(patch) }));
});

export const createAccess = defineMutation('access.create', async (tx, access) => {
  await mustNotExist(tx, 'access', access.id);
  await mustGet(tx, 'spot', access.spotId, 'spotId');
  await save(tx, 'access', access);
});

export const updateAccess = defineMutation('access.update', async (tx, { id, ...patch }) => {
  const access = await mustGet(tx, 'access', id);
  await save(tx, 'access', { ...access, ...definedOnly(patch) });
});

export const createAssignment = defineMutation('assignment.create', async (tx, assignment) => {
  await mustNotExist(tx, 'assignment', assignment.id);
  await mustGet(tx, 'member', assignment.memberId, 'memberId');
  await mustGet(tx, 'moment', assignment.momentId, 'momentId');
  if (assignment.spotId) await mustGet(tx, 'spot', assignment.spotId, 'spotId');
  await save(tx, 'assignment', assignment);
});

export const deleteAssignment = defineMutation('assignment.delete', async (tx, { id }) => {
  // Deleting what is already gone is not an error: two planners may remove the same person.
  if (await tx.get('assignment', id)) await tx.del('assignment', id);
});

/** Members are created by the admin CLI through this same mutation, so they sync like any row. */
export const putMember = defineMutation('member.put', async (tx, member) => {
  await save(tx, 'member', member);
});
