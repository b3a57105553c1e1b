// Pokes that carry their rows (R15): the patch of a push, merging over the poker's window, and the poke stream's opt-in.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EntityWrite } from '../../../src/server/db/port.ts';
import type { PokePatch } from '../../../src/server/sync/poke-patch.ts';
import { mergePatches, pushPatch } from '../../../src/server/sync/poke-patch.ts';
import { createPoker } from '../../../src/server/sync/poke.ts';
import { MAX_POKE_PATCH_BYTES } from '../../../src/shared/protocol/limits.ts';
import { PokeData } from '../../../src/shared/protocol/messages.ts';
import { startTestServer } from '../../fakes/server.ts';
import type { TestServer } from '../../fakes/server.ts';
import { memberArgs, pullBody, pushBody, venueArgs } from '../../fakes/server-fixtures.ts';

const venue = (name: string, id = 'v1') => ({ ...venueArgs(name), id }) as unknown as EntityWrite['value'];
const put = (id: string, name: string): EntityWrite => ({ kind: 'venue', id, value: venue(name, id) });

describe('the patch of a push [R15]', () => {
  it('holds each row the push wrote at its last value, deletions as del, with its range and writer', () => {
    const patch = pushPatch(
      7,
      9,
      [
        [put('v1', 'first'), put('v2', 'other')],
        [put('v1', 'second'), { kind: 'venue', id: 'v2', value: null }],
      ],
      'client-a',
      1,
    )!;
    expect(patch).toMatchObject({ from: 7, version: 9, dataVersion: 1 });
    expect([...patch.writers]).toEqual(['client-a']);
    expect(patch.ops).toEqual([
      { op: 'put', kind: 'venue', id: 'v1', value: JSON.parse(JSON.stringify(venue('second'))) },
      { op: 'del', kind: 'venue', id: 'v2' },
    ]);
  });

  it('[R6] carries no row whose contacts are redacted per reader: a member or access row makes it none', () => {
    const member = memberArgs('Léa');
    expect(
      pushPatch(0, 1, [[put('v1', 'x'), { kind: 'member', id: member.id, value: member }]], 'c', 1),
    ).toBe(null);
    expect(pushPatch(0, 1, [[{ kind: 'access', id: 'a1', value: null }]], 'c', 1)).toBe(null);
  });

  it('is none past MAX_POKE_PATCH_BYTES, alone or merged', () => {
    const big = (id: string) => put(id, 'x'.repeat(MAX_POKE_PATCH_BYTES / 2));
    expect(pushPatch(0, 1, [[big('v1'), big('v2')]], 'c', 1)).toBe(null);
    const a = pushPatch(0, 1, [[big('v1')]], 'c', 1)!;
    const b = pushPatch(1, 2, [[big('v2')]], 'c', 1)!;
    expect(a).not.toBe(null);
    expect(mergePatches(a, b)).toBe(null);
  });

  it('merges only ranges that follow each other: the later value wins, writers add up', () => {
    const a = pushPatch(3, 4, [[put('v1', 'a'), put('v2', 'a')]], 'client-a', 1)!;
    const b = pushPatch(4, 6, [[put('v1', 'b')]], 'client-b', 1)!;
    const merged = mergePatches(a, b)!;
    expect(merged).toMatchObject({ from: 3, version: 6 });
    expect(new Set(merged.writers)).toEqual(new Set(['client-a', 'client-b']));
    expect(merged.ops.map((op) => [op.id, op.op === 'put' && (op.value as { name: string }).name])).toEqual([
      ['v2', 'a'],
      ['v1', 'b'],
    ]);
    expect(merged.bytes).toBe(merged.sizes.reduce((x, y) => x + y, 0));
    // A gap (another process's commit, version 5) or a data version apart: no merged patch.
    expect(mergePatches(a, pushPatch(5, 6, [[put('v1', 'b')]], 'client-b', 1)!)).toBe(null);
    expect(mergePatches(a, pushPatch(4, 5, [[put('v1', 'b')]], 'client-b', 2)!)).toBe(null);
  });
});

describe('the poker with patches [R15]', () => {
  afterEach(() => vi.useRealTimers());
  const patch = (from: number, version: number, name: string): PokePatch =>
    pushPatch(from, version, [[put('v1', name)]], `client-${version}`, 1)!;

  function recorder(coalesceMs: number) {
    const poker = createPoker({ coalesceMs });
    const seen: { version: number; patch: PokePatch | null }[] = [];
    poker.subscribe((version, p) => seen.push({ version, patch: p }));
    return { poker, seen };
  }

  it('sends the first poke at once with its rows, and merges the next ones of the window', () => {
    vi.useFakeTimers();
    const { poker, seen } = recorder(50);
    poker.poke(1, patch(0, 1, 'one'));
    expect(seen).toEqual([{ version: 1, patch: patch(0, 1, 'one') }]);
    poker.poke(2, patch(1, 2, 'two'));
    poker.poke(3, patch(2, 3, 'three'));
    expect(seen).toHaveLength(1);
    vi.advanceTimersByTime(50);
    expect(seen[1]).toMatchObject({ version: 3, patch: { from: 1, version: 3 } });
    expect(seen[1]!.patch!.ops).toEqual(patch(2, 3, 'three').ops);
  });

  it('pokes without rows when the window holds a poke without them, or ranges that do not follow', () => {
    vi.useFakeTimers();
    const { poker, seen } = recorder(50);
    poker.poke(1, patch(0, 1, 'one'));
    poker.poke(2); // another process's commit, heard through NOTIFY
    poker.poke(3, patch(2, 3, 'three'));
    vi.advanceTimersByTime(50);
    expect(seen[1]).toEqual({ version: 3, patch: null });

    poker.poke(4, patch(3, 4, 'four'));
    poker.poke(6, patch(5, 6, 'six')); // version 5 never announced here
    vi.advanceTimersByTime(50);
    expect(seen.at(-1)).toEqual({ version: 6, patch: null });
  });

  it('never sends a late, older poke’s rows', () => {
    const { poker, seen } = recorder(0);
    poker.poke(2, patch(1, 2, 'two'));
    poker.poke(1, patch(0, 1, 'one'));
    expect(seen[1]).toEqual({ version: 1, patch: null });
  });
});

describe('GET /api/sync/poke?patch=1 [R15] [R12] [R13]', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ distDir: '/nonexistent' });
  });
  afterAll(() => server.close());

  /** A device's poke stream, and the pokes read from it (parsed as the app parses them). */
  async function stream(clientID: string, query: string) {
    const { deviceToken } = await server.signIn(`Device ${clientID.slice(0, 4)}`, 'editor', clientID);
    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/sync/poke${query}`, {
      headers: { authorization: `Bearer ${deviceToken}` },
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const pokes = () =>
      [...text.matchAll(/event: poke\ndata: (.*)\n\n/g)].map((m) => PokeData.parse(JSON.parse(m[1]!)));
    return {
      async until(version: number): Promise<PokeData> {
        for (;;) {
          const found = pokes().find((p) => p.version === version);
          if (found) return found;
          const { value, done } = await reader.read();
          if (done) throw new Error(`stream ended before version ${version}`);
          text += decoder.decode(value, { stream: true });
        }
      },
      close: () => controller.abort(),
    };
  }

  it('carries a push’s rows to the other devices that asked, as their pull would send them; the writer and older apps get the version only', async () => {
    const [writer, other, old] = [randomUUID(), randomUUID(), randomUUID()];
    const writerStream = await stream(writer, '?patch=1');
    const otherStream = await stream(other, '?patch=1');
    const oldStream = await stream(old, '');
    const admin = { deviceId: null, clientID: writer, memberId: server.adminId, role: 'admin' as const };
    const from = await server.store.version();
    await server.sync.push(admin, pushBody(writer, 1, [{ name: 'venue.put', args: venueArgs() }]));
    const version = from + 1;

    const carried = await otherStream.until(version);
    expect(carried).toMatchObject({ version, from, dataVersion: 1 });
    const editor = (await server.store.listEntities('member')).find((m) => m.role === 'editor')!;
    const pulled = await server.sync.pull(
      { deviceId: null, clientID: other, memberId: editor.id, role: 'editor' },
      pullBody(other, from),
    );
    expect(carried.patch).toEqual(pulled.patch);
    expect(await writerStream.until(version)).toEqual({ version });
    expect(await oldStream.until(version)).toEqual({ version });
    for (const s of [writerStream, otherStream, oldStream]) s.close();
  });

  it('[R6] carries no member row: a contact change pokes with the version only, even to devices that asked', async () => {
    const other = randomUUID();
    const otherStream = await stream(other, '?patch=1');
    const admin = {
      deviceId: null,
      clientID: randomUUID(),
      memberId: server.adminId,
      role: 'admin' as const,
    };
    const member = { ...memberArgs('Chloé'), contact: '+33 6 12 34 56 78' };
    const result = await server.sync.applyAsSystem([{ name: 'member.put', args: member }], admin);
    expect(result.results[0]!.outcome).toBe('applied');
    expect(await otherStream.until(await server.store.version())).toEqual({
      version: await server.store.version(),
    });
    otherStream.close();
  });
});
