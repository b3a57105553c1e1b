// The peer: PouchDB replicas (memory adapter) replicating to express-pouchdb (LevelDB in a temp dir),
// through the same counting proxy; the same images, the same N × M offline edits, then all reconnect.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnyEntity } from '../../src/shared/domain/entities.ts';
import { progress } from '../../src/shared/domain/signature.ts';
import type { ShotStatus } from '../../src/shared/domain/signature.ts';
import type { SideResult } from './edits.ts';
import { plannedEdits } from './edits.ts';
import { startProxy } from './proxy.ts';

/** The few PouchDB calls used here (the library ships no types in this install). */
interface PouchDoc {
  _id: string;
  _rev?: string;
  status?: ShotStatus;
  note?: string;
}
interface PouchDb {
  bulkDocs(docs: object[]): Promise<unknown>;
  get(id: string): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<unknown>;
  allDocs(): Promise<{ rows: { id: string; value: { rev: string } }[] }>;
  replicate: { from(url: string): Promise<unknown>; to(url: string): Promise<unknown> };
  close(): Promise<void>;
  destroy(): Promise<void>;
}
type PouchCtor = (new (name: string, options?: object) => PouchDb) & {
  plugin(plugin: unknown): PouchCtor;
  defaults(options: object): PouchCtor;
};

export async function runPouch(
  require: NodeJS.Require,
  images: readonly AnyEntity[],
  devices: number,
  edits: number,
): Promise<SideResult> {
  const PouchDB = require('pouchdb-node') as PouchCtor;
  const Memory = PouchDB.plugin(require('pouchdb-adapter-memory'));
  const express = require('express') as () => {
    use(path: string, handler: unknown): void;
    listen(port: number, host: string, cb: () => void): Server;
  };
  const expressPouch = require('express-pouchdb') as (pouch: PouchCtor, options: object) => unknown;

  const dir = await mkdtemp(join(tmpdir(), 'plan-de-jeu-peer-'));
  const OnDisk = PouchDB.defaults({ prefix: `${dir}/` });
  const app = express();
  app.use(
    '/',
    expressPouch(OnDisk, { mode: 'minimumForPouchDB', inMemoryConfig: true, logPath: join(dir, 'log.txt') }),
  );
  const http = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = http.address();
  if (address === null || typeof address === 'string') throw new Error('the PouchDB server has no port');
  const proxy = await startProxy(address.port);
  const remote = `${proxy.url}/plan`;
  const replicas: PouchDb[] = [];
  try {
    const seed = new OnDisk('plan');
    await seed.bulkDocs(images.map((image) => ({ ...image, _id: image.id })));
    const ids = images.map((i) => i.id).sort();
    for (let d = 0; d < devices; d++) {
      const db = new Memory(`phone-${randomUUID()}`, { adapter: 'memory' });
      await db.replicate.from(remote);
      replicas.push(db);
    }

    // Offline edits: each one a new revision of the image's document, with the same forward-only rule.
    for (const [d, db] of replicas.entries()) {
      for (const edit of plannedEdits(d, ids, edits)) {
        const doc = await db.get(edit.id);
        if ('note' in edit) await db.put({ ...doc, note: edit.note });
        else if (progress(edit.to) > progress(doc.status ?? 'planned'))
          await db.put({ ...doc, status: edit.to });
      }
    }

    proxy.reset();
    const started = performance.now();
    let rounds = 0;
    for (;;) {
      rounds++;
      await Promise.all(replicas.map((db) => db.replicate.to(remote)));
      await Promise.all(replicas.map((db) => db.replicate.from(remote)));
      const truth = revisions(await seed.allDocs());
      const all = await Promise.all(replicas.map(async (db) => revisions(await db.allDocs())));
      if (all.every((r) => r === truth)) break;
      if (rounds > 20) throw new Error('pouch: no convergence after 20 rounds');
    }
    const convergeMs = performance.now() - started;
    const { up, down } = proxy.bytes();
    await seed.close();
    return { devices, editsPerDevice: edits, convergeMs, bytesUp: up, bytesDown: down, rounds };
  } finally {
    // destroy(), not close(): the memory adapter keeps a database by name for the life of the process.
    await Promise.all(replicas.map((db) => db.destroy()));
    await proxy.close();
    await new Promise((resolve) => http.close(resolve));
    await rm(dir, { recursive: true, force: true });
  }
}

/** The winning revision of every document, as one comparable string. */
function revisions(all: { rows: { id: string; value: { rev: string } }[] }): string {
  return all.rows.map((r) => `${r.id}@${r.value.rev}`).join('\n');
}
