// <PreviewImage previewId alt by />: a signature image's snapshot, from this phone if it holds it, else from the server.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/use-t.ts';
import { useEntity, usePreviewStore, useSyncMeta } from '../storage/index.ts';

export interface PreviewImageProps {
  previewId: string;
  alt: string;
  /** The member whose phone took it (the image's `previewBy`): named while it is not uploaded. */
  by?: string | undefined;
  /** First wait before asking again while it is not uploaded (doubles each time, tests shorten it). */
  retryMs?: number;
}

/** Longest wait between two asks: a phone may stay offline for hours; `online` and focus ask at once. */
const MAX_RETRY_MS = 5 * 60_000;

type State =
  | { kind: 'loading' }
  | { kind: 'shown'; url: string }
  | { kind: 'not-uploaded' }
  | { kind: 'offline' }
  | { kind: 'failed'; status: number };

/**
 * The bytes are fetched with the device's Bearer token (previews are team-only) and shown from a
 * blob URL, revoked on unmount. A 404 means the phone that took it has not uploaded it: the screen
 * says so by name ("not uploaded yet by Théo"), never "on its way" for ever, and asks again with a
 * growing wait, and at once when this device comes back online or to the foreground.
 */
export function PreviewImage({ previewId, alt, by, retryMs = 4000 }: PreviewImageProps) {
  const { t } = useT();
  const previews = usePreviewStore();
  const token = useSyncMeta()?.session?.deviceToken;
  const name = useEntity('member', by ?? '')?.name;
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    let url: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wait = retryMs;
    const show = (blob: Blob) => {
      url = URL.createObjectURL(blob);
      if (live) setState({ kind: 'shown', url });
    };
    const attempt = async () => {
      clearTimeout(timer);
      const local = await previews.bytes(previewId).catch(() => undefined);
      if (!live) return;
      if (local) return show(local);
      if (!token) return setState({ kind: 'not-uploaded' });
      try {
        const res = await fetch(`/api/previews/${encodeURIComponent(previewId)}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!live) return;
        if (res.ok) return show(await res.blob());
        setState(res.status === 404 ? { kind: 'not-uploaded' } : { kind: 'failed', status: res.status });
      } catch {
        if (live) setState({ kind: 'offline' });
      }
      if (live) timer = setTimeout(() => void attempt(), wait);
      wait = Math.min(MAX_RETRY_MS, wait * 2);
    };
    const now = () => {
      wait = retryMs;
      if (live && !url) void attempt();
    };
    void attempt();
    window.addEventListener('online', now);
    window.addEventListener('focus', now);
    return () => {
      live = false;
      clearTimeout(timer);
      window.removeEventListener('online', now);
      window.removeEventListener('focus', now);
      if (url) URL.revokeObjectURL(url);
    };
  }, [previewId, previews, token, retryMs]);

  if (state.kind === 'shown') return <img className="preview-image" src={state.url} alt={alt} />;
  return (
    <p className="preview-placeholder" aria-busy={state.kind === 'loading'}>
      {state.kind === 'loading'
        ? t('creator.preview.loading')
        : state.kind === 'failed'
          ? t('phone.preview.failed', { status: state.status })
          : state.kind === 'offline'
            ? t('phone.preview.offline')
            : name
              ? t('phone.preview.notUploaded', { name })
              : t('phone.preview.notUploadedUnknown')}
    </p>
  );
}
