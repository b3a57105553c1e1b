// Wires the sign-in screen to the local store: keeps the session, asks for persistent storage, goes to the day.
import type { SessionInfo } from '../../../shared/protocol/messages.ts';
import { navigate } from '../../state/route.ts';
import { homeOf } from '../../ui/Nav.tsx';
import { requestPersistentStorage, useLocalStore, useSyncMeta } from '../../storage/index.ts';
import { SignInScreen } from './SignInScreen.tsx';

export function SignInRoute({ invite }: { invite: string | null }) {
  const store = useLocalStore();
  const meta = useSyncMeta();

  async function signedIn(session: SessionInfo) {
    await store.setSession({
      deviceToken: session.deviceToken,
      deviceId: session.deviceId,
      member: { memberId: session.member.id, role: session.member.role, name: session.member.name },
    });
    // The outbox must survive storage pressure now that this device holds a member's changes.
    await requestPersistentStorage();
    // Replace, not push: the spent invite token leaves the URL and the history.
    // Creators land on their own day (/me); the others on the day's plan.
    navigate(homeOf(session.member.role), { replace: true });
  }

  return <SignInScreen invite={invite} clientID={meta?.clientID} onSignedIn={signedIn} />;
}
