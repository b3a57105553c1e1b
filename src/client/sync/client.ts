// The sync client: pushes the outbox, pulls and rebases, one cycle at a time, and reports its state.
import type { Actor } from '../../shared/mutations/types.ts';
import { MAX_MUTATIONS_PER_PUSH } from '../../shared/protocol/limits.ts';
import type { PokePatch, PullResponse } from '../../shared/protocol/messages.ts';
import { DATA_VERSION, PROTOCOL_VERSION } from '../../shared/protocol/version.ts';
import { StorageFullError } from '../storage/errors.ts';
import type { LocalStore, SetAside } from '../storage/port.ts';
import type { SyncStatusStore } from '../state/sync.ts';
import { syncStatusStore } from '../state/sync.ts';
import { backoffDelay } from './backoff.ts';
import type { RowReader } from './data-version.ts';
import { keepAside, mustPullAll, nextSetAside, readRow } from './data-version.ts';
import type { SyncLocks } from './locks.ts';
import { browserLocks, withSyncLock } from './locks.ts';
import type { Transport } from './transport.ts';
import { SyncHttpError, SyncNetworkError } from './transport.ts';
import type { SyncEnvironment } from './triggers.ts';
import { wireTriggers } from './triggers.ts';

export interface SyncClientOptions {
  store: LocalStore;
  transport: Transport;
  /** The signed-in member: pending mutations are replayed as them after each pull. */
  actor: Actor;
  /** Web Locks; navigator.locks by default, null to run without (a single-tab test). */
  locks?: SyncLocks | null;
  now?: () => Date;
  random?: () => number;
  /** Where the UI reads sync state; the app-wide store by default. */
  status?: SyncStatusStore;
  /** Window, document and the timing of triggers; the browser's by default. */
  environment?: SyncEnvironment;
  log?: (message: string) => void;
  /** The data version this app reads (DATA_VERSION); tests pin an older or a newer one. */
  dataVersion?: number;
  /** How this app reads a pulled row (readRow: the domain schemas); tests pin an older app's. */
  readRow?: RowReader;
}

export interface SyncClient {
  /** Sends the whole outbox (in batches). Resolves true on success; failures go to the status. */
  push(): Promise<boolean>;
  /** Pulls once and rebases pending changes on top. */
  pull(): Promise<boolean>;
  /** Push then pull. Calls while a cycle is waiting to start share it; cycles never overlap. */
  sync(): Promise<boolean>;
  /**
   * A poke carried rows (R15): lands them in a cycle of their own when this device's cookie is
   * `patch.from`, does nothing when it is already at `patch.version` or past it, pulls otherwise.
   */
  landPoke(patch: PokePatch): Promise<boolean>;
  /** Wires the triggers: launch, online, focus/visible, poke, every PULL_INTERVAL_MS, after mutate. */
  start(): void;
  stop(): void;
}

type Step = 'push' | 'pull' | 'sync' | { patch: PokePatch };

export function createSyncClient(options: SyncClientOptions): SyncClient {
  const { store, transport, actor } = options;
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  const status = options.status ?? syncStatusStore;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((message: string) => console.warn(`[sync] ${message}`));
  const dataVersion = options.dataVersion ?? DATA_VERSION;
  const read = options.readRow ?? readRow;
  /** What the sync panel says of rows kept aside (see data-version.ts). */
  const showAside = (aside: SetAside | null | undefined) =>
    status.setState({
      rowsAside: aside?.keys.length ?? 0,
      updateWaiting: aside ? aside.serverDataVersion > dataVersion || aside.keys.length > 0 : false,
    });

  let chain: Promise<unknown> = Promise.resolve();
  let queuedSync: Promise<boolean> | null = null;
  /** 401 or client_too_old: no request until start() again (a new sign-in or a new app version). */
  let halted = false;
  let failures = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let unwire: (() => void) | null = null;

  function exclusive(step: Step): Promise<boolean> {
    const run = () => withSyncLock(locks, () => cycle(step));
    const result = chain.then(run, run);
    chain = result.catch(() => undefined);
    return result;
  }

  async function cycle(step: Step): Promise<boolean> {
    if (step === 'sync') queuedSync = null;
    if (halted) return false;
    status.setState({ status: 'syncing' });
    try {
      if (typeof step === 'object') await landPokePatch(step.patch);
      else {
        if (step !== 'pull') await pushWithGapRetry();
        if (step !== 'push') await pullOnce();
      }
      failures = 0;
      clearTimeout(retryTimer);
      const synced = step === 'push' ? {} : { lastSyncAt: now().toISOString() };
      status.setState({
        status: 'idle',
        online: true,
        lastError: null,
        storageFull: false,
        retryAt: null,
        ...synced,
      });
      return true;
    } catch (error) {
      onFailure(error);
      return false;
    }
  }

  async function pushAll(): Promise<void> {
    const { clientID, ackedMutationID } = await store.getMeta();
    let after = ackedMutationID;
    let batchSize = MAX_MUTATIONS_PER_PUSH;
    for (;;) {
      const batch = await store.pending(batchSize, after);
      if (batch.length === 0) return;
      const mutations = batch.map(({ id, name, args, at }) => ({ id, name, args, at }));
      try {
        await transport.push({ schemaVersion: PROTOCOL_VERSION, clientID, mutations });
      } catch (error) {
        // Too many bytes for one request (large notes): halve the batch until it fits.
        if (error instanceof SyncHttpError && error.status === 413 && batchSize > 1) {
          batchSize = Math.ceil(batchSize / 2);
          continue;
        }
        throw error;
      }
      after = batch[batch.length - 1]!.id;
    }
  }

  async function pushWithGapRetry(): Promise<void> {
    try {
      await pushAll();
    } catch (error) {
      if (!(error instanceof SyncHttpError && error.code === 'mutation_gap')) throw error;
      // Our idea of what the server acknowledged is behind or ahead: learn it, then push once more.
      log(`mutation gap (${error.message}): pulling, then pushing again`);
      await pullOnce();
      await pushAll();
    }
  }

  async function pullOnce(): Promise<void> {
    const { clientID, cookie, ackedMutationID, setAside } = await store.getMeta();
    // Updated since rows were kept aside: everything again, this app may read them now.
    const all = mustPullAll(setAside, dataVersion);
    const response = await transport.pull({
      schemaVersion: PROTOCOL_VERSION,
      clientID,
      cookie: all ? null : cookie,
      ackedMutationID,
    });
    await land(response, all, setAside);
  }

  /**
   * R15: a poke's rows land as a pull answer from `patch.from` would, without a request, when this
   * device's cookie is exactly `patch.from`; the acknowledgements and rejections stay as they are
   * (the server pokes the rows only to devices whose mutations are not among them). A device
   * already at or past `patch.version` does nothing; any other pulls.
   */
  async function landPokePatch(patch: PokePatch): Promise<void> {
    const { cookie, ackedMutationID, setAside } = await store.getMeta();
    if (cookie !== null && cookie >= patch.version) return;
    if (cookie !== patch.from || mustPullAll(setAside, dataVersion)) return pullOnce();
    const response: PullResponse = {
      ...(patch.dataVersion === undefined ? {} : { dataVersion: patch.dataVersion }),
      cookie: patch.version,
      lastMutationID: ackedMutationID,
      patch: patch.patch,
      rejected: [],
    };
    await land(response, false, setAside);
  }

  /** Lands a pull answer: rows this app cannot read kept aside (data-version.ts), the rest applied. */
  async function land(response: PullResponse, all: boolean, setAside: SetAside | undefined): Promise<void> {
    const pulled = keepAside(response, read);
    if (pulled.aside.length > 0) {
      log(
        `kept aside ${pulled.aside.length} rows this app cannot read ` +
          `(server data version ${response.dataVersion ?? '?'}, this app ${dataVersion})`,
      );
    }
    await store.applyPull(pulled.readable, actor);
    const aside = nextSetAside(all ? undefined : setAside, pulled, dataVersion);
    if (aside !== null || setAside !== undefined) await store.setAside(aside);
    showAside(aside);
  }

  function onFailure(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SyncHttpError && isSignedOut(error)) {
      halted = true;
      status.setState({ status: 'signed-out', lastError: message, retryAt: null });
      return;
    }
    if (error instanceof SyncHttpError && error.code === 'client_too_old') {
      halted = true;
      status.setState({ status: 'update-required', lastError: message, retryAt: null });
      return;
    }
    const offline = error instanceof SyncNetworkError;
    const delay = backoffDelay(++failures, options.random);
    status.setState({
      status: offline ? 'offline' : 'error',
      online: !offline,
      lastError: message,
      // What the server acknowledged is already dropped from the outbox; the rest waits for room.
      storageFull: error instanceof StorageFullError,
      retryAt: unwire ? Date.now() + delay : null,
    });
    if (!offline) log(`sync failed: ${message}`);
    if (unwire) {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void sync(), delay);
    }
  }

  function sync(): Promise<boolean> {
    // A cycle that has not started yet will send everything queued so far: share it.
    queuedSync ??= exclusive('sync');
    return queuedSync;
  }

  return {
    push: () => exclusive('push'),
    pull: () => exclusive('pull'),
    sync,
    landPoke: (patch) => exclusive({ patch }),
    start() {
      if (unwire) return;
      halted = false;
      // Show the last sync this device remembers until the first cycle of this session ends.
      void store.getMeta().then(
        (meta) => {
          // Offline at the venue with rows aside: the notice shows before any pull.
          showAside(meta.setAside);
          if (!status.getState().lastSyncAt) status.setState({ lastSyncAt: meta.lastSyncAt });
        },
        () => undefined,
      );
      unwire = wireTriggers({
        environment: options.environment,
        sync: () => void sync(),
        onMutate: (listener) => store.onMutate?.(listener) ?? (() => undefined),
        // A poke with its rows lands them (R15); any other makes a sync.
        poke: (onPoke, signal) =>
          transport.poke((_, patch) => (patch ? void exclusive({ patch }) : onPoke()), signal),
        online: (online) => status.setState(online ? { online } : { online, status: 'offline' }),
      });
    },
    stop() {
      unwire?.();
      unwire = null;
      clearTimeout(retryTimer);
    },
  };
}

function isSignedOut(error: SyncHttpError): boolean {
  return error.status === 401 || error.code === 'unknown_client';
}
