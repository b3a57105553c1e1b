// Uploads the phone's waiting snapshots (PUT /api/previews/:id), oldest first, when the network allows.
import type { LocalPreviewStore } from './previews.ts';

export interface UploadOutcome {
  uploaded: number;
  refused: number;
  /** Network failure or a server error: the rest waits for the next try. */
  retryLater: boolean;
  /** 401: the device is signed out; nothing is sent until it signs in again. */
  signedOut: boolean;
}

export interface UploadOptions {
  deviceToken: string;
  fetcher?: typeof fetch;
  now?: () => Date;
  /** Prefix of the API (tests); '' in the app (same origin). */
  baseUrl?: string;
}

/**
 * Sends each waiting preview once. 200/201: uploaded (a retry of a stored one answers 200).
 * Other 4xx: refused for good, kept with the reason so the user sees it. Network errors and 5xx:
 * stop and retry later, nothing is marked.
 */
export async function uploadPendingPreviews(
  previews: LocalPreviewStore,
  { deviceToken, fetcher = fetch, now = () => new Date(), baseUrl = '' }: UploadOptions,
): Promise<UploadOutcome> {
  const outcome: UploadOutcome = { uploaded: 0, refused: 0, retryLater: false, signedOut: false };
  for (const preview of await previews.pendingUploads()) {
    let res: Response;
    try {
      res = await fetcher(
        `${baseUrl}/api/previews/${encodeURIComponent(preview.previewId)}?signature=${encodeURIComponent(preview.signatureId)}`,
        {
          method: 'PUT',
          headers: { authorization: `Bearer ${deviceToken}`, 'content-type': preview.type },
          body: preview.bytes,
        },
      );
    } catch {
      return { ...outcome, retryLater: true };
    }
    if (res.ok) {
      await previews.markUploaded(preview.previewId, now().toISOString());
      outcome.uploaded += 1;
    } else if (res.status === 401) {
      return { ...outcome, signedOut: true };
    } else if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
      await previews.markRefused(preview.previewId, await reasonOf(res));
      outcome.refused += 1;
    } else {
      return { ...outcome, retryLater: true };
    }
  }
  return outcome;
}

async function reasonOf(res: Response): Promise<string> {
  try {
    const body = (await res.json()) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // not JSON: fall through to the status
  }
  return `HTTP ${res.status}`;
}
