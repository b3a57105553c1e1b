// Storage faults: database errors that are the disk's or the database server's, not the request's (full, I/O, corrupt).

/**
 * A failure of the storage under the server. `code` is what the operator searches for: SQLite's
 * extended result code (`SQLITE_FULL`, `SQLITE_IOERR_WRITE`…), PostgreSQL's SQLSTATE (`53100`
 * disk_full, `58030` io_error…) or the socket error (`ECONNREFUSED`).
 * `transient` faults (a lock held too long, a connection refused) pass without operator help.
 */
export interface StorageFault {
  code: string;
  /** What the code means, in words, for the log and the 503's message. */
  meaning: string;
  transient: boolean;
}

const SQLITE: [RegExp, string, boolean][] = [
  [/^SQLITE_FULL/, 'the disk (or the database file) is full', false],
  [/^SQLITE_IOERR/, 'the disk failed a read or write', false],
  [/^SQLITE_CORRUPT/, 'the database file is damaged', false],
  [/^SQLITE_NOTADB/, 'the database file is not an SQLite database', false],
  [/^SQLITE_READONLY/, 'the database file cannot be written', false],
  [/^SQLITE_CANTOPEN/, 'the database file cannot be opened', false],
  [/^SQLITE_PERM/, 'no permission to write the database file', false],
  [/^SQLITE_BUSY|^SQLITE_LOCKED/, 'another process holds the database lock', true],
];

/** PostgreSQL SQLSTATE classes that say the database server, not the request, failed. */
const POSTGRES: [RegExp, string, boolean][] = [
  [/^53100$/, 'the database server is out of disk space (disk_full)', false],
  [/^53/, 'the database server is out of resources', true],
  [/^58/, 'the database server had a system or I/O error', false],
  [/^XX00[12]$/, 'the database server found damaged data', false],
  [/^57P0[123]$/, 'the database server is shutting down or starting', true],
  [/^08/, 'the connection to the database server failed', true],
  [/^25006$/, 'the database server is read-only (a standby?)', true],
];

const SOCKET = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EPIPE)$/;
const FILE_SYSTEM: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EIO: 'the disk failed a read or write',
  EROFS: 'the file system is read-only',
};

/** The storage fault an error stands for, or undefined when it is some other error (a bug, a bad request). */
export function storageFault(error: unknown, depth = 0): StorageFault | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : '';
  if (typeof code === 'string') {
    const table = code.startsWith('SQLITE_') ? SQLITE : /^[0-9A-Z]{5}$/.test(code) ? POSTGRES : [];
    for (const [pattern, meaning, transient] of table)
      if (pattern.test(code)) return { code, meaning, transient };
    if (SOCKET.test(code)) return { code, meaning: `the database is unreachable (${code})`, transient: true };
    if (Object.hasOwn(FILE_SYSTEM, code)) return { code, meaning: FILE_SYSTEM[code]!, transient: false };
  }
  // node-postgres reports a lost connection without a code.
  if (/Connection terminated|connection timeout/i.test(message))
    return {
      code: 'connection_lost',
      meaning: 'the connection to the database server was lost',
      transient: true,
    };
  // A wrapped error (a failed migration) keeps the driver's as its cause.
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && depth < 3 ? storageFault(cause, depth + 1) : undefined;
}

/** One log line's worth: `SQLITE_FULL (the disk (or the database file) is full): database or disk is full`. */
export function describeFault(fault: StorageFault, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `${fault.code} (${fault.meaning}): ${detail}`;
}
