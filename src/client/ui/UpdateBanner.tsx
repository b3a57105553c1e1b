// "A new version is ready": the Update button stays disabled while the outbox holds unsent changes.
import { useTranslation } from 'react-i18next';

export interface UpdateBannerProps {
  /** A new service worker is installed and waiting. */
  needRefresh: boolean;
  offlineReady: boolean;
  /** Changes waiting in the outbox; undefined while the store is still answering (blocked too). */
  pendingCount: number | undefined;
  onUpdate(): void;
  onDismissOfflineReady(): void;
}

/**
 * Invariant: never activate a new service worker while changes wait on this phone. A new
 * version may change the outbox or the mutations; activating it reloads the page mid-sync.
 */
export function UpdateBanner(props: UpdateBannerProps) {
  const { t } = useTranslation();
  const { needRefresh, offlineReady, pendingCount } = props;
  if (needRefresh) {
    const blocked = pendingCount !== 0;
    return (
      <section className="panel panel-info update-banner" aria-labelledby="update-heading">
        <h2 id="update-heading">{t('update.ready')}</h2>
        {blocked && pendingCount ? (
          <p id="update-blocked">{t('update.blocked', { count: pendingCount })}</p>
        ) : null}
        <button
          type="button"
          className="button button-primary"
          disabled={blocked}
          aria-describedby={blocked && pendingCount ? 'update-blocked' : undefined}
          onClick={props.onUpdate}
        >
          {t('update.button')}
        </button>
      </section>
    );
  }
  if (offlineReady) {
    return (
      <section className="panel panel-info update-banner" aria-label={t('update.offlineReady')}>
        <p>{t('update.offlineReady')}</p>
        <button type="button" className="button" onClick={props.onDismissOfflineReady}>
          {t('update.dismiss')}
        </button>
      </section>
    );
  }
  return null;
}
