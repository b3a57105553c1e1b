// The sync state, always visible in the header: network, waiting changes, last sync, rejected changes.
import { useTranslation } from 'react-i18next';
import { formatClock } from './time.ts';

export interface SyncIndicatorProps {
  online: boolean;
  /** A push or pull is in flight. */
  syncing?: boolean;
  pendingCount: number;
  lastSyncAt: string | null;
  /** Why the last sync attempt failed, if it did (cleared by the next success). */
  error?: string | null;
  rejectedCount: number;
  rejectedOpen: boolean;
  /** The browser granted persistent storage (undefined: it cannot say). */
  persisted?: boolean | undefined;
  /** The phone's storage is full: sync and snapshots wait for room. */
  storageFull?: boolean;
  /** Rows from a newer server this app cannot read, kept aside (sync/data-version.ts). */
  rowsAside?: number;
  /** The server's data is newer than this app: an update is waiting. */
  updateWaiting?: boolean;
  onToggleRejected(): void;
}

export function SyncIndicator(props: SyncIndicatorProps) {
  const { t, i18n } = useTranslation();
  const { online, syncing, pendingCount, lastSyncAt, error, rejectedCount, persisted, storageFull } = props;
  const rowsAside = props.rowsAside ?? 0;
  return (
    <div className="sync-indicator">
      {/* A live region: screen readers hear "All changes sent" without moving focus. */}
      <div role="status" aria-label={t('sync.label')} className="sync-status">
        <span className={online ? 'badge badge-online' : 'badge badge-offline'}>
          {online ? t('sync.online') : t('sync.offline')}
        </span>
        <span className={pendingCount > 0 ? 'sync-pending' : 'sync-sent'}>
          {pendingCount > 0 ? t('sync.pending', { count: pendingCount }) : t('sync.allSent')}
        </span>
        <span className="sync-last">
          {syncing
            ? t('sync.syncing')
            : lastSyncAt
              ? t('sync.lastSync', { time: formatClock(lastSyncAt, i18n.language) })
              : t('sync.neverSynced')}
        </span>
        {error ? <span className="sync-error">{t('sync.failed', { message: error })}</span> : null}
      </div>
      {persisted !== undefined || storageFull ? (
        <p className="sync-storage">
          {storageFull ? <span className="sync-error">{t('phone.storage.full')}</span> : null}
          {persisted !== undefined ? (
            <span>{t(persisted ? 'phone.storage.persisted' : 'phone.storage.notPersisted')}</span>
          ) : null}
        </p>
      ) : null}
      {rowsAside > 0 || props.updateWaiting ? (
        <p className="sync-update">
          {rowsAside > 0 ? t('sync.rowsAside', { count: rowsAside }) : t('sync.updateWaiting')}
        </p>
      ) : null}
      {rejectedCount > 0 ? (
        <button
          type="button"
          className="button button-warning"
          aria-expanded={props.rejectedOpen}
          aria-controls="rejected-changes"
          onClick={props.onToggleRejected}
        >
          {t('sync.rejectedButton', { count: rejectedCount })}
        </button>
      ) : null}
    </div>
  );
}
