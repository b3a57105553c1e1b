// Records a creator's taps on signature images (status, note, snapshot) on the phone; the sync client sends them.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForwardStatus } from '../../../shared/domain/signature.ts';
import { PREVIEW_CONTENT_TYPE } from '../../../shared/mutations/preview-limits.ts';
import type { Actor } from '../../../shared/mutations/types.ts';
import { PreviewQuotaError, storageFailure, useLocalStore, usePreviewStore } from '../../storage/index.ts';
import { type LocalOutcome, localRefusal } from '../../ui/describe-rejection.ts';
import type { SnapshotError, toPreviewJpeg } from './snapshot.ts';
import type { TapOutcome } from './tap-queue.ts';
import { tapQueueFor } from './tap-queue.ts';

export interface ShotRecorder {
  /** Messages of taps this phone could not record (yet), by signature image id, in the user's language. */
  errors: Readonly<Record<string, string>>;
  /** Images whose snapshot is being prepared. */
  busy: ReadonlySet<string>;
  advance(imageId: string, to: ForwardStatus): void;
  miss(imageId: string, reason: string): void;
  note(imageId: string, note: string): void;
  snapshot(imageId: string, file: Blob): void;
}

/** The resize code comes with the first snapshot (canvas and JPEG work no start needs). */
const resizeOnDemand: typeof toPreviewJpeg = (file) =>
  import('./snapshot.ts').then((m) => m.toPreviewJpeg(file));

/** A SnapshotError, told by its name (the class is in the on-demand module). */
function snapshotCode(error: unknown): SnapshotError['code'] {
  return error instanceof Error && error.name === 'SnapshotError' ? (error as SnapshotError).code : 'decode';
}

export function useShotRecorder(actor: Actor, resize: typeof toPreviewJpeg = resizeOnDemand): ShotRecorder {
  const { t } = useTranslation();
  const store = useLocalStore();
  const previews = usePreviewStore();
  const queue = tapQueueFor(store);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());

  const setError = (id: string, message?: string) =>
    setErrors(({ [id]: _, ...rest }) => (message ? { ...rest, [id]: message } : rest));

  useEffect(
    () =>
      queue.subscribe((id, outcome: TapOutcome) => {
        if (outcome.kind === 'recorded') setError(id);
        else if (outcome.kind === 'refused-here')
          setError(id, t('creator.shot.failed', { message: localRefusal(t, outcome.result) }));
        else
          setError(
            id,
            t(outcome.kind === 'retrying' ? 'phone.tap.retrying' : 'phone.tap.failed', {
              reason: t(`phone.reason.${outcome.failure}`),
            }),
          );
      }),
    [queue, t],
  );

  async function takeSnapshot(id: string, file: Blob) {
    setBusy((b) => new Set(b).add(id));
    try {
      let bytes: ArrayBuffer;
      try {
        ({ bytes } = await resize(file));
      } catch (error) {
        const code = snapshotCode(error);
        return setError(id, t('creator.shot.snapshotFailed', { message: t(`phone.snapshot.${code}`) }));
      }
      const previewId = crypto.randomUUID();
      try {
        await previews.add({
          previewId,
          signatureId: id,
          bytes,
          type: PREVIEW_CONTENT_TYPE,
          createdAt: new Date().toISOString(),
        });
      } catch (error) {
        // Nothing was kept: the status, the note and the outbox are untouched.
        if (error instanceof PreviewQuotaError)
          return setError(id, t(error.kind === 'budget' ? 'phone.snapshot.budget' : 'creator.shot.quota'));
        throw error;
      }
      try {
        const result = await store.mutate('signature.preview', { id, previewId }, actor);
        const refused = localRefusal(t, result);
        setError(id, refused ? t('creator.shot.failed', { message: refused }) : undefined);
      } catch (error) {
        // The snapshot is not linked to its image: do not keep it half-recorded.
        await previews.discard(previewId).catch(() => undefined);
        throw error;
      }
    } catch (error) {
      console.warn(`[snapshot] ${String(error)}`);
      setError(id, t('phone.tap.failed', { reason: t(`phone.reason.${storageFailure(error)}`) }));
    } finally {
      setBusy((b) => {
        const next = new Set(b);
        next.delete(id);
        return next;
      });
    }
  }

  const tap = (imageId: string, write: () => Promise<LocalOutcome>) => queue.record({ imageId, write });

  return {
    errors,
    busy,
    advance: (id, to) => tap(id, () => store.mutate('signature.advance', { id, to }, actor)),
    miss: (id, reason) => tap(id, () => store.mutate('signature.miss', { id, reason }, actor)),
    note: (id, note) => tap(id, () => store.mutate('signature.note', { id, note }, actor)),
    snapshot: (id, file) => void takeSnapshot(id, file),
  };
}
