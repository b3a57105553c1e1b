// Runs the LocalStore contract on the in-memory adapter.
import { createMemoryStore } from '../../src/client/storage/memory.ts';
import { runLocalStoreContract } from './local-store.contract.ts';

runLocalStoreContract('memory', {
  create: async () => createMemoryStore(),
  createFull: async (refuseWrite, makeRoom) => createMemoryStore({ refuseWrite, makeRoom }),
});
