// Test helpers for the PWA's screens: i18n in a chosen language, and a memory store seeded from a plan.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '../../../../src/client/i18n/index.ts';
import { createMemoryStore } from '../../../../src/client/storage/memory.ts';
import { StoreProvider } from '../../../../src/client/storage/hooks.ts';
import type { TableLocalStore } from '../../../../src/client/storage/table-store.ts';
import { KINDS } from '../../../../src/shared/domain/entities.ts';
import type { Actor } from '../../../../src/shared/mutations/types.ts';
import type { PatchOp } from '../../../../src/shared/protocol/messages.ts';
import type { MemoryTx } from '../../../fakes/memory-tx.ts';

export function renderIn(language: Language, ui: ReactNode, store?: TableLocalStore): RenderResult {
  const i18n = createI18n(language);
  const tree = <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>;
  return render(store ? <StoreProvider store={store}>{tree}</StoreProvider> : tree);
}

/**
 * A memory store whose base holds every row of `tx`, as if pulled from the server at version 1:
 * the outbox starts empty, so "waiting" states come only from what the test does.
 */
export async function storeWith(tx: MemoryTx, actor: Actor): Promise<TableLocalStore> {
  const store = createMemoryStore();
  const patch: PatchOp[] = [{ op: 'clear' }];
  for (const kind of KINDS) {
    for (const row of await tx.list(kind)) patch.push({ op: 'put', kind, id: row.id, value: row });
  }
  await store.applyPull({ cookie: 1, lastMutationID: 0, patch, rejected: [] }, actor);
  return store;
}
