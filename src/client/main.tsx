// Composition root of the PWA: the local store, i18n, the sync client, the service worker, then <App/>.
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { SyncRunner } from './features/sync/SyncRunner.tsx';
import { createAppI18n } from './i18n/app.ts';
import { createDexieStore, plantSeed, SESSION_SEED, StoreProvider } from './storage/index.ts';
import { parseRoute } from './state/route.ts';
import { AfterFirstScreen } from './start/first-screen.ts';
import { seedMyDay } from './features/creator/my-day-seed.ts';
import { cardTargetOf } from './features/creator/use-card-target.ts';
import { followCardRequests } from './features/push/open-card.ts';
import './ui/app.css';

// Registers the service worker and offers updates: nothing to show before "my day", so it loads after.
const ServiceWorkerUpdate = lazy(() =>
  import('./features/update/ServiceWorkerUpdate.tsx').then((m) => ({ default: m.ServiceWorkerUpdate })),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// IndexedDB opens and the first screen's rows are read while the language's strings load (both
// before the first render, in parallel): the first frame shows "my day", not "loading".
const store = createDexieStore();
const firstReads = store
  .getMeta()
  .then(({ session }) => {
    plantSeed(SESSION_SEED, session);
    if (session && parseRoute(location).screen === 'me')
      return seedMyDay(store, session, cardTargetOf(location.hash));
  })
  .catch(() => undefined); // a failure surfaces at the live read, with its reason
// A tapped notification while the app is open: show its card here.
followCardRequests();
void Promise.all([createAppI18n(), firstReads]).then(([i18n]) =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store}>
          {/* Syncs while the store holds a session (read live, so sign-in starts it), once the first screen shows. */}
          <AfterFirstScreen>
            <SyncRunner />
          </AfterFirstScreen>
          {/* Registers the service worker; offers updates only once the outbox is empty. */}
          <App
            updatePrompt={
              <Suspense fallback={null}>
                <ServiceWorkerUpdate />
              </Suspense>
            }
          />
        </StoreProvider>
      </I18nextProvider>
    </StrictMode>,
  ),
);
