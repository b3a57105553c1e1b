// The sync state, always visible in the header on two short lines (network and last sync; waiting
// changes), with the device's account and storage facts one tap away; alerts show when they arise.
import { useTranslation } from 'react-i18next';
import { formatClock } from './time.ts';
import { formatLocale } from '../i18n/format-locale.ts';

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
  /** The signed-in member's name, shown with the storage facts on demand. */
  member?: string | undefined;
  /** The account and storage details are shown. */
  moreOpen?: boolean;
  onToggleMore?(): void;
}

export function SyncIndicator(props: SyncIndicatorProps) {
  const { t, i18n } = useTranslation();
  const { online, syncing, pendingCount, lastSyncAt, error, rejectedCount, persisted, storageFull } = props;
  const rowsAside = props.rowsAside ?? 0;
  return (
    <div className="sync-indicator">
      {/* A live region: screen readers hear "All changes sent" without moving focus. */}
      <div role="status" aria-label={t('sync.label')} className="sync-status">
        <span className="sync-line">
          <span className={online ? 'badge badge-online' : 'badge badge-offline'}>
            {online ? t('sync.online') : t('sync.offline')}
          </span>{' '}
          <span className="sync-last">
            {syncing
              ? t('sync.syncing')
              : lastSyncAt
                ? t('sync.lastSync', { time: formatClock(lastSyncAt, formatLocale(i18n.language)) })
                : t('sync.neverSynced')}
          </span>
        </span>{' '}
        {/* Never synced and nothing waiting: "All changes sent" would contradict "Not synced yet". */}
        {pendingCount > 0 || lastSyncAt ? (
          <span className={pendingCount > 0 ? 'sync-line sync-pending' : 'sync-line sync-sent'}>
            {pendingCount > 0 ? t('sync.pending', { count: pendingCount }) : t('sync.allSent')}
          </span>
        ) : null}
        {/* One line in the header (the whole sentence is read out, and shown under "⋯"). */}
        {error ? <span className="sync-line sync-error">{t('sync.failed', { message: error })}</span> : null}
      </div>
      {props.onToggleMore ? (
        <button
          type="button"
          className="sync-more"
          aria-label={t('sync.more')}
          title={t('sync.more')}
          aria-expanded={props.moreOpen ?? false}
          aria-controls="sync-details"
          onClick={props.onToggleMore}
        >
          ⋯
        </button>
      ) : null}
      {storageFull ? <p className="sync-alert sync-error">{t('phone.storage.full')}</p> : null}
      {props.moreOpen ? (
        <div id="sync-details" className="sync-details">
          <p>
            {t('app.name')}
            {props.member ? ` · ${t('signin.signedInAs', { name: props.member })}` : null}
          </p>
          {error ? <p className="sync-error">{t('sync.failed', { message: error })}</p> : null}
          {persisted !== undefined ? (
            <p>{t(persisted ? 'phone.storage.persisted' : 'phone.storage.notPersisted')}</p>
          ) : null}
        </div>
      ) : null}
      {rowsAside > 0 || props.updateWaiting ? (
        <p className="sync-alert sync-update">
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
