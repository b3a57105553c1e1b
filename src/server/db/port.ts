// The ServerStore: every narrow port of ./ports in one object, as the adapters build it. Callers take the port they need.
import type { AuditLog } from './ports/audit.ts';
import type { CalendarStore } from './ports/calendars.ts';
import type { DeviceStore } from './ports/devices.ts';
import type { FeedTokenStore } from './ports/feeds.ts';
import type { StoreHealth, StoreLifecycle } from './ports/health.ts';
import type { PreviewStore } from './ports/previews.ts';
import type { PushStore } from './ports/push.ts';
import type { RowReader } from './ports/rows.ts';
import type { SyncStorage } from './ports/sync-storage.ts';

export type { AuditChange, AuditEntry, AuditLog, AuditQuery } from './ports/audit.ts';
export type { CalendarFeed, CalendarStore } from './ports/calendars.ts';
export type {
  DeviceRecord,
  DeviceStore,
  InvitePreviewOutcome,
  InviteRecord,
  NewDevice,
  RedeemOutcome,
} from './ports/devices.ts';
export type { FeedToken, FeedTokenStore } from './ports/feeds.ts';
export type { StoreHealth, StoreLifecycle, WriteFault } from './ports/health.ts';
export type { PreviewStore, PutPreviewOutcome, StoredPreview } from './ports/previews.ts';
export type { PushStore, StoredSubscription, VapidKeys } from './ports/push.ts';
export type { RowReader } from './ports/rows.ts';
export type {
  EntityChange,
  EntityWrite,
  MutationLogEntry,
  PullSnapshot,
  SyncStorage,
  WriteSession,
} from './ports/sync-storage.ts';

/** The sub-stores, each a port of its own, reached as fields (`store.previews`…). */
export interface SubStores {
  /** Phone snapshots of signature images (bytes), apart from the synced rows. */
  readonly previews: PreviewStore;
  /** Members' secret calendar feed URLs (hashes only), revocable. */
  readonly calendars: CalendarStore;
  /** Web Push: VAPID keys, each device's subscription, members' choices, reminders sent. */
  readonly push: PushStore;
  /** The schedule feed's tokens (hashes only), created and revoked by admins. */
  readonly feeds: FeedTokenStore;
}

/**
 * Everything the server asks of its database, as one adapter object (SQLite or PostgreSQL, see
 * kysely-store.ts). Each part's contract is on its port; tests/contract runs each port's suite on
 * both databases.
 */
export interface ServerStore
  extends SyncStorage, RowReader, AuditLog, DeviceStore, StoreHealth, StoreLifecycle, SubStores {}
