// Write health: remembers the storage fault of the last failed write until a probe write succeeds (readiness).
import type { WriteFault } from './port.ts';
import { storageFault } from './storage-fault.ts';

type Queue = <T>(task: () => Promise<T>) => Promise<T>;

export interface WriteHealth {
  /** Wraps the store's writer queue: every task that fails with a lasting storage fault is remembered. */
  watch(queue: Queue): Queue;
  /** Runs a probe write: its success clears the fault, its failure is remembered and rethrown. */
  probe(write: () => Promise<void>): Promise<void>;
  fault(): WriteFault | undefined;
}

/**
 * Only a probe clears the fault: a write that commits nothing (a retried push, all skipped) succeeds
 * on a full disk too, and must not turn readiness green while real writes still fail.
 */
export function createWriteHealth(clock: () => Date = () => new Date()): WriteHealth {
  let current: WriteFault | undefined;
  const remember = (error: unknown) => {
    const fault = storageFault(error);
    if (!fault || fault.transient) return;
    const detail = error instanceof Error ? error.message : String(error);
    current = { ...fault, detail, since: current?.since ?? clock().toISOString() };
  };
  return {
    watch: (queue) => (task) =>
      queue(async () => {
        try {
          return await task();
        } catch (error) {
          remember(error);
          throw error;
        }
      }),
    async probe(write) {
      try {
        await write();
        current = undefined;
      } catch (error) {
        remember(error);
        throw error;
      }
    },
    fault: () => current,
  };
}
