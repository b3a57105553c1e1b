// Every server port's contract suite, run together on one adapter (server-store.sqlite.test.ts, server-store.pg.test.ts).
import type { ServerStore } from '../../../src/server/db/port.ts';
import { runPushStoreContract } from '../push-store.contract.ts';
import { runRejectionStoreContract } from '../rejections.contract.ts';
import { runAuditLogContract } from './audit-log.contract.ts';
import { runCalendarStoreContract } from './calendars.contract.ts';
import { runDeviceStoreContract } from './devices.contract.ts';
import { runFeedTokenStoreContract } from './feeds.contract.ts';
import { runStoreHealthContract } from './health.contract.ts';
import { runPreviewStoreContract } from './previews.contract.ts';
import { runRowReaderContract } from './rows.contract.ts';
import { runSyncStorageContract } from './sync-storage.contract.ts';

/** Runs each port's contract on fresh stores from `open`. */
export function runServerPortContracts(name: string, open: () => Promise<ServerStore>): void {
  runSyncStorageContract(name, open);
  runRowReaderContract(name, open);
  runAuditLogContract(name, open);
  runRejectionStoreContract(name, open);
  runDeviceStoreContract(name, open);
  runStoreHealthContract(name, open);
  runPreviewStoreContract(name, open);
  runCalendarStoreContract(name, open);
  runFeedTokenStoreContract(name, open);
  runPushStoreContract(name, open);
}
