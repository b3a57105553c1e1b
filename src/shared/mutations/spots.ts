// Mutations of spots, access requests and assignments: where people stand and who goes.
import { bearingDegrees } from '../domain/geo.ts';
import type { Spot } from '../domain/spot.ts';
import { defineMutation } from './define.ts';
import { mustGet, mustNotExist, save } from './helpers.ts';
import { reject } from './types.ts';
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

/**
 * Sends a member to a moment. A member sent after a schedule change starts with it acknowledged:
 * they never knew the old time, so there is nothing to tell them.
 */
export const createAssignment = defineMutation('assignment.create', async (tx, assignment) => {
  await mustNotExist(tx, 'assignment', assignment.id);
  await mustGet(tx, 'member', assignment.memberId, 'memberId');
  const moment = await mustGet(tx, 'moment', assignment.momentId, 'momentId');
  if (assignment.spotId) await mustGet(tx, 'spot', assignment.spotId, 'spotId');
  const change = moment.scheduleChange;
  await save(tx, 'assignment', {
    ...assignment,
    ...(change ? { acknowledged: { changedAt: change.changedAt, keyMomentAt: moment.keyMomentAt } } : {}),
  });
});

/**
 * The assigned member acknowledges the schedule change of their moment they were shown
 * (`changedAt`, with the key moment as shown): the mark leaves their phones. Only the assignment's
 * own member may (`not_assigned`). An acknowledgement older than the one kept changes nothing, so
 * a late sync never brings back a change already seen.
 */
export const acknowledgeChange = defineMutation('assignment.acknowledge', async (tx, args, ctx) => {
  const assignment = await mustGet(tx, 'assignment', args.id);
  if (assignment.memberId !== ctx.actor.memberId) {
    reject('not_assigned', 'only the member of an assignment acknowledges its changes');
  }
  const kept = assignment.acknowledged;
  if (kept && Date.parse(kept.changedAt) >= Date.parse(args.changedAt)) return;
  await save(tx, 'assignment', {
    ...assignment,
    acknowledged: { changedAt: args.changedAt, keyMomentAt: args.keyMomentAt },
  });
});

export const deleteAssignment = defineMutation('assignment.delete', async (tx, { id }) => {
  // Deleting what is already gone is not an error: two planners may remove the same person.
  if (await tx.get('assignment', id)) await tx.del('assignment', id);
});

/** Members are created by the admin CLI through this same mutation, so they sync like any row. */
export const putMember = defineMutation('member.put', async (tx, member) => {
  await save(tx, 'member', member);
});
