// "A new version is ready", in the fixed header: Update stays disabled while the outbox holds unsent changes.
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNoticeSlot } from './notice-slot.ts';

export interface UpdateBannerProps {
  /** A new service worker is installed and waiting. */
  needRefresh: boolean;
  offlineReady: boolean;
  /** Changes waiting in the outbox; undefined while the store is still answering (blocked too). */
  pendingCount: number | undefined;
  /** Other open tabs of the app, which updating reloads too. */
  otherTabs?: number;
  /** A new version could not be installed: `storage-full` for lack of space. */
  failure?: 'storage-full' | 'other' | null;
  onUpdate(): void;
  onDismissOfflineReady(): void;
  onDismissFailure?(): void;
}

/**
 * Invariant: never activate a new service worker while changes wait on this phone. A new
 * version may change the outbox or the mutations; activating it reloads every tab of the app
 * (their drafts are kept by the screens; the prompt says which tabs will reload).
 */
export function UpdateBanner(props: UpdateBannerProps) {
  const { t } = useTranslation();
  const slot = useNoticeSlot();
  const { needRefresh, offlineReady, pendingCount, otherTabs = 0, failure } = props;
  if (needRefresh) {
    const blocked = pendingCount !== 0;
    const described = [blocked && pendingCount ? 'update-blocked' : '', otherTabs > 0 ? 'update-tabs' : '']
      .filter(Boolean)
      .join(' ');
    return (
      <section className="panel panel-info update-banner" aria-labelledby="update-heading">
        <h2 id="update-heading">{t('update.ready')}</h2>
        {blocked && pendingCount ? (
          <p id="update-blocked">{t('update.blocked', { count: pendingCount })}</p>
        ) : null}
        {otherTabs > 0 ? <p id="update-tabs">{t('phone.update.otherTabs', { count: otherTabs })}</p> : null}
        <button
          type="button"
          className="button button-primary"
          disabled={blocked}
          aria-describedby={described || undefined}
          onClick={props.onUpdate}
        >
          {t('update.button')}
        </button>
      </section>
    );
  }
  if (failure) {
    return (
      <section className="panel panel-warning update-banner" role="alert">
        <p>{t(failure === 'storage-full' ? 'phone.update.noSpace' : 'phone.update.failed')}</p>
        <button type="button" className="button" onClick={props.onDismissFailure}>
          {t('phone.update.dismiss')}
        </button>
      </section>
    );
  }
  if (offlineReady) {
    // Said once, after the first sign-in: in the page below the header, which it would double at 360 px.
    const notice = (
      <section className="panel panel-info update-banner offline-ready" aria-label={t('update.offlineReady')}>
        <p>{t('update.offlineReady')}</p>
        <button type="button" className="button" onClick={props.onDismissOfflineReady}>
          {t('update.dismiss')}
        </button>
      </section>
    );
    return slot ? createPortal(notice, slot) : notice;
  }
  return null;
}
