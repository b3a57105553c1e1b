// The schedule feed tokens port: the results systems' bearer tokens (hashes only), created and revoked by admins.
/** A feed token as the admin sees it: never its hash, never the token. Times are ISO 8601 UTC. */
export interface FeedToken {
  id: string;
  name: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** Several tokens may be live (one per results system); a revoked one never works again. */
export interface FeedTokenStore {
  /** Adds a token (its SHA-256 only). Several may be live: one per results system. */
  create(token: Omit<FeedToken, 'lastUsedAt' | 'revokedAt'> & { tokenHash: string }): Promise<void>;
  /** The live (not revoked) token with this hash. */
  byTokenHash(tokenHash: string): Promise<FeedToken | undefined>;
  /** Every token, newest first, revoked ones too (with when). */
  list(): Promise<FeedToken[]>;
  /** Revokes a live token; returns 1, or 0 when unknown or already revoked. */
  revoke(id: string, at: string): Promise<number>;
  /** Records when a token last pushed a message (for the admin's list). */
  touch(id: string, at: string): Promise<void>;
}
