// <PreviewImage previewId alt />: a signature image's snapshot, from this phone if it took it, else from the server.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreviewStore, useSyncMeta } from '../storage/index.ts';

export interface PreviewImageProps {
  previewId: string;
  alt: string;
  /** How often to ask again while the preview is not uploaded yet (tests shorten it). */
  retryMs?: number;
}

type State =
  | { kind: 'loading' }
  | { kind: 'shown'; url: string }
  | { kind: 'on-its-way' }
  | { kind: 'failed'; message: string };

/**
 * The bytes are fetched with the device's Bearer token (previews are team-only) and shown from a
 * blob URL, revoked on unmount. A 404 means the phone has not uploaded it yet: "preview on its
 * way", asked again every few seconds, so the desk sees it land without a reload.
 */
export function PreviewImage({ previewId, alt, retryMs = 4000 }: PreviewImageProps) {
  const { t } = useTranslation();
  const previews = usePreviewStore();
  const token = useSyncMeta()?.session?.deviceToken;
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    let url: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (blob: Blob) => {
      url = URL.createObjectURL(blob);
      if (live) setState({ kind: 'shown', url });
    };
    const attempt = async () => {
      const local = await previews.get(previewId);
      if (!live) return;
      if (local) return show(new Blob([local.bytes], { type: local.type }));
      if (!token) return setState({ kind: 'on-its-way' });
      try {
        const res = await fetch(`/api/previews/${encodeURIComponent(previewId)}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (!live) return;
        if (res.ok) return show(await res.blob());
        if (res.status !== 404) setState({ kind: 'failed', message: `HTTP ${res.status}` });
        else setState({ kind: 'on-its-way' });
      } catch {
        if (live) setState({ kind: 'on-its-way' }); // offline: it will come
      }
      if (live) timer = setTimeout(() => void attempt(), retryMs);
    };
    void attempt();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      if (url) URL.revokeObjectURL(url);
    };
  }, [previewId, previews, token, retryMs]);

  if (state.kind === 'shown') return <img className="preview-image" src={state.url} alt={alt} />;
  return (
    <p className="preview-placeholder" aria-busy={state.kind === 'loading'}>
      {state.kind === 'loading'
        ? t('creator.preview.loading')
        : state.kind === 'failed'
          ? t('creator.preview.failed', { message: state.message })
          : t('creator.preview.onItsWay')}
    </p>
  );
}
