// The synced entity kinds and their schemas: the one list the stores and the sync patch use.
import type { z } from 'zod';
import { Edition, Venue } from './edition.ts';
import { Assignment, Member } from './member.ts';
import { Moment } from './moment.ts';
import { ScheduleSession } from './schedule.ts';
import { SignatureImage } from './signature.ts';
import { AccessRequest, Spot } from './spot.ts';

export const ENTITY_SCHEMAS = {
  edition: Edition,
  venue: Venue,
  session: ScheduleSession,
  moment: Moment,
  spot: Spot,
  access: AccessRequest,
  member: Member,
  assignment: Assignment,
  signature: SignatureImage,
} as const;

export type Kind = keyof typeof ENTITY_SCHEMAS;
export const KINDS = Object.keys(ENTITY_SCHEMAS) as Kind[];
export type Entity<K extends Kind> = z.infer<(typeof ENTITY_SCHEMAS)[K]>;
export type AnyEntity = { [K in Kind]: Entity<K> }[Kind];

/** True when `value` names an entity kind (a key of ENTITY_SCHEMAS), e.g. a kind read from a URL or a row. */
export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && Object.hasOwn(ENTITY_SCHEMAS, value);
}

/** Parses a stored or received row into its domain type; throws a ZodError naming the bad field. */
export function parseEntity<K extends Kind>(kind: K, value: unknown): Entity<K> {
  return ENTITY_SCHEMAS[kind].parse(value) as Entity<K>;
}
