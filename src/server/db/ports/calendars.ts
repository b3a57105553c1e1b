// The calendar feeds port: members' secret calendar URLs (RFC 5545 feeds), stored as token hashes, revocable.
/** A member's calendar feed; times are ISO 8601 UTC. The token itself is never stored. */
export interface CalendarFeed {
  id: string;
  memberId: string;
  /** The member (admin or the member) who made the URL. */
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

/** One live URL per member at most; a revoked URL never works again. Only storage faults throw. */
export interface CalendarStore {
  /** Adds a feed and revokes the member's older ones in one transaction: one live URL per member. */
  create(feed: Omit<CalendarFeed, 'revokedAt'> & { tokenHash: string }): Promise<void>;
  /** The live (not revoked) feed holding this token hash (SHA-256 of the URL's token). */
  byTokenHash(tokenHash: string): Promise<CalendarFeed | undefined>;
  /** Revokes every live feed of a member; returns how many. */
  revoke(memberId: string, at: string): Promise<number>;
}
