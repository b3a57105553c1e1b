// Which push services a subscription may name: the server POSTs only there.

/**
 * The push services of the browsers the team uses: Chrome and Android (FCM), Firefox (Mozilla
 * autopush), Safari and iOS home-screen apps (Apple), Edge (WNS). A subscription elsewhere is
 * refused: the server would otherwise POST to any address a signed-in device names.
 */
export const DEFAULT_PUSH_SERVICE_HOSTS = [
  'fcm.googleapis.com',
  'push.services.mozilla.com',
  'push.apple.com',
  'notify.windows.com',
] as const;

/** True when the endpoint is https on one of `hosts` or a subdomain of one (`web.push.apple.com`). */
export function isAllowedEndpoint(endpoint: string, hosts: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return hosts.some((h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`));
}
