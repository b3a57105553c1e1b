// Per-member iCalendar subscription: a secret, revocable URL giving the member's assignments in venue time zones.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Id } from '../../../shared/domain/common.ts';
import { DEFAULT_CONFLICT_RULES } from '../../../shared/domain/conflicts.ts';
import type { CalendarEvent } from '../../../shared/import/ical-export.ts';
import { buildCalendar } from '../../../shared/import/ical-export.ts';
import { formatShortDate, venueTime } from '../../../shared/format/venue-time.ts';
import { describeIssues } from '../../../shared/mutations/registry.ts';
import type { Authenticate } from '../../auth/authenticate.ts';
import { hashToken, newId, newToken } from '../../auth/tokens.ts';
import type { SubStores } from '../../db/port.ts';
import type { RowReader } from '../../db/ports/rows.ts';
import { ApiError } from '../../errors.ts';
import { byCodePoint } from '../../../shared/sync/order.ts';

export interface CalendarRouteDeps {
  store: RowReader & Pick<SubStores, 'calendars'>;
  authenticate: Authenticate;
  clock?: () => Date;
}

const FeedRequest = z.object({ memberId: Id }).strict();
/** The secret is newToken(): 32 random bytes, base64url. */
const TOKEN = /^([A-Za-z0-9_-]{40,60})(\.ics)?$/;

export function calendarRoutes(app: FastifyInstance, deps: CalendarRouteDeps): void {
  const { store, authenticate, clock = () => new Date() } = deps;

  async function planner(authorization: string | undefined) {
    const auth = await authenticate(authorization);
    if (auth.role !== 'admin' && auth.role !== 'planner')
      throw new ApiError(403, 'forbidden', 'calendar links are made by planners and admins');
    return auth;
  }

  /** Makes the member's calendar URL (the previous one stops working): shown once, only its hash is kept. */
  app.post('/api/calendar/feeds', async (request, reply) => {
    const auth = await planner(request.headers.authorization);
    const parsed = FeedRequest.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'invalid_body', describeIssues(parsed.error));
    const { memberId } = parsed.data;
    if (!(await store.getEntity('member', memberId)))
      throw new ApiError(404, 'not_found', `memberId: no member ${memberId}`);
    const token = newToken();
    await store.calendars.create({
      id: newId(),
      memberId,
      tokenHash: hashToken(token),
      createdBy: auth.memberId,
      createdAt: clock().toISOString(),
    });
    const path = `/api/calendar/${token}.ics`;
    return reply.code(201).send({ memberId, path, url: `${request.protocol}://${request.host}${path}` });
  });

  app.delete<{ Params: { memberId: string } }>('/api/calendar/feeds/:memberId', async (request) => {
    await planner(request.headers.authorization);
    const memberId = Id.safeParse(request.params.memberId);
    if (!memberId.success) throw new ApiError(400, 'invalid_body', 'memberId: must be a UUID');
    return { revoked: await store.calendars.revoke(memberId.data, clock().toISOString()) };
  });

  // Calendar apps cannot send a bearer token: the secret URL is the credential. Unknown and
  // revoked secrets get the same 404, so a URL reveals nothing once revoked.
  app.get<{ Params: { file: string } }>('/api/calendar/:file', async (request, reply) => {
    const token = TOKEN.exec(request.params.file)?.[1];
    const feed = token ? await store.calendars.byTokenHash(hashToken(token)) : undefined;
    const member = feed ? await store.getEntity('member', feed.memberId) : undefined;
    if (!feed || !member) throw new ApiError(404, 'not_found', 'no calendar at this address (revoked?)');
    const events = await eventsOf(store, member.id);
    return reply
      .type('text/calendar; charset=utf-8')
      .header('cache-control', 'private, no-store')
      .send(buildCalendar(`Plan de jeu — ${member.name}`, events, clock()));
  });
}

/** One event per chosen moment the member is on: from "in position" to the end of the post, at the venue. */
async function eventsOf(
  store: RowReader & Pick<SubStores, 'calendars'>,
  memberId: string,
): Promise<CalendarEvent[]> {
  const [assignments, moments, venues, spots] = await Promise.all([
    store.listEntities('assignment'),
    store.listEntities('moment'),
    store.listEntities('venue'),
    store.listEntities('spot'),
  ]);
  const mine = assignments.filter((a) => a.memberId === memberId);
  const spotById = new Map(spots.map((s) => [s.id, s]));
  const venueById = new Map(venues.map((v) => [v.id, v]));
  const { beforeMinutes, afterMinutes } = DEFAULT_CONFLICT_RULES;
  return moments
    .filter((m) => m.status === 'chosen' && mine.some((a) => a.momentId === m.id))
    .sort((a, b) => byCodePoint(a.keyMomentAt, b.keyMomentAt))
    .flatMap((m) => {
      const venue = venueById.get(m.venueId);
      if (!venue) return [];
      const key = Date.parse(m.keyMomentAt);
      const spotLabels = mine
        .filter((a) => a.momentId === m.id && a.spotId)
        .map((a) => spotById.get(a.spotId!)?.label)
        .filter((l): l is string => Boolean(l));
      const why = m.why.kind === 'athlete' ? `${m.why.athlete}: ${m.why.text}` : m.why.text;
      const schedule = m.sessionStatus ? `Schedule: ${m.sessionStatus}` : '';
      return [
        {
          uid: `${m.id}@plan-de-jeu`,
          summary: m.title,
          location: [venue.name, ...spotLabels].join(' — '),
          description: [why, keyMomentLine(m.keyMomentAt, venue.timeZone, m.day), schedule]
            .filter(Boolean)
            .join('\n'),
          categories: [m.sport],
          start: new Date(key - beforeMinutes * 60_000).toISOString(),
          end: new Date(key + afterMinutes * 60_000).toISOString(),
          timeZone: venue.timeZone,
          // A cancelled session is kept as a cancelled event, so calendar apps strike it rather
          // than silently drop it; a postponed one (new time to be announced) is tentative.
          ...(m.sessionStatus === 'cancelled'
            ? { status: 'CANCELLED' as const }
            : m.sessionStatus === 'postponed'
              ? { status: 'TENTATIVE' as const }
              : {}),
        },
      ];
    });
}

/**
 * "Key moment: 15:34 on Tue 30 Jul at the venue (Pacific/Tahiti), in the plan of Wed 31 Jul": the
 * calendar app shows the event in the phone's zone; this line gives the venue's own clock and, when
 * the venue's date is not the plan day (Teahupo'o is a day behind Paris), both dates.
 */
function keyMomentLine(instant: string, timeZone: string, planDay: string): string {
  const when = venueTime(instant, { timeZone, locale: 'en-GB', planDay, viewerTimeZone: null });
  if (!when.date) return `Key moment: ${when.time} (${timeZone})`;
  const planDate = formatShortDate(`${planDay}T12:00:00Z`, 'UTC', 'en-GB');
  return `Key moment: ${when.time} on ${when.date} at the venue (${timeZone}), in the plan of ${planDate}`;
}
