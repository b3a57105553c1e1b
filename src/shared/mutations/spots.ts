// Mutations of spots, access requests and assignments: where people stand and who goes.
import { z } from 'zod';
import { Bearing, Id, Instant, LatLng, label, text } from '../domain/common.ts';
import { bearingDegrees } from '../domain/geo.ts';
import { Member } from '../domain/member.ts';
import type { Spot } from '../domain/spot.ts';
import { AccessKind, AccessStatus } from '../domain/spot.ts';
import { mustGet, mustNotExist, save } from './helpers.ts';
import { definedOnly } from './plan.ts';
import { defineMutation } from './types.ts';

const PLANNERS = ['admin', 'planner'] as const;

const SpotFields = z.object({
  label: label(120),
  description: text(1000),
  camera: LatLng,
  subject: LatLng.optional(),
  bearing: Bearing.optional(),
});

/** The shooting direction: as given, else from camera to subject. */
function withBearing(spot: Spot): Spot {
  if (spot.bearing !== undefined || !spot.subject) return spot;
  return { ...spot, bearing: bearingDegrees(spot.camera, spot.subject) };
}

export const createSpot = defineMutation({
  name: 'spot.create',
  args: SpotFields.extend({ id: Id, momentId: Id }),
  roles: PLANNERS,
  async run(tx, spot) {
    await mustNotExist(tx, 'spot', spot.id);
    await mustGet(tx, 'moment', spot.momentId);
    await save(tx, 'spot', withBearing(spot));
  },
});

export const updateSpot = defineMutation({
  name: 'spot.update',
  args: SpotFields.partial().extend({ id: Id }),
  roles: PLANNERS,
  async run(tx, { id, ...patch }) {
    const spot = await mustGet(tx, 'spot', id);
    // Moving a pin without a new bearing re-derives it from the pins.
    const moved = patch.camera !== undefined || patch.subject !== undefined;
    const base = moved && patch.bearing === undefined ? { ...spot, bearing: undefined } : spot;
    await save(tx, 'spot', withBearing({ ...base, ...definedOnly(patch) }));
  },
});

const AccessFields = z.object({
  kind: AccessKind,
  contactName: label(120),
  contactPhone: text(40),
  status: AccessStatus,
  expiresAt: Instant.optional(),
  notes: text(1000),
});

export const createAccess = defineMutation({
  name: 'access.create',
  args: AccessFields.extend({ id: Id, spotId: Id }),
  roles: PLANNERS,
  async run(tx, access) {
    await mustNotExist(tx, 'access', access.id);
    await mustGet(tx, 'spot', access.spotId);
    await save(tx, 'access', access);
  },
});

export const updateAccess = defineMutation({
  name: 'access.update',
  args: AccessFields.partial().extend({ id: Id }),
  roles: PLANNERS,
  async run(tx, { id, ...patch }) {
    const access = await mustGet(tx, 'access', id);
    await save(tx, 'access', { ...access, ...definedOnly(patch) });
  },
});

export const createAssignment = defineMutation({
  name: 'assignment.create',
  args: z.object({ id: Id, memberId: Id, momentId: Id, spotId: Id.optional(), note: text(500) }),
  roles: PLANNERS,
  async run(tx, assignment) {
    await mustNotExist(tx, 'assignment', assignment.id);
    await mustGet(tx, 'member', assignment.memberId);
    await mustGet(tx, 'moment', assignment.momentId);
    if (assignment.spotId) await mustGet(tx, 'spot', assignment.spotId);
    await save(tx, 'assignment', assignment);
  },
});

export const deleteAssignment = defineMutation({
  name: 'assignment.delete',
  args: z.object({ id: Id }),
  roles: PLANNERS,
  async run(tx, { id }) {
    // Deleting what is already gone is not an error: two planners may remove the same person.
    if (await tx.get('assignment', id)) await tx.del('assignment', id);
  },
});

/** Members are created by the admin CLI through this same mutation, so they sync like any row. */
export const putMember = defineMutation({
  name: 'member.put',
  args: Member,
  roles: ['admin'],
  async run(tx, member) {
    await save(tx, 'member', member);
  },
});
