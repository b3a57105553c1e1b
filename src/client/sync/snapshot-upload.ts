// Uploads the phone's snapshots (PUT /api/previews/:id) one at a time, oldest first, each once, with backoff.
import { refusalMessage } from '../api/refusal.ts';
import type { LocalPreview, LocalPreviewStore, RefusedCode } from '../storage/index.ts';
import { backoffDelay } from './backoff.ts';
import type { SyncLocks } from './locks.ts';
import { browserLocks } from './locks.ts';

/** One tab of the device uploads at a time, so no snapshot is sent twice at once. */
export const SNAPSHOT_LOCK_NAME = 'plan-de-jeu-snapshots';
/** Longest wait for one upload (a 3 MiB body on a venue's network); then it is retried later. */
export const UPLOAD_TIMEOUT_MS = 90_000;

export interface SnapshotUploadOptions {
  deviceToken: string;
  fetcher?: typeof fetch;
  now?: () => Date;
  random?: () => number;
  /** Prefix of the API (tests); '' in the app (same origin). */
  baseUrl?: string;
  timeoutMs?: number;
  /** Web Locks; navigator.locks by default, null without. */
  locks?: SyncLocks | null;
}

export interface UploadPass {
  uploaded: number;
  refused: number;
  /** 401: the device is signed out; nothing more is sent until it signs in again. */
  signedOut: boolean;
  /** When the next waiting snapshot is due (ms since epoch), null when none waits. */
  nextAttemptAt: number | null;
}

/**
 * Sends the waiting snapshots in turn, oldest first. 200/201: uploaded, its bytes removed. 401:
 * stop. Another 4xx (not 408/429): refused for good, kept with the reason, the next one goes. A
 * network failure, a timeout, 5xx/408/429: that snapshot waits for its backoff (or Retry-After)
 * and the others wait behind it. Never rejects: a failure of the phone's own storage is logged and
 * the snapshot tried again at the next pass.
 */
export async function uploadDueSnapshots(
  previews: LocalPreviewStore,
  options: SnapshotUploadOptions,
): Promise<UploadPass> {
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  const pass = () => uploadPass(previews, options);
  return locks ? locks.request(SNAPSHOT_LOCK_NAME, pass) : pass();
}

async function uploadPass(previews: LocalPreviewStore, options: SnapshotUploadOptions): Promise<UploadPass> {
  const now = options.now ?? (() => new Date());
  const outcome: UploadPass = { uploaded: 0, refused: 0, signedOut: false, nextAttemptAt: null };
  const tried = new Set<string>();
  try {
    for (;;) {
      const next = (await previews.due(now())).find((p) => !tried.has(p.previewId));
      if (!next) break;
      tried.add(next.previewId);
      const step = await uploadOne(previews, next, options, now).catch((error: unknown) => {
        console.warn(`[snapshots] ${next.previewId}: ${String(error)}`);
        return 'next' as const;
      });
      if (step === 'uploaded') outcome.uploaded += 1;
      else if (step === 'refused') outcome.refused += 1;
      else if (step === 'signed-out') return { ...outcome, signedOut: true };
      else if (step === 'stop') break;
    }
    // The next pass: when the earliest backoff ends (new snapshots trigger a pass of their own).
    const retries = (await previews.list())
      .filter((p) => p.state === 'waiting' && p.retryAt)
      .map((p) => Date.parse(p.retryAt!));
    outcome.nextAttemptAt = retries.length > 0 ? Math.min(...retries) : null;
  } catch (error) {
    console.warn(`[snapshots] the upload pass failed: ${String(error)}`);
  } finally {
    previews.setUploading(null);
  }
  return outcome;
}

type Step = 'uploaded' | 'refused' | 'signed-out' | 'stop' | 'next';

async function uploadOne(
  previews: LocalPreviewStore,
  preview: LocalPreview,
  options: SnapshotUploadOptions,
  now: () => Date,
): Promise<Step> {
  const { previewId, signatureId } = preview;
  const fetcher = options.fetcher ?? ((input, init) => globalThis.fetch(input, init));
  const url = `${options.baseUrl ?? ''}/api/previews/${encodeURIComponent(previewId)}`;
  const authorization = `Bearer ${options.deviceToken}`;
  const signal = AbortSignal.timeout(options.timeoutMs ?? UPLOAD_TIMEOUT_MS);
  const later = (attempts: number) =>
    new Date(now().getTime() + backoffDelay(attempts + 1, options.random)).toISOString();

  const body = await previews.bytes(previewId);
  previews.setUploading(previewId);
  let res: Response;
  try {
    res = body
      ? await fetcher(`${url}?signature=${encodeURIComponent(signatureId)}`, {
          method: 'PUT',
          headers: { authorization, 'content-type': preview.type },
          body,
          signal,
        })
      : // Its bytes are gone from this phone (removed after an upload whose state could not be
        // written, or cleared by the browser): the server says whether it has it.
        await fetcher(url, { headers: { authorization }, signal });
  } catch (error) {
    const timeout = (error as { name?: string }).name === 'TimeoutError';
    await previews.markRetry(previewId, timeout ? 'timeout' : 'offline', later(preview.attempts));
    return 'stop';
  } finally {
    previews.setUploading(null);
  }
  if (res.ok) {
    await previews.markUploaded(previewId, now().toISOString());
    return 'uploaded';
  }
  if (res.status === 401) return 'signed-out';
  if (res.status >= 500 || res.status === 408 || res.status === 429) {
    const retryAfter = Number(res.headers.get('retry-after'));
    const at =
      Number.isFinite(retryAfter) && retryAfter > 0
        ? new Date(now().getTime() + retryAfter * 1000).toISOString()
        : later(preview.attempts);
    await previews.markRetry(previewId, 'server', at);
    return 'stop';
  }
  await previews.markRefused(previewId, body ? refusedCode(res.status) : 'lost', await refusalMessage(res));
  return 'refused';
}

function refusedCode(status: number): RefusedCode {
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'too_large';
  if (status === 400 || status === 415) return 'invalid';
  return 'other';
}
