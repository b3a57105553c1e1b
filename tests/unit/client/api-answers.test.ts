// @vitest-environment jsdom
// API answers are parsed by the shared schemas (#12): a wrong shape is named as a problem, never cast and shown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAudit } from '../../../src/client/api/audit.ts';
import { refusalMessage } from '../../../src/client/api/refusal.ts';
import { fetchTileSettings } from '../../../src/client/map/tile-settings.ts';

const M = '00000000-0000-4000-8000-0000000000a1';
const entry = {
  at: '2024-08-04T19:40:00.000Z',
  loggedAt: '2024-08-04T19:40:02.000Z',
  memberId: 'p',
  memberName: 'Claire',
  deviceId: null,
  name: 'moment.rank',
  args: { id: M, rank: 1 },
  outcome: 'applied',
  reason: null,
  changes: [{ kind: 'moment', id: M, before: null, after: { id: M } }],
};
const fetchOf = (body: unknown, status = 200) =>
  vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('audit answers [R14]', () => {
  it('hands back the entries of a well-formed answer', async () => {
    const result = await fetchAudit('token', { id: M }, fetchOf({ entries: [entry] }));
    expect(result).toEqual({ ok: true, entries: [entry] });
  });

  it('names an answer that is not an audit trail instead of showing it', async () => {
    for (const body of [
      { entries: [{ ...entry, outcome: 'maybe' }] },
      { entries: 'none' },
      '<html>proxy</html>',
    ]) {
      const result = await fetchAudit('token', { id: M }, fetchOf(body));
      expect(result).toMatchObject({ ok: false, problem: 'refused' });
      expect(!result.ok && result.message).toMatch(/not an audit trail/);
    }
  });

  it('reads a refusal’s message, or its status when the body is not JSON', async () => {
    const refused = await fetchAudit('t', {}, fetchOf({ error: 'forbidden', message: 'planners only' }, 403));
    expect(refused).toEqual({ ok: false, problem: 'refused', message: 'planners only' });
    expect(await refusalMessage(new Response('Bad gateway', { status: 502 }))).toBe('HTTP 502');
    expect(await refusalMessage(new Response(JSON.stringify({ message: 3 }), { status: 400 }))).toBe(
      'HTTP 400',
    );
  });
});

describe('tile settings answers', () => {
  it('keeps a well-formed answer (allowBulk false when absent) and ignores a malformed one', async () => {
    const tiles = { url: 'https://tiles.example.org/{z}/{x}/{y}.png', attribution: '© OSM' };
    expect(await fetchTileSettings(fetchOf({ tiles }))).toEqual({ ...tiles, allowBulk: false });
    // Malformed: the last good answer stays (remembered on the phone), not the broken one.
    expect(await fetchTileSettings(fetchOf({ tiles: { url: 42 } }))).toEqual({ ...tiles, allowBulk: false });
    expect(
      await fetchTileSettings(fetchOf({ tiles: { url: 'x', attribution: 'y', allowBulk: 'yes' } })),
    ).toEqual({
      ...tiles,
      allowBulk: false,
    });
  });
});
