// The header's sync corner, wired: outbox and rejections from the store, network state from the sync client.
import { lazy, Suspense, useState } from 'react';
import { useSyncStatus } from '../../state/sync.ts';
import { useTranslation } from 'react-i18next';
import {
  useLocalStore,
  usePendingCount,
  usePendingMutations,
  usePersistedStorage,
  useRejections,
  useSyncMeta,
} from '../../storage/index.ts';
import { SyncIndicator } from '../../ui/SyncIndicator.tsx';

// Shown rarely (a tap on the rejected count, a revoked device): they, and the mutation registry
// they name changes with, load then, never before "my day".
const RejectedList = lazy(() =>
  import('../../ui/RejectedList.tsx').then((m) => ({ default: m.RejectedList })),
);
const SignedOutBanner = lazy(() =>
  import('../../ui/SignedOutBanner.tsx').then((m) => ({ default: m.SignedOutBanner })),
);

export function SyncBar() {
  const { t } = useTranslation();
  const store = useLocalStore();
  const pendingCount = usePendingCount() ?? 0;
  const rejections = useRejections() ?? [];
  const meta = useSyncMeta();
  const status = useSyncStatus((s) => s.status);
  const online = useSyncStatus((s) => s.online);
  const lastError = useSyncStatus((s) => s.lastError);
  const lastSyncAt = useSyncStatus((s) => s.lastSyncAt);
  const storageFull = useSyncStatus((s) => s.storageFull);
  const rowsAside = useSyncStatus((s) => s.rowsAside);
  const updateWaiting = useSyncStatus((s) => s.updateWaiting);
  const persisted = usePersistedStorage();
  const [open, setOpen] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  // Revoked now (the server refused the token), or earlier: no session left but changes still unsent.
  const signedOut = status === 'signed-out' || (meta !== undefined && !meta.session && pendingCount > 0);

  return (
    <>
      <SyncIndicator
        online={online && status !== 'offline'}
        syncing={status === 'syncing'}
        pendingCount={pendingCount}
        // The store's time survives a relaunch; the client's is fresher within a session.
        lastSyncAt={latest(meta?.lastSyncAt ?? null, lastSyncAt)}
        // A full phone is said in the user's language, never as the browser's error name. Offline,
        // the badge says why nothing goes through: a request cut by the network adds nothing.
        error={
          storageFull
            ? t('phone.reason.full')
            : (status === 'error' && online) || status === 'update-required'
              ? lastError
              : null
        }
        storageFull={storageFull}
        rowsAside={rowsAside}
        updateWaiting={updateWaiting}
        persisted={persisted}
        rejectedCount={rejections.length}
        rejectedOpen={open && rejections.length > 0}
        onToggleRejected={() => setOpen((o) => !o)}
        member={meta?.session?.member.name}
        moreOpen={moreOpen}
        onToggleMore={() => setMoreOpen((o) => !o)}
      />
      {signedOut ? (
        <Suspense fallback={<p aria-busy="true">{t('sync.signedOut')}</p>}>
          <SignedOutWaiting />
        </Suspense>
      ) : null}
      {open && rejections.length > 0 ? (
        <Suspense fallback={<p aria-busy="true">{t('nav.loading')}</p>}>
          <RejectedList
            rejections={rejections}
            onDismiss={(id) => void store.dismissRejection(id)}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}

/** The banner of a signed-out phone, naming its waiting changes: only then is the whole outbox read. */
function SignedOutWaiting() {
  const waiting = usePendingMutations() ?? [];
  return <SignedOutBanner waiting={waiting} />;
}

function latest(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  return a > b ? a : b;
}
