// Preview bytes in the database (migration 0003), on SQLite and PostgreSQL: stored once, read back byte for byte.
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgresStore, openSqliteStore } from '../../../src/server/db/index.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import type { TestDatabase } from '../../fakes/postgres.ts';
import { createTestDatabase } from '../../fakes/postgres.ts';

const databases: TestDatabase[] = [];
afterAll(async () => {
  await Promise.all(databases.map((d) => d.drop()));
});

const ADAPTERS: [string, () => Promise<ServerStore>][] = [
  ['SQLite', () => openSqliteStore(':memory:')],
  [
    'PostgreSQL',
    async () => {
      const db = await createTestDatabase('pdj_previews');
      databases.push(db);
      return openPostgresStore(db.url);
    },
  ],
];

// Every byte value, zeros included: a text column or an encoding slip would show here.
const BYTES = new Uint8Array(Array.from({ length: 1024 }, (_, i) => i % 256));
const preview = (id: string, signatureId: string) => ({
  id,
  signatureId,
  memberId: '00000000-0000-4000-8000-0000000000f3',
  contentType: 'image/jpeg',
  bytes: BYTES,
  createdAt: '2024-08-05T19:00:00.000Z',
});

describe.each(ADAPTERS)('previews on %s', (_name, open) => {
  it('stores a preview once, tells a retry from a clash, and reads the bytes back exactly', async () => {
    const store = await open();
    try {
      const id = '00000000-0000-4000-8000-0000000000f1';
      const image = '00000000-0000-4000-8000-0000000000f2';
      expect(await store.previews.get(id)).toBeUndefined();
      expect(await store.previews.put(preview(id, image))).toBe('created');
      expect(await store.previews.put(preview(id, image))).toBe('exists');
      expect(await store.previews.put(preview(id, '00000000-0000-4000-8000-0000000000f9'))).toBe('conflict');
      const other = { ...preview(id, image), bytes: BYTES.map((b) => 255 - b) };
      expect(await store.previews.put(other)).toBe('different');
      const stored = await store.previews.get(id);
      expect(stored).toMatchObject({ id, signatureId: image, contentType: 'image/jpeg' });
      expect(Buffer.from(stored!.bytes).equals(Buffer.from(BYTES))).toBe(true);
    } finally {
      await store.close();
    }
  });
});
