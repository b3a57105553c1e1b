// Mutations that change the competition schedule under the plan: a planner's session edit, the official feed (ODF), venue codes.
import type { ScheduleSession } from '../domain/schedule.ts';
import { compareFeedStamps, withStatus } from '../domain/schedule.ts';
import type { Venue } from '../domain/edition.ts';
import { defineMutation } from './define.ts';
import { followSession, sessionMoved } from './follow.ts';
import { mustGet, save } from './helpers.ts';
import { definedOnly } from './plan.ts';
import { reject } from './types.ts';

/**
 * A planner's edit of one session (times, status, venue, names): only the fields given change.
 * Every moment built on it follows (followSession): the key moment shifts by the same amount
 * unless pinned, the status shows on the moment, creators are told.
 */
export const updateSession = defineMutation('session.update', async (tx, { id, ...patch }, ctx) => {
  const before = await mustGet(tx, 'session', id);
  if (patch.venueId) await mustGet(tx, 'venue', patch.venueId, 'venueId');
  const { status, ...rest } = definedOnly(patch);
  const after: ScheduleSession = withStatus({ ...before, ...rest }, status ?? before.status);
  if (Date.parse(after.endsAt) < Date.parse(after.startsAt)) {
    reject('end_before_start', 'endsAt: the session ends before it starts', { path: 'endsAt' });
  }
  await save(tx, 'session', after);
  await followSession(tx, before, after, ctx);
});

/**
 * One ODF schedule message (DT_SCHEDULE or DT_SCHEDULE_UPDATE) of an edition, already read from
 * its XML (src/shared/import/odf): ONE mutation, all units or none. Each unit's venue is found
 * through the venues' ODF codes (its location code first, then its venue code); an unknown code
 * rejects the whole message (`unknown_code`, naming the code and the unit). A unit whose session
 * already holds this message or a newer one (compareFeedStamps) is left alone: duplicates and
 * older messages arriving late change nothing. A unit without a start creates nothing (it can
 * only change the status of a session that exists). Moments follow their sessions.
 */
export const feedSchedule = defineMutation('schedule.feed', async (tx, args, ctx) => {
  await mustGet(tx, 'edition', args.editionId, 'editionId');
  const byCode = venuesByCode(await tx.list('venue'));
  const existing = new Map(
    (await tx.list('session')).filter((s) => s.editionId === args.editionId).map((s) => [s.ref, s]),
  );
  const seen = new Set<string>();
  const venues = args.units.map((unit, index) => {
    if (seen.has(unit.ref))
      reject('duplicate_ref', `units.${index}.ref: ${unit.ref} appears twice in the message`, {
        ref: unit.ref,
        index,
      });
    seen.add(unit.ref);
    const venue = (unit.location ? byCode.get(unit.location) : undefined) ?? byCode.get(unit.venue);
    if (!venue) {
      const code = unit.location ? `${unit.venue}/${unit.location}` : unit.venue;
      reject('unknown_code', `units.${index}: no venue has the ODF code ${code} (unit ${unit.ref})`, {
        kind: 'venue',
        code,
        ref: unit.ref,
      });
    }
    return venue;
  });
  const stamp = { type: args.type, version: args.version, producedAt: args.producedAt };
  // Every unit checked before any is written: a refusal leaves the plan as it was.
  const changes: { before: ScheduleSession | undefined; after: ScheduleSession }[] = [];
  for (const [index, unit] of args.units.entries()) {
    const before = existing.get(unit.ref);
    if (before?.feed && compareFeedStamps(stamp, before.feed) <= 0) continue;
    const startsAt = unit.startsAt ?? before?.startsAt;
    if (!startsAt) continue;
    const endsAt = unit.endsAt ?? endKeepingLength(startsAt, before);
    if (Date.parse(endsAt) < Date.parse(startsAt)) {
      reject('end_before_start', `units.${index}.endsAt: unit ${unit.ref} ends before it starts`, {
        path: `units.${index}.endsAt`,
        ref: unit.ref,
      });
    }
    const after = withStatus<ScheduleSession>(
      {
        id: before?.id ?? unit.id,
        editionId: args.editionId,
        venueId: venues[index]!.id,
        ref: unit.ref,
        sport: unit.sport,
        event: unit.event,
        startsAt,
        endsAt,
        medal: unit.medal,
        notes: before?.notes ?? '',
        feed: stamp,
      },
      unit.status,
    );
    changes.push({ before, after });
  }
  // One await for all the writes (the client runs this inside one IndexedDB transaction), then
  // the moments of the sessions that moved.
  await Promise.all(changes.map(({ after }) => save(tx, 'session', after)));
  for (const { before, after } of changes.filter((c) => sessionMoved(c.before, c.after)))
    await followSession(tx, before, after, ctx);
});

/**
 * Sets the ODF codes that mean a venue (the admin's mapping table). A code belongs to one venue:
 * a code another venue holds is refused (`code_taken`), so a feed's unit never has two venues.
 */
export const setVenueCodes = defineMutation('venue.codes', async (tx, { id, odfCodes }) => {
  const venue = await mustGet(tx, 'venue', id);
  const codes = [...new Set(odfCodes)];
  for (const other of await tx.list('venue')) {
    if (other.id === id) continue;
    const taken = codes.find((c) => other.odfCodes?.includes(c));
    if (taken) reject('code_taken', `odfCodes: ${taken} already means ${other.name}`, { code: taken });
  }
  const { odfCodes: _old, ...rest } = venue;
  await save(tx, 'venue', codes.length > 0 ? { ...rest, odfCodes: codes } : rest);
});

/** Each ODF code to the venue that holds it. */
export function venuesByCode(venues: readonly Venue[]): Map<string, Venue> {
  return new Map(venues.flatMap((v) => (v.odfCodes ?? []).map((code) => [code, v] as const)));
}

/** A unit that gives a start but no end keeps the session's length (0 min for a new one). */
function endKeepingLength(startsAt: string, before: ScheduleSession | undefined): string {
  const length = before ? Date.parse(before.endsAt) - Date.parse(before.startsAt) : 0;
  return new Date(Date.parse(startsAt) + length).toISOString();
}
