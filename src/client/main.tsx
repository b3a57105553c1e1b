// Composition root of the PWA: the local store, i18n, the sync client, the service worker, then <App/>.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { ServiceWorkerUpdate } from './features/update/ServiceWorkerUpdate.tsx';
import { SyncRunner } from './features/sync/SyncRunner.tsx';
import { createAppI18n } from './i18n/index.ts';
import { createDexieStore, StoreProvider } from './storage/index.ts';
import { followCardRequests } from './features/push/open-card.ts';
import './ui/app.css';

const store = createDexieStore();
const i18n = createAppI18n();
// A tapped notification while the app is open: show its card here.
followCardRequests();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StoreProvider store={store}>
        {/* Syncs while the store holds a session (read live, so sign-in starts it). */}
        <SyncRunner />
        {/* Registers the service worker; offers updates only once the outbox is empty. */}
        <App updatePrompt={<ServiceWorkerUpdate />} />
      </StoreProvider>
    </I18nextProvider>
  </StrictMode>,
);
