// The sync client's transport port: push, pull and poke, whatever carries them (HTTP, a test pair).
import type {
  ErrorCode,
  PokePatch,
  PullRequest,
  PullResponse,
  PushRequest,
  PushResponse,
} from '../../shared/protocol/messages.ts';

export interface Transport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
  /**
   * Listens for pokes until `signal` aborts, reconnecting as needed; resolves then.
   * `onPoke(version)` after the server committed `version`; `onPoke(null)` after a reconnection,
   * since pokes sent while disconnected were lost (the client pulls either way). `patch`, when the
   * poke carried one (R15), holds the rows of versions (patch.from, version].
   */
  poke(onPoke: (version: number | null, patch?: PokePatch) => void, signal: AbortSignal): Promise<void>;
}

/** The server answered with an error body: a status and a code to branch on, a message to show. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'unknown',
    message: string,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

/** The server could not be reached, or its answer was lost: retry later, nothing is wrong with the data. */
export class SyncNetworkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SyncNetworkError';
  }
}
