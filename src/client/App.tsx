// The app's frame: header (name, language, sync state), update prompt, and the screen of the current route.
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatorScreen } from './features/creator/CreatorScreen.tsx';
import { PreviewUploader } from './features/creator/PreviewUploader.tsx';
import { DayScreen } from './features/day/DayScreen.tsx';
import { AssignmentsChangedBanner } from './features/standup/AssignmentsChangedBanner.tsx';
import { SignInRoute } from './features/signin/SignInRoute.tsx';
import { NotSignedIn } from './features/signin/NotSignedIn.tsx';
import { SyncBar } from './features/sync/SyncBar.tsx';
import { PushPanel } from './features/push/PushPanel.tsx';
import { useRoute } from './state/route.ts';
import { useSyncMeta } from './storage/index.ts';
import { LanguageSwitch } from './ui/LanguageSwitch.tsx';
import { canSee, Nav } from './ui/Nav.tsx';

// The desk and the stand-up are laptop screens: a phone never downloads them before "my day".
// They are precached with the rest of the shell, so they still open offline.
const StandupScreen = lazy(() =>
  import('./features/standup/StandupScreen.tsx').then((m) => ({ default: m.StandupScreen })),
);
const BoardScreen = lazy(() =>
  import('./features/board/BoardScreen.tsx').then((m) => ({ default: m.BoardScreen })),
);
// The team screen and its QR code library: admins only, never in a creator's phone's first load.
const TeamScreen = lazy(() =>
  import('./features/team/TeamScreen.tsx').then((m) => ({ default: m.TeamScreen })),
);

export interface AppProps {
  /** The service-worker update prompt; main.tsx passes it (tests run without a service worker). */
  updatePrompt?: ReactNode;
}

export function App({ updatePrompt }: AppProps) {
  const { t } = useTranslation();
  const route = useRoute();
  const meta = useSyncMeta();
  const session = meta?.session ?? null;

  let screen: ReactNode;
  if (!meta) screen = <p aria-busy="true">{t('day.loading')}</p>;
  else if (route.screen === 'signin' && (route.invite || !session))
    screen = <SignInRoute invite={route.invite} />;
  else if (session) {
    const actor = { memberId: session.member.memberId, role: session.member.role };
    if (route.screen !== 'signin' && !canSee(actor.role, route.screen)) screen = <p>{t('nav.notForRole')}</p>;
    else if (route.screen === 'me') screen = <CreatorScreen actor={actor} />;
    else if (route.screen === 'plan') screen = <StandupScreen actor={actor} />;
    else if (route.screen === 'board') screen = <BoardScreen actor={actor} />;
    else if (route.screen === 'team') screen = <TeamScreen session={session} />;
    else screen = <DayScreen actor={actor} />;
  } else {
    screen = <NotSignedIn />;
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-bar">
          <p className="app-name">{t('app.name')}</p>
          {session ? (
            <p className="app-member">
              <span className="visually-hidden">{t('signin.signedInAs')} </span>
              {session.member.name}
            </p>
          ) : null}
          <LanguageSwitch />
        </div>
        <SyncBar />
        {session ? <Nav role={session.member.role} current={route.screen} /> : null}
        {/* In the sticky header: seen wherever the user has scrolled. */}
        {updatePrompt}
      </header>
      {/* Sends snapshots taken on this phone whatever the screen (they travel apart from the outbox). */}
      {session ? <PreviewUploader /> : null}
      <main id="main" tabIndex={-1}>
        {/* A creator's own assignments changed since they last looked: on their day and on the plan. */}
        {session && (route.screen === 'me' || route.screen === 'day') ? (
          <AssignmentsChangedBanner memberId={session.member.memberId} />
        ) : null}
        {/* Web Push opt-in, after sign-in, where a creator lands. */}
        {session && route.screen === 'me' ? <PushPanel session={session} /> : null}
        <Suspense fallback={<p aria-busy="true">{t('nav.loading')}</p>}>{screen}</Suspense>
      </main>
    </>
  );
}
