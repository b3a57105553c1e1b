// Whether an address only reaches the machine it is opened on (localhost): a sign-in link a phone cannot open.

/**
 * True when `url` (absolute, http or https) names a loopback host: `localhost` and its subdomains
 * (RFC 6761 §6.3), 127.0.0.0/8, `::1` (RFC 4291 §2.5.3), or the unspecified `0.0.0.0` / `::`. A phone
 * opening such a link reaches itself, not the server. False for anything unparsable.
 */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127(\.\d{1,3}){3}$/.test(host)) return true;
  return host === '::1' || host === '0.0.0.0' || host === '::';
}
