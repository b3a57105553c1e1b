// The session ref of a calendar event: its UID (and occurrence), shortened with a SHA-256 digest when too long.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The longest ref a session has (ScheduleSession.ref): the same for CSV and iCalendar. */
export const MAX_REF_LENGTH = 80;
/** Hex digits of SHA-256 kept in a shortened ref: 128 bits, so two UIDs of a file never share one. */
const DIGEST_HEX = 32;

/**
 * A stable ref for one occurrence of an event (RFC 5545 §3.8.4.7 UID; §3.8.4.4 RECURRENCE-ID):
 * - a single event: its UID, `SWM-0727-F`;
 * - an occurrence of a recurring one: UID + "/" + its original start in UTC (the RECURRENCE-ID, not
 *   where it was moved to), `swm-heats@google.com/20240728T090000Z`, so moving it keeps its ref;
 * - a UID too long for a ref (Outlook's run to 112+ hex digits, Exchange's wrapped ones to 200+)
 *   keeps its first characters and ends with `~` and 32 hex digits of its SHA-256: the same UID
 *   always gives the same ref, so a re-import still updates rather than duplicates. The ref limit
 *   stays 80 (no change to the session schema every replica already checks).
 * @param occurrence the occurrence's RECURRENCE-ID in basic form (basicUtc), for recurring events only
 */
export function eventRef(uid: string, occurrence?: string): string {
  const id = uid.trim();
  const suffix = occurrence === undefined ? '' : `/${occurrence}`;
  const room = MAX_REF_LENGTH - suffix.length;
  if (id.length <= room) return id + suffix;
  const digest = bytesToHex(sha256(utf8ToBytes(id))).slice(0, DIGEST_HEX);
  return `${id.slice(0, room - DIGEST_HEX - 1)}~${digest}${suffix}`;
}

/** 20240728T090000Z: the iCalendar basic form of a UTC instant (RFC 5545 §3.3.5, form #2). */
export function basicUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/u, 'Z')
    .replace(/[-:]/gu, '');
}
