// What the server says when its sign-in links would start with an address only this computer can open.
import { isLoopbackUrl } from '../shared/net/loopback.ts';

/**
 * The warning for links built on `publicUrl` (the configured PUBLIC_URL, else http://localhost:PORT),
 * or undefined when phones can reach it. Printed by `npm start` and by the admin CLI's invites, whose
 * links come from the PUBLIC_URL and PORT of the shell the command runs in, not the server's.
 */
export function loopbackWarning(publicUrl: string): string | undefined {
  if (!isLoopbackUrl(publicUrl)) return undefined;
  return (
    `Sign-in links and their QR codes start with ${publicUrl}, which only this computer can open: ` +
    'phones cannot. Set PUBLIC_URL to the address phones reach (HTTPS; see README, "Configuration"), ' +
    'the same for the server and for npm run admin.'
  );
}
