// Every mutation's arguments, derived from its entity's schema (pick, partial, extend): one limit per field, never retyped.
import { z } from 'zod';
import { Edition, OdfCode, Venue } from '../domain/edition.ts';
import { Acknowledged, Assignment, Member } from '../domain/member.ts';
import { Moment } from '../domain/moment.ts';
import { FeedStamp, ScheduleSession, SessionStatus } from '../domain/schedule.ts';
import { ForwardStatus, ShotStatus, SignatureImage, StatusChange } from '../domain/signature.ts';
import { AccessRequest, Spot } from '../domain/spot.ts';

/** Same bound as the client's import (MAX_IMPORT_ROWS): one import must fit in one push. */
export const MAX_SESSIONS_PER_IMPORT = 1000;
/** Most moments one day copy carries: a day has 4 or 5, a template a few more. */
export const MAX_MOMENTS_PER_COPY = 20;

const id = { id: true } as const;
const MomentId = Moment.shape.id;

/** What a planner may set on a moment; rank and status have their own mutations. */
const momentFields = Moment.pick({
  venueId: true,
  sessionId: true,
  title: true,
  sport: true,
  why: true,
  keyMomentAt: true,
  angles: true,
  pinned: true,
});
/** What a planner may change on a session; `feed` is the feed's own stamp, never an argument. */
const sessionFields = ScheduleSession.omit({ feed: true });
/**
 * One event unit of an ODF schedule message, as read from its XML: the unit code (RSC) is the ref;
 * the venue and location codes are resolved by the mutation through the venues' ODF codes; a unit
 * without a start only changes the status of a session that exists.
 */
const FeedUnit = z.object({
  /** The id the session takes if this unit creates it. */
  id: ScheduleSession.shape.id,
  ref: ScheduleSession.shape.ref,
  sport: ScheduleSession.shape.sport,
  event: ScheduleSession.shape.event,
  venue: OdfCode,
  location: OdfCode.optional(),
  startsAt: ScheduleSession.shape.startsAt.optional(),
  endsAt: ScheduleSession.shape.endsAt.optional(),
  medal: ScheduleSession.shape.medal,
  status: SessionStatus,
});
const spotFields = Spot.pick({ label: true, description: true, camera: true, subject: true, bearing: true });
const accessFields = AccessRequest.pick({
  kind: true,
  contactName: true,
  contactPhone: true,
  status: true,
  expiresAt: true,
  notes: true,
});
const signatureFields = SignatureImage.pick({
  spotId: true,
  title: true,
  description: true,
  sides: true,
  partner: true,
});
/** A reason typed for a missed or reopened image: the history's reason, required. */
const reason = StatusChange.shape.reason.unwrap().min(1, { error: 'must not be empty' });

/**
 * The argument schema of every mutation, by name. Updates are the entity's editable fields made
 * partial plus the record's `id` (only the fields given change); creates are the entity without
 * what the mutator derives (rank, status, history). Limits (lengths, one-line fields) are the
 * entity's, so a valid argument always makes a valid row.
 */
export const ARGS = {
  'edition.create': Edition,
  // A venue's ODF codes are the admin's table (`venue.codes`), kept when a venue is put again.
  'venue.put': Venue.omit({ odfCodes: true }),
  'session.put': sessionFields,
  'session.update': sessionFields
    .pick({
      venueId: true,
      sport: true,
      event: true,
      startsAt: true,
      endsAt: true,
      medal: true,
      notes: true,
      status: true,
    })
    .partial()
    .extend(ScheduleSession.pick(id).shape),
  'schedule.feed': FeedStamp.extend({
    editionId: ScheduleSession.shape.editionId,
    units: z.array(FeedUnit).min(1).max(MAX_SESSIONS_PER_IMPORT),
  }),
  'venue.codes': Venue.pick(id).extend({ odfCodes: Venue.shape.odfCodes.unwrap() }),
  'moment.create': momentFields.extend(Moment.pick({ id: true, editionId: true, day: true }).shape),
  'moment.update': momentFields.partial().extend(Moment.pick(id).shape),
  'moment.rank': Moment.pick({ id: true, rank: true }),
  'moment.drop': Moment.pick(id),
  'moment.restore': Moment.pick(id),
  'moment.copy': Moment.pick({ id: true, day: true }).extend({ fromId: MomentId }),
  'day.copy': z.object({
    editionId: Moment.shape.editionId,
    toDay: Moment.shape.day,
    moments: z
      .array(z.object({ fromId: MomentId, id: MomentId }))
      .min(1)
      .max(MAX_MOMENTS_PER_COPY),
  }),
  'schedule.import': z.object({
    sessions: z.array(sessionFields).min(1).max(MAX_SESSIONS_PER_IMPORT),
  }),
  'spot.create': Spot,
  'spot.update': spotFields.partial().extend(Spot.pick(id).shape),
  // `redacted` is the server's mark on a pulled row, never an argument.
  'access.create': AccessRequest.omit({ redacted: true }),
  'access.update': accessFields.partial().extend(AccessRequest.pick(id).shape),
  // `acknowledged` is the member's own (`assignment.acknowledge`).
  'assignment.create': Assignment.omit({ acknowledged: true }),
  'assignment.delete': Assignment.pick(id),
  'assignment.acknowledge': Assignment.pick(id).extend(Acknowledged.shape),
  'member.put': Member,
  'signature.create': signatureFields.extend(SignatureImage.pick({ id: true, momentId: true }).shape),
  'signature.update': signatureFields.partial().extend(SignatureImage.pick(id).shape),
  'signature.advance': SignatureImage.pick({ id: true, note: true, assetUrl: true })
    .partial({ note: true })
    .extend({ to: ForwardStatus }),
  'signature.link': SignatureImage.pick(id).extend({ assetUrl: SignatureImage.shape.assetUrl.unwrap() }),
  'signature.miss': SignatureImage.pick(id).extend({ reason }),
  'signature.reopen': SignatureImage.pick(id).extend({
    to: ShotStatus.exclude(['published', 'missed']),
    reason,
  }),
  'signature.note': SignatureImage.pick({ id: true, note: true }),
  'signature.preview': SignatureImage.pick(id).extend({ previewId: SignatureImage.shape.previewId.unwrap() }),
} as const;

export type ArgsName = keyof typeof ARGS;
/** The fields of a mutation's arguments, as the caller writes them. */
export type ArgsField<N extends ArgsName> = keyof z.input<(typeof ARGS)[N]> & string;
