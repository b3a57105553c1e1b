// Cases security/ sec-01, sec-04 and sec-09 of the shared cases, over the HTTP API on a SQLite file:
// the desk's link, bounded rejections on disk and in pull, and one-line labels.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_STORED_ARGS_BYTES, MAX_STORED_REJECTIONS } from '../../../src/shared/protocol/limits.ts';
import { createInvite } from '../../../src/server/auth/invites.ts';
import { openSqliteStore } from '../../../src/server/db/index.ts';
import type { ServerStore } from '../../../src/server/db/port.ts';
import { SQLITE_FILE } from '../../../src/server/db/sqlite.ts';
import { buildApp } from '../../../src/server/http/app.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { AT, ids, seededService } from './permissions.fixture.ts';
import { WIRE } from '../../fakes/wire.ts';

const LINK = 'https://media.example.org/asset/published';
let dir: string | undefined;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** The seeded plan on a SQLite file, served over HTTP (inject), and devices signed in through invites. */
async function server() {
  dir = mkdtempSync(join(tmpdir(), 'pdj-sec-'));
  const store: ServerStore = await openSqliteStore(dir);
  const { sync } = await seededService(store);
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const app = buildApp(
    { distDir: '/nonexistent', logger: { level: 'info', stream } },
    { store, sync, poker: createPoker() },
  );
  close = async () => {
    await app.close();
    await store.close();
  };
  const file = join(dir, SQLITE_FILE);
  return {
    store,
    app,
    /** The server's JSON log lines so far. */
    lines,
    async device(memberId: string) {
      const clientID = randomUUID();
      const { token } = await createInvite(store, memberId);
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/redeem',
        payload: { invite: token, clientID, deviceName: 'phone' },
      });
      const headers = { authorization: `Bearer ${res.json().deviceToken as string}` };
      let next = 1;
      return {
        async push(mutations: { name: string; args: unknown }[]) {
          const body = {
            ...WIRE,
            clientID,
            mutations: mutations.map((m) => ({ id: next++, at: AT, ...m })),
          };
          const answer = await app.inject({ method: 'POST', url: '/api/sync/push', headers, payload: body });
          expect(answer.statusCode, answer.body.slice(0, 300)).toBe(200);
          return answer.json().results as { id: number; outcome: string; code?: string; params?: object }[];
        },
        async pull() {
          const payload = { ...WIRE, clientID, cookie: null, ackedMutationID: 0 };
          const answer = await app.inject({ method: 'POST', url: '/api/sync/pull', headers, payload });
          expect(answer.statusCode).toBe(200);
          return { bytes: answer.rawPayload.length, body: answer.json() };
        },
      };
    },
    /** Bytes of the database file once its write-ahead log is checkpointed into it. */
    diskBytes(): number {
      const db = new BetterSqlite3(file);
      try {
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
      return statSync(file).size;
    },
  };
}

describe('sec-01: an assigned creator cannot replace the desk’s asset link', () => {
  it('refuses the link through signature.advance at any status it names, and through signature.link', async () => {
    const s = await server();
    const desk = await s.device(ids.editor);
    await desk.push([
      { name: 'signature.advance', args: { id: ids.image, to: 'captured' } },
      { name: 'signature.advance', args: { id: ids.image, to: 'published', assetUrl: LINK } },
    ]);
    const lea = await s.device(ids.lea);
    const evil = 'https://evil.example.org/x';
    const results = await lea.push([
      { name: 'signature.advance', args: { id: ids.image, to: 'published', assetUrl: evil } },
      { name: 'signature.advance', args: { id: ids.image, to: 'captured', assetUrl: evil } },
      { name: 'signature.advance', args: { id: ids.image, to: 'in-position', assetUrl: evil } },
      { name: 'signature.link', args: { id: ids.image, assetUrl: evil } },
      { name: 'signature.note', args: { id: ids.image, note: 'mine now' } },
    ]);
    expect(results.map((r) => [r.outcome, r.code])).toEqual([
      ['rejected', 'field_not_allowed'],
      ['rejected', 'field_not_allowed'],
      ['rejected', 'field_not_allowed'],
      ['rejected', 'role_forbidden'],
      ['rejected', 'status_past_captured'],
    ]);
    expect(await s.store.getEntity('signature', ids.image)).toMatchObject({
      status: 'published',
      assetUrl: LINK,
      note: '',
    });
  });
});

describe('sec-04: what is kept and pulled of a rejected mutation is bounded', () => {
  it('keeps 30 rejected pushes of ~1 MB of junk each in a few kB each, on disk and in the pull', async () => {
    const s = await server();
    const hugo = await s.device(ids.hugo); // not assigned: every one of his image mutations is rejected
    const before = s.diskBytes();
    const junk = 'x'.repeat(1_000_000);
    for (let i = 0; i < 30; i++) {
      const [result] = await hugo.push([{ name: 'signature.note', args: { id: ids.image, note: junk } }]);
      expect(result).toMatchObject({ outcome: 'rejected', code: 'invalid_args' });
    }
    const grown = s.diskBytes() - before;
    // 30 MB arrived; each rejection keeps at most MAX_STORED_ARGS_BYTES of args plus its row.
    expect(grown).toBeLessThan(30 * (MAX_STORED_ARGS_BYTES + 2048) + 64 * 1024);
    const { bytes, body } = await hugo.pull();
    expect(body.rejected).toHaveLength(30);
    expect(bytes).toBeLessThan(30 * (MAX_STORED_ARGS_BYTES + 1024) + 256 * 1024);
    const [first] = body.rejected;
    expect(first).toMatchObject({
      code: 'invalid_args',
      params: { path: 'note', problem: 'too_long', limit: 1000 },
      args: { $truncated: { bytes: expect.any(Number), head: expect.stringMatching(/^\{"id":/) } },
    });
    expect(first.args.$truncated.bytes).toBeGreaterThan(1_000_000);
    expect(first.reason).toEqual(expect.any(String)); // kept: the English fallback
    // The log names each rejection by its code, and never holds the junk.
    const rejected = s.lines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'mutation rejected');
    expect(rejected).toHaveLength(30);
    expect(rejected[0]).toMatchObject({
      code: 'invalid_args',
      params: { path: 'note', problem: 'too_long' },
    });
    expect(s.lines.join('\n')).not.toContain('x'.repeat(1000));
  });

  it('stores the parsed args of an applied mutation, not the junk keys it came with', async () => {
    const s = await server();
    const editor = await s.device(ids.editor);
    const [result] = await editor.push([
      { name: 'signature.note', args: { id: ids.image, note: 'row 2', junk: 'y'.repeat(900_000) } },
    ]);
    expect(result!.outcome).toBe('applied');
    const log = await s.store.mutationLog();
    expect(log.at(-1)!.args).toEqual({ id: ids.image, note: 'row 2' });
  });

  it(`keeps at most ${MAX_STORED_REJECTIONS} rejections per device, with a counted entry for the dropped`, async () => {
    const s = await server();
    const hugo = await s.device(ids.hugo);
    const extra = 7;
    await hugo.push(
      Array.from({ length: MAX_STORED_REJECTIONS + extra }, () => ({
        name: 'signature.note',
        args: { id: ids.image, note: 'late' },
      })),
    );
    const { body } = await hugo.pull();
    expect(body.rejected).toHaveLength(MAX_STORED_REJECTIONS);
    expect(body.rejected[0]).toMatchObject({ code: 'rejections_dropped', params: { count: extra + 1 } });
    expect(body.rejected[1]).toMatchObject({ code: 'not_assigned' });
    expect(body.lastMutationID).toBe(MAX_STORED_REJECTIONS + extra);
  });
});

describe('sec-09: single-line labels refuse CR/LF; notes keep their line breaks', () => {
  it('refuses a line break or a control character in titles, names and labels, and writes nothing', async () => {
    const s = await server();
    const planner = await s.device(ids.planner);
    const admin = await s.device(ids.admin);
    const version = await s.store.version();
    const refused = [
      ...(await planner.push([
        { name: 'moment.update', args: { id: ids.m100, title: 'Final\r\nBEGIN:VEVENT' } },
        { name: 'signature.update', args: { id: ids.image, title: 'The roar\r' + 'X' } },
        { name: 'spot.update', args: { id: ids.spot, label: 'Roof\nrow 2' } },
        {
          name: 'access.update',
          args: { id: '00000000-0000-4000-8000-000000000071', contactName: 'Mme\u0085D' },
        },
        { name: 'signature.update', args: { id: ids.image, partner: 'Louvre\u2028Museum' } },
      ])),
      ...(await admin.push([
        { name: 'member.put', args: { id: randomUUID(), name: 'Léa\nMartin', role: 'creator', contact: '' } },
      ])),
    ];
    for (const r of refused) {
      expect(r).toMatchObject({
        outcome: 'rejected',
        code: 'invalid_args',
        params: { problem: 'control_char' },
      });
    }
    expect(await s.store.version()).toBe(version);
    const [kept] = await planner.push([
      { name: 'signature.note', args: { id: ids.image, note: 'row 2\nseat 14' } },
    ]);
    expect(kept!.outcome).toBe('applied');
    expect((await s.store.getEntity('signature', ids.image))!.note).toBe('row 2\nseat 14');
  });
});
