// The audit port: the mutation log read back, whole or per client, and the audit trail of a record.
import type { AnyEntity, Kind } from '../../../shared/domain/entities.ts';
import type {
  AuditChange as SharedAuditChange,
  AuditEntry as SharedAuditEntry,
} from '../../../shared/protocol/audit.ts';
import type { MutationLogEntry } from './sync-storage.ts';

/** One row changed by one mutation, as the audit shows it: rows are domain entities. */
export type AuditChange = SharedAuditChange<AnyEntity>;

/** Which part of the trail to read. */
export interface AuditQuery {
  kind?: Kind;
  id?: string;
  /** Only entries the server recorded at or after this instant (ISO 8601 UTC). */
  since?: string;
  /** At most this many entries (the newest). */
  limit: number;
}

/** One mutation in the audit trail, newest first; the shape GET /api/audit answers with. */
export type AuditEntry = SharedAuditEntry<AnyEntity>;

/**
 * Reads what SyncStorage.write logged. Upholds R4 (rejected mutations are kept, with code, params
 * and reason, found by the record they aimed at) and R9 (the device's `at` beside the server's
 * `loggedAt`, with the `clockOff` verdict).
 */
export interface AuditLog {
  /** Every logged mutation, or one client's, ordered by loggedAt, then clientID, then mutationID. */
  mutationLog(clientID?: string): Promise<MutationLogEntry[]>;
  /** The audit trail, newest first, optionally of one kind or one record; applied and rejected. */
  audit(query: AuditQuery): Promise<AuditEntry[]>;
}
