// The sync client's public surface.
export { createSyncClient } from './client.ts';
export type { SyncClient, SyncClientOptions } from './client.ts';
export { createHttpTransport } from './http.ts';
export type { HttpTransportOptions } from './http.ts';
export { SyncHttpError, SyncNetworkError } from './transport.ts';
export type { Transport } from './transport.ts';
export type { SyncEnvironment } from './triggers.ts';
export { SYNC_LOCK_NAME } from './locks.ts';
export type { SyncLocks } from './locks.ts';
