// The sync protocol's version and its history: bump it when a message or a mutation changes shape.
//
// History:
//   1 — push / pull / poke; patch of put/del/clear ops; rejected mutations returned by pull.
export const PROTOCOL_VERSION = 1;

/** The oldest client protocol this server still accepts; older clients are told to update. */
export const MIN_CLIENT_PROTOCOL_VERSION = 1;
