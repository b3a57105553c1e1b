// OverlayTx: a mutation reads its own writes, nothing reaches the base until the caller takes
// writes(), and list() has one order on every replica.
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../src/shared/domain/member.ts';
import type { ReadTx } from '../../../src/shared/mutations/types.ts';
import { OverlayTx } from '../../../src/shared/sync/overlay-tx.ts';
import { byCodePoint } from '../../../src/shared/sync/order.ts';
import { MemoryTx } from '../../fakes/memory-tx.ts';
import { memberArgs } from '../../fakes/server-fixtures.ts';

const member = (id: string): Member => ({ id, name: `member ${id}`, role: 'creator', contact: '' });

/** A base that lists its rows in the order given, as a database without ORDER BY might. */
function baseListing(rows: Member[]): ReadTx {
  return {
    get: async (_kind, id) => structuredClone(rows.find((r) => r.id === id)) as never,
    list: async (kind) => (kind === 'member' ? structuredClone(rows) : []) as never,
  };
}

describe('OverlayTx [R10]', () => {
  it('overlays puts and deletes on the base without touching it', async () => {
    const base = new MemoryTx();
    const [ana, bruno, chloe] = [memberArgs('Ana'), memberArgs('Bruno'), memberArgs('Chloé')];
    await base.put('member', ana);
    await base.put('member', bruno);
    const tx = new OverlayTx(base);
    await tx.put('member', { ...ana, name: 'Ana B.' });
    await tx.del('member', bruno.id);
    await tx.put('member', chloe);
    expect(await tx.get('member', ana.id)).toEqual({ ...ana, name: 'Ana B.' });
    expect(await tx.get('member', bruno.id)).toBeUndefined();
    expect((await tx.list('member')).map((m) => m.name).sort()).toEqual(['Ana B.', 'Chloé']);
    expect(await tx.list('venue')).toEqual([]);
    expect((await base.list('member')).map((m) => m.name).sort()).toEqual(['Ana', 'Bruno']);
    expect(tx.writes()).toEqual([
      { kind: 'member', id: ana.id, value: { ...ana, name: 'Ana B.' } },
      { kind: 'member', id: bruno.id, value: null },
      { kind: 'member', id: chloe.id, value: chloe },
    ]);
  });

  it('keeps a copy: changing an object after put, or one read back, does not change the write', async () => {
    const tx = new OverlayTx(new MemoryTx());
    const ana = memberArgs('Ana');
    await tx.put('member', ana);
    ana.name = 'changed';
    (await tx.get('member', ana.id))!.name = 'changed too';
    (await tx.list('member'))[0]!.name = 'and again';
    expect((await tx.get('member', ana.id))!.name).toBe('Ana');
    expect(tx.writes()[0]!.value).toMatchObject({ name: 'Ana' });
  });
});

describe('OverlayTx.list [R11]', () => {
  // Ids whose code-point order differs from a locale's: upper case before lower, accents after z.
  const ids = ['b', 'B', 'é', 'a', 'z', 'A-1', 'a-0', '10', '9'];
  const codePoint = [...ids].sort(byCodePoint);

  it('returns code-point order of id, never a locale order', () => {
    expect(codePoint).toEqual(['10', '9', 'A-1', 'B', 'a', 'a-0', 'b', 'z', 'é']);
    expect(codePoint).not.toEqual([...ids].sort((x, y) => x.localeCompare(y)));
  });

  it('gives the same list whatever order the base lists in and whatever was written when', async () => {
    const lists: string[][] = [];
    for (const shuffle of [ids, [...ids].reverse(), [...ids.slice(4), ...ids.slice(0, 4)]]) {
      const [first, ...rest] = shuffle;
      // One replica has every row in its base; another writes some in this transaction.
      const whole = new OverlayTx(baseListing(shuffle.map(member)));
      const written = new OverlayTx(baseListing(rest.map(member)));
      await written.put('member', member(first!));
      await written.del('member', 'gone');
      lists.push(
        (await whole.list('member')).map((m) => m.id),
        (await written.list('member')).map((m) => m.id),
      );
    }
    for (const list of lists) expect(list).toEqual(codePoint);
  });
});
