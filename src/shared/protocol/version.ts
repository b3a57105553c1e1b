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
export const PROTOCOL_VERSION = 3;

/** The oldest client protocol this server still accepts; older clients are told to update. */
export const MIN_CLIENT_PROTOCOL_VERSION = 1;
