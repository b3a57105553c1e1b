// The sync protocol's version and its history: bump it when a message or a mutation changes shape.
//
// History:
//   1 — push / pull / poke; patch of put/del/clear ops; rejected mutations returned by pull.
//   2 — rejections carry `code` + `params` (REJECTION_CODES) beside the English `reason`, in push
//       results and in pull's `rejected[]`; rejected args bounded (`$truncated` marker) and the
//       oldest of a device's rejections merged into one `rejections_dropped` entry; status history
//       entries and captures carry the server's `receivedAt` (and `clockOff`); new mutation
//       `signature.link`; a no-op `signature.advance` never writes its note or link.
//       Version 1 clients are still served: every addition is an optional field they ignore.
//   3 — the schedule under the plan: new mutations `session.update`, `schedule.feed` (one ODF
//       message), `venue.codes` (admins) and `assignment.acknowledge` (own assignment only); new
//       optional fields: ScheduleSession `status`, `feed`; Moment `pinned`, `sessionStatus`,
//       `scheduleChange`; Venue `odfCodes`; Assignment `acknowledged`; Member `job` (the team screen;
//       `member.put` carries it); rejection codes
//       `unknown_code`, `code_taken`, `end_before_start`. `session.put` and `schedule.import`
//       move the moments of the sessions they move. Versions 1 and 2 are still served: their
//       schemas drop the new fields, and they never send the new mutations.
//   4 — pull answers say the `dataVersion` of their rows (DATA_VERSION below); a patch may name a
//       kind the client does not know (a newer server): the client keeps such rows, and rows it
//       cannot read, aside instead of failing the pull. Additions only: versions 1 to 3 are served.
//       Later, within 4 (an opt-in, no bump): a poke stream opened with `?patch=1` may carry the
//       rows of a version range (PokeData `from`, `dataVersion`, `patch`; SYNC-RULES R15). Streams
//       that do not ask, every older app's, get `{ version }` as before.
export const PROTOCOL_VERSION = 4;

/** The oldest client protocol this server still accepts; older clients are told to update. */
export const MIN_CLIENT_PROTOCOL_VERSION = 1;

// The shape of the synced rows (src/shared/domain), apart from the messages that carry them: bump it
// when a row may hold something an older app cannot read (a new status value, a new kind, a field
// an older schema refuses). An app older than the rows keeps the rows it cannot read aside, keeps
// syncing the rest and its outbox, says an update is waiting, and pulls everything again once
// updated (src/client/sync/data-version.ts).
//
// History:
//   1 — the rows as of protocol 4: editions, venues, sessions, moments, spots, access requests,
//       members, assignments, signature images (statuses planned → published, receipt times).
export const DATA_VERSION = 1;
