// What "identical data" means for a restored backup: every entity, the version, the log, devices and invites.
import { KINDS } from '../../../src/shared/domain/entities.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';

export async function everything(store: ServerStore) {
  const entities: Record<string, unknown[]> = {};
  for (const kind of KINDS) entities[kind] = await store.listEntities(kind);
  return {
    version: await store.version(),
    entities,
    log: await store.mutationLog(),
    audit: await store.audit({ limit: 500 }),
    devices: await store.listDevices(),
    invites: await store.listInvites(),
  };
}
