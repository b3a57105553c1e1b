// BufferedTx: a mutation reads its own writes; nothing reaches the base until the caller takes writes().
import { describe, expect, it } from 'vitest';
import { BufferedTx } from '../../../src/server/sync/buffered-tx.ts';
import { MemoryTx } from '../../fakes/memory-tx.ts';
import { memberArgs } from '../../fakes/server-fixtures.ts';

describe('BufferedTx', () => {
  it('overlays puts and deletes on the base without touching it', async () => {
    const base = new MemoryTx();
    const [ana, bruno, chloe] = [memberArgs('Ana'), memberArgs('Bruno'), memberArgs('Chloé')];
    await base.put('member', ana);
    await base.put('member', bruno);
    const tx = new BufferedTx(base);
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

  it('keeps a copy: changing an object after put does not change the write', async () => {
    const tx = new BufferedTx(new MemoryTx());
    const ana = memberArgs('Ana');
    await tx.put('member', ana);
    ana.name = 'changed';
    expect((await tx.get('member', ana.id))!.name).toBe('Ana');
  });
});
