// Web Push calls of a signed-in device: the server's key and my state, my subscription, my choices.
import type { PushKind, PushLanguage, PushState } from '../../shared/protocol/push.ts';
import { apiCall } from './call.ts';

export const fetchPushState = (token: string) => apiCall<PushState>(token, 'GET', '/api/push');

/** `subscription` is PushSubscription.toJSON(): endpoint, expirationTime, keys {p256dh, auth}. */
export const saveSubscription = (token: string, subscription: PushSubscriptionJSON, lang: PushLanguage) =>
  apiCall<{ subscribed: true }>(token, 'PUT', '/api/push/subscription', { ...subscription, lang });

export const deleteSubscription = (token: string) =>
  apiCall<{ subscribed: false }>(token, 'DELETE', '/api/push/subscription');

export const savePreferences = (token: string, kinds: readonly PushKind[]) =>
  apiCall<{ kinds: PushKind[] }>(token, 'PUT', '/api/push/preferences', { kinds });
