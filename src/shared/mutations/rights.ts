// Who may change which field of which mutation, in which status of the image: the one table the mutators enforce.
import type { Role } from '../domain/member.ts';
import type { ArgsField, ArgsName } from './args.ts';

/**
 * How long a role keeps a right on a signature image: `always`, or `until-captured` (while the
 * image is planned, in position, missed or captured; once the desk has selected or published it,
 * the image is the desk's). Only the creator's rights end.
 */
export type Reach = 'always' | 'until-captured';

/** One field: the roles that may give it, each with its reach. A role not listed may not give it. */
export type FieldRights = Partial<Record<Role, Reach>>;

export interface MutationRights<N extends ArgsName = ArgsName> {
  /** Who may call the mutation at all; anyone else gets `role_forbidden`. */
  callers: readonly Role[];
  /**
   * `signature`: the mutation acts on the image `args.id`; its status decides the reach, and a
   * creator acts only on images of moments they are assigned to (`not_assigned`).
   * `assignment`: the mutation acts on the assignment `args.id`, and only its own member may run
   * it, whatever their role (`not_assigned`): one acknowledges for oneself.
   */
  on?: 'signature' | 'assignment';
  /**
   * Every argument field but the record's key `id`, with who may give it (`field_not_allowed`
   * otherwise) and until when (`status_past_captured`). Omitted: every field, every caller, always.
   */
  fields?: Record<Exclude<ArgsField<N>, 'id'>, FieldRights>;
  /** When a role may give a field only some of its values (`value_not_allowed` otherwise). */
  values?: Partial<Record<ArgsField<N>, Partial<Record<Role, readonly string[]>>>>;
}

const ADMIN = ['admin'] as const;
const PLANNERS = ['admin', 'planner'] as const;
const DESK = ['admin', 'planner', 'editor'] as const;
const EVERYONE = ['admin', 'planner', 'editor', 'creator'] as const;

/** The desk, at any status. */
const DESK_ALWAYS: FieldRights = { admin: 'always', planner: 'always', editor: 'always' };
/** The desk at any status, and the assigned creator until the image is captured. */
const DESK_AND_CREATOR: FieldRights = { ...DESK_ALWAYS, creator: 'until-captured' };

type RightsTable = { [N in ArgsName]: MutationRights<N> };

/**
 * The rights table. Plan mutations (editions, venues, sessions, moments, spots, access requests,
 * assignments, members, planning images) are the planners' (members: the admin's) on every field.
 * Work on a signature image is shared: the desk changes any field in any status; an assigned
 * creator moves it up to `captured`, misses it, notes it and sends a snapshot while it is not yet
 * selected, and never sets its asset link (sec-01). A move to a status already reached is a no-op
 * (forward moves commute): it writes nothing, so it is no change, whatever the reach.
 */
export const RIGHTS: RightsTable = {
  'edition.create': { callers: ADMIN },
  'venue.put': { callers: PLANNERS },
  'session.put': { callers: PLANNERS },
  'session.update': { callers: PLANNERS },
  'schedule.import': { callers: PLANNERS },
  'schedule.feed': { callers: PLANNERS },
  'venue.codes': { callers: ADMIN },
  'moment.create': { callers: PLANNERS },
  'moment.update': { callers: PLANNERS },
  'moment.rank': { callers: PLANNERS },
  'moment.drop': { callers: PLANNERS },
  'moment.restore': { callers: PLANNERS },
  'moment.copy': { callers: PLANNERS },
  'day.copy': { callers: PLANNERS },
  'spot.create': { callers: PLANNERS },
  'spot.update': { callers: PLANNERS },
  'access.create': { callers: PLANNERS },
  'access.update': { callers: PLANNERS },
  'assignment.create': { callers: PLANNERS },
  'assignment.delete': { callers: PLANNERS },
  'assignment.acknowledge': { callers: EVERYONE, on: 'assignment' },
  'member.put': { callers: ADMIN },
  'signature.create': { callers: PLANNERS },
  'signature.update': { callers: PLANNERS },
  'signature.advance': {
    callers: EVERYONE,
    on: 'signature',
    fields: { to: DESK_AND_CREATOR, note: DESK_AND_CREATOR, assetUrl: DESK_ALWAYS },
    values: { to: { creator: ['in-position', 'captured'] } },
  },
  'signature.link': { callers: DESK, on: 'signature', fields: { assetUrl: DESK_ALWAYS } },
  'signature.miss': { callers: EVERYONE, on: 'signature', fields: { reason: DESK_AND_CREATOR } },
  'signature.reopen': {
    callers: DESK,
    on: 'signature',
    fields: { to: DESK_ALWAYS, reason: DESK_ALWAYS },
  },
  'signature.note': { callers: EVERYONE, on: 'signature', fields: { note: DESK_AND_CREATOR } },
  'signature.preview': { callers: EVERYONE, on: 'signature', fields: { previewId: DESK_AND_CREATOR } },
};

/**
 * A role's right on one field of one mutation: its reach, or undefined if it may not give it.
 * `fields` omitted in the table means every field, every caller, always.
 */
export function fieldReach(name: ArgsName, field: string, role: Role): Reach | undefined {
  const rights = RIGHTS[name] as MutationRights;
  if (!rights.callers.includes(role)) return undefined;
  if (!rights.fields) return 'always';
  return (rights.fields as Record<string, FieldRights>)[field]?.[role];
}

/** The values `role` may give `field`, or undefined when every valid value is allowed. */
export function allowedValues(name: ArgsName, field: string, role: Role): readonly string[] | undefined {
  const values = (RIGHTS[name] as MutationRights).values as
    Record<string, Partial<Record<Role, readonly string[]>>> | undefined;
  return values?.[field]?.[role];
}
