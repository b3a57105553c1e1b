// Records a creator's taps on signature images (status, note, snapshot) on the phone; the sync client sends them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForwardStatus } from '../../../shared/domain/signature.ts';
import { PREVIEW_CONTENT_TYPE } from '../../../shared/mutations/previews.ts';
import type { Actor } from '../../../shared/mutations/types.ts';
import { PreviewQuotaError, useLocalStore, usePreviewStore } from '../../storage/index.ts';
import { type LocalOutcome, localRefusal } from '../../ui/describe-rejection.ts';
import { toPreviewJpeg } from './snapshot.ts';

export interface ShotRecorder {
  /** Messages of taps this phone could not record, by signature image id. */
  errors: Readonly<Record<string, string>>;
  /** Images whose snapshot is being prepared. */
  busy: ReadonlySet<string>;
  advance(imageId: string, to: ForwardStatus): void;
  miss(imageId: string, reason: string): void;
  note(imageId: string, note: string): void;
  snapshot(imageId: string, file: Blob): void;
}

export function useShotRecorder(actor: Actor, resize: typeof toPreviewJpeg = toPreviewJpeg): ShotRecorder {
  const { t } = useTranslation();
  const store = useLocalStore();
  const previews = usePreviewStore();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());

  const setError = (id: string, message?: string) =>
    setErrors(({ [id]: _, ...rest }) => (message ? { ...rest, [id]: message } : rest));

  /** A local refusal is queued anyway (the server decides) but shown at once. */
  async function record(id: string, run: () => Promise<LocalOutcome>) {
    try {
      const refused = localRefusal(t, await run());
      setError(id, refused ? t('creator.shot.failed', { message: refused }) : undefined);
    } catch (error) {
      setError(
        id,
        t('creator.shot.failed', { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  }

  async function takeSnapshot(id: string, file: Blob) {
    setBusy((b) => new Set(b).add(id));
    try {
      let bytes: ArrayBuffer;
      try {
        ({ bytes } = await resize(file));
      } catch (error) {
        return setError(id, t('creator.shot.snapshotFailed', { message: (error as Error).message }));
      }
      const previewId = crypto.randomUUID();
      try {
        await previews.put({
          previewId,
          signatureId: id,
          bytes,
          type: PREVIEW_CONTENT_TYPE,
          createdAt: new Date().toISOString(),
        });
      } catch (error) {
        // Nothing else was written: the status, the note and the outbox are untouched.
        if (error instanceof PreviewQuotaError) return setError(id, t('creator.shot.quota'));
        throw error;
      }
      await record(id, () => store.mutate('signature.preview', { id, previewId }, actor));
    } catch (error) {
      setError(id, t('creator.shot.snapshotFailed', { message: (error as Error).message }));
    } finally {
      setBusy((b) => {
        const next = new Set(b);
        next.delete(id);
        return next;
      });
    }
  }

  return {
    errors,
    busy,
    advance: (id, to) => void record(id, () => store.mutate('signature.advance', { id, to }, actor)),
    miss: (id, reason) => void record(id, () => store.mutate('signature.miss', { id, reason }, actor)),
    note: (id, note) => void record(id, () => store.mutate('signature.note', { id, note }, actor)),
    snapshot: (id, file) => void takeSnapshot(id, file),
  };
}
