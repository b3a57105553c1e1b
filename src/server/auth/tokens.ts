// Invite and device tokens: 32 random bytes, base64url; only their SHA-256 is ever stored.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

export function newId(): string {
  return randomUUID();
}
