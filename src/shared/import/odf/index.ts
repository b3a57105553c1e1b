// ODF schedule messages (DT_SCHEDULE, DT_SCHEDULE_UPDATE) → one `schedule.feed` mutation, or every problem named.
import type { Edition } from '../../domain/edition.ts';
import type { MutationArgs } from '../../mutations/registry.ts';
import { MAX_SESSIONS_PER_IMPORT } from '../../mutations/args.ts';
import { isoInstant, zonedInstant } from '../local-time.ts';
import { readHeader } from './header.ts';
import type { OdfHeader, OdfIssue, OdfNotice, OdfRead, OdfUnit } from './types.ts';
import { MAX_ODF_BYTES } from './types.ts';
import { readUnits } from './units.ts';
import { readXml } from './xml.ts';

export * from './types.ts';
export { ODF_STATUSES, sessionStatusOf } from './status.ts';
export { ODF_DISCIPLINES, disciplineName } from './disciplines.ts';
export { previewFeed } from './preview.ts';
export type { FeedPreview } from './preview.ts';

/**
 * Reads one ODF schedule message (already decoded text, ≤ MAX_ODF_BYTES): XML through saxes
 * (xml.ts: no DTD, no entity but XML's own), then the OdfBody header (header.ts) and every Unit
 * of its Competition (units.ts). Never throws: `{ ok: false, issues }` names every problem.
 */
export function readOdfSchedule(text: string): OdfRead {
  if (text.trim().length === 0) return refuse({ line: 0, code: 'empty' });
  if (text.length > MAX_ODF_BYTES)
    return refuse({ line: 0, code: 'tooLarge', params: { max: MAX_ODF_BYTES } });
  const xml = readXml(text);
  if (!xml.ok) {
    const p = xml.problem;
    if (p.kind === 'doctype') return refuse({ line: p.line, code: 'doctype' });
    if (p.kind === 'tooManyElements')
      return refuse({ line: 0, code: 'tooManyElements', params: { max: p.max } });
    return refuse({ line: p.line, code: 'notXml', params: { column: p.column, message: p.message } });
  }
  const body = xml.root;
  const competition = body.children.find((c) => c.name === 'Competition');
  if (body.name !== 'OdfBody')
    return refuse({ line: body.line, code: 'notOdf', params: { root: body.name.slice(0, 40) } });
  if (!competition) return refuse({ line: body.line, code: 'noCompetition' });
  const issues: OdfIssue[] = [];
  const header = readHeader(body, issues);
  // A message of another type is refused on its header alone: its body is not a schedule.
  if (issues.some((i) => i.code === 'wrongType')) return { ok: false, issues };
  const notices: OdfNotice[] = [];
  const units = readUnits(competition, issues, notices);
  const count = competition.children.filter((c) => c.name === 'Unit').length;
  if (count === 0) issues.push({ line: competition.line, code: 'noUnits' });
  if (count > MAX_SESSIONS_PER_IMPORT)
    issues.push({ line: 0, code: 'tooManyUnits', params: { count, max: MAX_SESSIONS_PER_IMPORT } });
  if (issues.length > 0 || !header) return { ok: false, issues };
  return { ok: true, header, units, notices };
}

/** What `schedule.feed` needs beyond the message: the plan's editions, and ids for new sessions. */
export interface FeedContext {
  editions: readonly Edition[];
  newId: () => string;
}

export type FeedArgs = MutationArgs<'schedule.feed'>;

/**
 * The `schedule.feed` arguments of a message read by {@link readOdfSchedule}. The edition is the
 * one CompetitionCode names: OG<year> the Olympic edition starting that year, PG<year> the
 * Paralympic one (`unknownCompetition` otherwise). The header's Date and Time are read in that
 * edition's home zone (ODF: "the local time zone where the message was produced", the Games'
 * own) to give `producedAt`. A message whose units are all left out gives `units: []`: nothing to send.
 */
export function feedArgs(
  read: Extract<OdfRead, { ok: true }>,
  ctx: FeedContext,
): { ok: true; args: FeedArgs; edition: Edition } | { ok: false; issues: OdfIssue[] } {
  const edition = editionOf(read.header.competition, ctx.editions);
  if (!edition) {
    return refuse({
      line: 1,
      attribute: 'CompetitionCode',
      code: 'unknownCompetition',
      params: { value: read.header.competition },
    });
  }
  return {
    ok: true,
    edition,
    args: {
      editionId: edition.id,
      type: read.header.type,
      version: read.header.version,
      producedAt: producedAt(read.header, edition.timeZone),
      units: read.units.map((u) => unitArgs(u, ctx.newId())),
    },
  };
}

/** OG2024 → the Olympic edition whose first day is in 2024; PG2024 → the Paralympic one. */
export function editionOf(code: string, editions: readonly Edition[]): Edition | undefined {
  const type = code.startsWith('OG') ? 'olympic' : code.startsWith('PG') ? 'paralympic' : undefined;
  const year = code.slice(2);
  return editions.find((e) => e.type === type && e.startDay.slice(0, 4) === year);
}

function producedAt(header: OdfHeader, timeZone: string): string {
  const [h, min, s, ms] = header.time;
  const whole = Date.parse(zonedInstant(header.date, [h, min, s], timeZone));
  return isoInstant(whole + ms);
}

function unitArgs(u: OdfUnit, id: string): FeedArgs['units'][number] {
  return {
    id,
    ref: u.ref,
    sport: u.sport,
    event: u.event,
    venue: u.venue,
    ...(u.location ? { location: u.location } : {}),
    ...(u.startsAt ? { startsAt: u.startsAt } : {}),
    ...(u.endsAt ? { endsAt: u.endsAt } : {}),
    medal: u.medal,
    status: u.status,
  };
}

function refuse(issue: OdfIssue): { ok: false; issues: OdfIssue[] } {
  return { ok: false, issues: [issue] };
}
