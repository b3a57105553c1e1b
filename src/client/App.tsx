// The app's frame: header (name, language, sync state), update prompt, and the screen of the current route.
import type { ReactNode } from 'react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLaterCatalogs } from './i18n/app.ts';
import { CreatorScreen } from './features/creator/CreatorScreen.tsx';
import { NotSignedIn } from './features/signin/NotSignedIn.tsx';
import { SyncBar } from './features/sync/SyncBar.tsx';
import { useRoute } from './state/route.ts';
import { useSession } from './storage/index.ts';
import { AfterFirstScreen, useMarkFirstScreen } from './start/first-screen.ts';
import { LanguageSwitch } from './ui/LanguageSwitch.tsx';
import { canSee, homeOf, Nav } from './ui/Nav.tsx';
import { NoticeSlotContext } from './ui/notice-slot.ts';
import { forgetMyDaySnapshot } from './features/creator/my-day-snapshot.ts';

// The desk and the stand-up are laptop screens: a phone never downloads them before "my day".
// They are precached with the rest of the shell, so they still open offline.
const StandupScreen = lazy(() =>
  import('./features/standup/StandupScreen.tsx').then((m) => ({ default: m.StandupScreen })),
);
// The day's whole plan is the other roles' home; a creator's is "my day" (/me), shown first.
const DayScreen = lazy(() => import('./features/day/DayScreen.tsx').then((m) => ({ default: m.DayScreen })));
// Renders nothing: sends waiting snapshots, so it (and the upload code) can come after "my day".
const PreviewUploader = lazy(() =>
  import('./features/creator/PreviewUploader.tsx').then((m) => ({ default: m.PreviewUploader })),
);
// Sign-in happens once per device, with the network: its code (and the protocol's schemas) loads then.
const SignInRoute = lazy(() =>
  import('./features/signin/SignInRoute.tsx').then((m) => ({ default: m.SignInRoute })),
);
const BoardScreen = lazy(() =>
  import('./features/board/BoardScreen.tsx').then((m) => ({ default: m.BoardScreen })),
);
// "Your assignments changed" compares with what was acknowledged: it may come just after "my day".
const AssignmentsChangedBanner = lazy(() =>
  import('./features/standup/AssignmentsChangedBanner.tsx').then((m) => ({
    default: m.AssignmentsChangedBanner,
  })),
);
// Notifications on this phone: offered below "my day", with its strings and the protocol's schemas, after it.
const PushPanel = lazy(() => import('./features/push/PushPanel.tsx').then((m) => ({ default: m.PushPanel })));
// The team screen and its QR code library: admins only, never in a creator's phone's first load.
const TeamScreen = lazy(() =>
  import('./features/team/TeamScreen.tsx').then((m) => ({ default: m.TeamScreen })),
);

// "Page not found": rare, so neither it nor its strings are in the first load.
const NotFound = lazy(() => import('./ui/NotFound.tsx').then((m) => ({ default: m.NotFound })));

/** Waits for the laptop screens' strings (loaded with them, never before "my day"). */
function WithLaterStrings({ children }: { children: ReactNode }) {
  useLaterCatalogs();
  return children;
}

export interface AppProps {
  /** The service-worker update prompt; main.tsx passes it (tests run without a service worker). */
  updatePrompt?: ReactNode;
}

export function App({ updatePrompt }: AppProps) {
  const { t } = useTranslation();
  const route = useRoute();
  // The session only: the meta's other fields change at every tap, the frame must not re-render then.
  const loadedSession = useSession();
  const session = loadedSession ?? null;
  // One-off notices ("ready to work offline") go here, in the page, not in the sticky header.
  const [noticeSlot, setNoticeSlot] = useState<HTMLElement | null>(null);
  // "My day" says itself when it has shown; any other screen has shown once the session is known.
  useMarkFirstScreen(loadedSession !== undefined && !(session && route.screen === 'me'));
  // Signed out (or never signed in): no copy of anyone's day may show at the next start.
  useEffect(() => {
    if (loadedSession === null) forgetMyDaySnapshot();
  }, [loadedSession]);

  let screen: ReactNode;
  if (loadedSession === undefined) screen = <p aria-busy="true">{t('day.loading')}</p>;
  else if (route.screen === 'signin' && (route.invite || !session))
    screen = <SignInRoute invite={route.invite} />;
  else if (route.screen === 'notFound')
    screen = (
      <WithLaterStrings>
        <NotFound path={route.path} home={session ? homeOf(session.member.role) : '/'} />
      </WithLaterStrings>
    );
  else if (session) {
    const actor = { memberId: session.member.memberId, role: session.member.role };
    if (route.screen !== 'signin' && !canSee(actor.role, route.screen)) screen = <p>{t('nav.notForRole')}</p>;
    else if (route.screen === 'me')
      screen = (
        <CreatorScreen
          actor={actor}
          // Web Push opt-in, where a creator lands: after the day's first moment, which stays in sight.
          afterFirstMoment={
            <AfterFirstScreen>
              <Suspense fallback={null}>
                <WithLaterStrings>
                  <PushPanel session={session} />
                </WithLaterStrings>
              </Suspense>
            </AfterFirstScreen>
          }
        />
      );
    else if (route.screen === 'plan')
      screen = (
        <WithLaterStrings>
          <StandupScreen actor={actor} />
        </WithLaterStrings>
      );
    else if (route.screen === 'board')
      screen = (
        <WithLaterStrings>
          <BoardScreen actor={actor} />
        </WithLaterStrings>
      );
    else if (route.screen === 'team')
      screen = (
        <WithLaterStrings>
          <TeamScreen session={session} />
        </WithLaterStrings>
      );
    else screen = <DayScreen actor={actor} />;
  } else {
    screen = <NotSignedIn />;
  }

  return (
    <NoticeSlotContext.Provider value={noticeSlot}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        {/* Only on a wide screen; a phone shows it with the account, one tap away (SyncBar). */}
        <p className="app-name">{t('app.name')}</p>
        <SyncBar />
        <LanguageSwitch />
        {session ? <Nav role={session.member.role} current={route.screen} /> : null}
        {/* In the sticky header: seen wherever the user has scrolled (one-off notices go to the slot below). */}
        <AfterFirstScreen>{updatePrompt}</AfterFirstScreen>
      </header>
      {/* Sends snapshots taken on this phone whatever the screen (they travel apart from the outbox). */}
      {session ? (
        <AfterFirstScreen>
          <Suspense fallback={null}>
            <PreviewUploader />
          </Suspense>
        </AfterFirstScreen>
      ) : null}
      <main id="main" tabIndex={-1}>
        <div ref={setNoticeSlot} className="app-notices" />
        {/* A creator's own assignments changed since they last looked: on their day and on the plan. */}
        {session && (route.screen === 'me' || route.screen === 'day') ? (
          <AfterFirstScreen>
            <Suspense fallback={null}>
              <AssignmentsChangedBanner memberId={session.member.memberId} />
            </Suspense>
          </AfterFirstScreen>
        ) : null}
        <Suspense fallback={<p aria-busy="true">{t('nav.loading')}</p>}>{screen}</Suspense>
      </main>
    </NoticeSlotContext.Provider>
  );
}
