// One ODF schedule message pushed by a results system: read, checked against the plan, applied as ONE mutation by "schedule feed".
import type { OdfIssue } from '../../shared/import/odf/index.ts';
import { feedArgs, previewFeed, readOdfSchedule } from '../../shared/import/odf/index.ts';
import type { FeedResult } from '../../shared/protocol/feed.ts';
import { SCHEDULE_FEED_CLIENT_ID, SCHEDULE_FEED_MEMBER_ID } from '../../shared/protocol/feed.ts';
import { newId } from '../auth/tokens.ts';
import type { RowReader } from '../db/ports/rows.ts';
import { ApiError } from '../errors.ts';
import type { SyncService } from '../sync/service.ts';

/** Problems of the XML itself: the message cannot be read at all. */
const UNREADABLE = new Set<OdfIssue['code']>([
  'empty',
  'notXml',
  'doctype',
  'tooManyElements',
  'notOdf',
  'noCompetition',
]);

/**
 * Reads and applies one message (bytes as received; UTF-8, the encoding ODF mandates) from the
 * feed token `feedId`. All or nothing; every refusal is an ApiError naming the problem:
 * `invalid_xml` (400: not UTF-8, not well-formed, a DTD, not an ODF message), `wrong_message_type`
 * (422: another ODF message than DT_SCHEDULE / DT_SCHEDULE_UPDATE), `invalid_feed` (422: header or
 * units, every problem listed in `issues`), `unknown_code` (422: venue codes no venue holds, all
 * listed in `codes`), `feed_rejected` (422: the mutation's rules, with its code and params).
 * A message whose every unit is a duplicate or older than the plan's is answered without writing
 * anything (`applied: false`): replays are idempotent and leave no trace in the audit.
 */
export async function receiveOdf(
  deps: { store: RowReader; sync: SyncService },
  feedId: string,
  bytes: Uint8Array,
): Promise<FeedResult> {
  const text = utf8(bytes);
  const read = readOdfSchedule(text);
  if (!read.ok) throw refusal(read.issues);
  const editions = await deps.store.listEntities('edition');
  const built = feedArgs(read, { editions, newId });
  if (!built.ok) throw refusal(built.issues);
  const { args } = built;
  const base = { type: args.type, version: args.version, notices: read.notices };
  const none = { created: 0, updated: 0, unchanged: 0, stale: 0, skipped: 0 };
  if (args.units.length === 0) return { applied: false, ...base, ...none, message: summary(false, none) };
  const [venues, sessions] = await Promise.all([
    deps.store.listEntities('venue'),
    deps.store.listEntities('session'),
  ]);
  const preview = previewFeed(args, { venues, sessions });
  if (preview.unknownCodes.length > 0) throw unknownCodes(preview.unknownCodes);
  const counts = {
    created: preview.created,
    updated: preview.updated,
    unchanged: preview.unchanged,
    stale: preview.stale,
    skipped: preview.skipped,
  };
  if (preview.created + preview.updated + preview.unchanged === 0)
    return { applied: false, ...base, ...counts, message: summary(false, counts) };
  const { results } = await deps.sync.applyAsSystem(
    [{ name: 'schedule.feed', args }],
    { memberId: SCHEDULE_FEED_MEMBER_ID, role: 'planner' },
    { clientID: SCHEDULE_FEED_CLIENT_ID, deviceId: feedId },
  );
  const outcome = results[0];
  if (outcome?.outcome === 'rejected') {
    if (outcome.code === 'unknown_code') {
      const p = outcome.params ?? {};
      throw unknownCodes([{ code: String(p.code ?? ''), ref: String(p.ref ?? '') }]);
    }
    throw new ApiError(422, 'feed_rejected', `the plan refused the message: ${outcome.reason}`, undefined, {
      code: outcome.code ?? 'server_error',
      params: outcome.params ?? {},
    });
  }
  return { applied: true, ...base, ...counts, message: summary(true, counts) };
}

type Counts = Pick<FeedResult, 'created' | 'updated' | 'unchanged' | 'stale' | 'skipped'>;

/** The answer's sentence: what was written, and why a unit was left alone (never silently). */
function summary(applied: boolean, c: Counts): string {
  const units = (n: number) => `${n} unit${n === 1 ? '' : 's'}`;
  const parts = [
    c.created ? `${units(c.created)} created` : '',
    c.updated ? `${units(c.updated)} updated` : '',
    c.unchanged ? `${units(c.unchanged)} unchanged` : '',
    c.stale
      ? `${units(c.stale)} ignored: the plan already holds this message or a newer one ` +
        '(by Version within a message type, by Date and Time across types)'
      : '',
    c.skipped ? `${units(c.skipped)} skipped: no start time for a unit the plan does not hold` : '',
  ].filter(Boolean);
  const head = applied ? 'applied' : 'nothing changed';
  return parts.length ? `${head}: ${parts.join('; ')}` : `${head}: every unit was left out (see notices)`;
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ApiError(400, 'invalid_xml', 'body: not UTF-8 text (ODF messages are UTF-8)');
  }
}

function refusal(issues: OdfIssue[]): ApiError {
  const first = issues[0]!;
  if (UNREADABLE.has(first.code)) {
    return new ApiError(400, 'invalid_xml', describe(first), undefined, { issues });
  }
  if (first.code === 'wrongType') {
    return new ApiError(
      422,
      'wrong_message_type',
      `DocumentType ${first.params?.type}: only DT_SCHEDULE and DT_SCHEDULE_UPDATE are accepted here`,
      undefined,
      { issues },
    );
  }
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem(s), in issues)` : '';
  return new ApiError(422, 'invalid_feed', `${describe(first)}${more}; nothing was imported`, undefined, {
    issues,
  });
}

function unknownCodes(codes: { code: string; ref: string }[]): ApiError {
  const list = codes.map((c) => `${c.code} (unit ${c.ref})`).join(', ');
  return new ApiError(
    422,
    'unknown_code',
    `no venue has the ODF code(s) ${list}: an admin adds them to the venues' codes; nothing was imported`,
    undefined,
    { codes },
  );
}

/** One problem in English, for the `message` (the `issues` carry the codes). */
function describe(issue: OdfIssue): string {
  // The parser's column and words read as prose; other params (a value, a limit) follow as JSON.
  const { column, message, ...rest } = issue.params ?? {};
  const where = [
    issue.line ? `line ${issue.line}` : '',
    column !== undefined ? `column ${String(column)}` : '',
    issue.unit ? `unit ${issue.unit}` : '',
    issue.attribute ?? '',
  ]
    .filter(Boolean)
    .join(', ');
  const words = message !== undefined ? ` (${String(message)})` : '';
  const params = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
  const text: Record<OdfIssue['code'], string> = {
    empty: 'the message is empty',
    tooLarge: 'the message is too large',
    notXml: 'not well-formed XML',
    doctype: 'a DOCTYPE (DTD) is not accepted: ODF messages have none, and entities are never expanded',
    tooManyElements: 'more elements than any schedule message holds',
    notOdf: 'not an ODF message (the root element must be OdfBody)',
    noCompetition: 'an OdfBody without a Competition element holds no schedule',
    wrongType: 'not a schedule message',
    missingAttribute: 'a required attribute is missing',
    badAttribute: 'an attribute has a value ODF does not allow',
    unknownCompetition: 'CompetitionCode names no edition of the plan',
    noUnits: 'the message has no Unit',
    tooManyUnits: 'more units than one message may hold',
    unknownStatus: 'ScheduleStatus is not an ODF schedule status',
    unknownDiscipline: 'the unit code starts with an unknown discipline code',
    endBeforeStart: 'EndDate is before StartDate',
    duplicateUnit: 'the same unit code appears twice',
  };
  return `${where ? `${where}: ` : ''}${text[issue.code]}${words}${params}`;
}
