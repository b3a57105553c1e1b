// Creating and revoking schedule feed tokens: the admin CLI and the admin API share these.
import { hashToken, newId, newToken } from '../auth/tokens.ts';
import type { FeedToken } from '../db/ports/feeds.ts';
import type { SubStores } from '../db/port.ts';

/** A new token: shown once to the admin (printed, or in the 201 answer), only its hash is kept. */
export interface CreatedFeedToken {
  token: string;
  feed: FeedToken;
}

/** Creates a feed token named `name` (who uses it: "Results system (OVR)") by member `createdBy`. */
export async function createFeedToken(
  store: Pick<SubStores, 'feeds'>,
  name: string,
  createdBy: string,
  now: Date = new Date(),
): Promise<CreatedFeedToken> {
  const token = newToken();
  const feed: FeedToken = {
    id: newId(),
    name,
    createdBy,
    createdAt: now.toISOString(),
    lastUsedAt: null,
    revokedAt: null,
  };
  await store.feeds.create({ ...feed, tokenHash: hashToken(token) });
  return { token, feed };
}

/** The live feed token of an `Authorization: Bearer <token>` header, or undefined. */
export async function feedOfHeader(
  store: Pick<SubStores, 'feeds'>,
  authorization: string | undefined,
): Promise<FeedToken | undefined> {
  const value = authorization?.trim() ?? '';
  if (!value.startsWith('Bearer ')) return undefined;
  const token = value.slice('Bearer '.length);
  // newToken() makes 43 base64url characters; anything else cannot be one.
  if (token.length < 16 || token.length > 200 || !isBase64Url(token)) return undefined;
  return store.feeds.byTokenHash(hashToken(token));
}

function isBase64Url(text: string): boolean {
  return [...text].every(
    (c) =>
      (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-' || c === '_',
  );
}
