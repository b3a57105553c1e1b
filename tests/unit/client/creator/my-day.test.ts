// "My day" reads: only my chosen moments, their days, the default day, time order, spot and per-image sync state.
import { describe, expect, it } from 'vitest';
import {
  buildMyDay,
  defaultMyDay,
  myDays,
  type MyDayData,
} from '../../../../src/client/features/creator/my-day.ts';
import { actors, ids, planWithOneImage, run } from '../../shared/fixtures.ts';

const EARLY = '00000000-0000-4000-8000-0000000000e1';

async function data(): Promise<MyDayData> {
  const tx = await planWithOneImage();
  // An earlier moment the same day, Léa assigned without a spot, and a later day for Hugo only.
  await run(tx, actors.planner, 'moment.create', {
    id: EARLY,
    editionId: ids.olympic,
    venueId: ids.stade,
    day: '2024-08-04',
    title: 'Heats',
    sport: 'Athletics',
    why: { kind: 'athlete', athlete: 'Someone', text: '' },
    keyMomentAt: '2024-08-04T08:00:00.000Z',
    angles: { sport: '', site: '', public: '' },
  });
  await run(tx, actors.planner, 'assignment.create', {
    id: '00000000-0000-4000-8000-0000000000e2',
    memberId: ids.lea,
    momentId: EARLY,
    note: 'meet at gate 4',
  });
  const list = async <K extends Parameters<typeof tx.list>[0]>(k: K) => tx.list(k);
  return {
    editions: await list('edition'),
    moments: await list('moment'),
    venues: await list('venue'),
    spots: await list('spot'),
    access: await list('access'),
    assignments: await list('assignment'),
    signatures: await list('signature'),
    waiting: [],
    rejections: [],
  };
}

describe('my day', () => {
  it('lists my days only, and opens on today, else the next day with work, else the first', async () => {
    const d = await data();
    expect(myDays(d, ids.lea)).toEqual(['2024-08-04']);
    expect(myDays(d, ids.hugo)).toEqual([]);
    const days = ['2024-08-02', '2024-08-04', '2024-08-06'];
    expect(defaultMyDay(days, '2024-08-04')).toBe('2024-08-04');
    expect(defaultMyDay(days, '2024-08-05')).toBe('2024-08-06');
    expect(defaultMyDay(days, '2026-11-27')).toBe('2024-08-02');
    expect(defaultMyDay(days, '2024-01-01')).toBe('2024-08-02');
    expect(defaultMyDay([], '2024-08-04')).toBeUndefined();
  });

  it('orders the day by key moment, joins venue, edition, spot and images', async () => {
    const items = buildMyDay('2024-08-04', actors.lea, await data());
    expect(items.map((i) => i.moment.title)).toEqual(['Heats', "Men's 100 m final"]);
    const [heats, final] = items;
    expect(heats!.spot).toBeUndefined();
    expect(heats!.assignment.note).toBe('meet at gate 4');
    expect(final!.spot?.id).toBe(ids.spot);
    expect(final!.venue?.timeZone).toBe('Europe/Paris');
    expect(final!.edition?.type).toBe('olympic');
    expect(final!.shots.map((s) => [s.image.id, s.actions])).toEqual([
      [ids.image, ['in-position', 'captured', 'missed']],
    ]);
  });

  it('drops dropped moments, and marks images waiting or refused from the outbox and rejections', async () => {
    const d = await data();
    const dropped = {
      ...d,
      moments: d.moments.map((m) => (m.id === EARLY ? { ...m, status: 'dropped' as const } : m)),
    };
    expect(buildMyDay('2024-08-04', actors.lea, dropped).map((i) => i.moment.title)).toEqual([
      "Men's 100 m final",
    ]);
    const waiting = buildMyDay('2024-08-04', actors.lea, {
      ...d,
      waiting: [ids.image],
    });
    expect(waiting[1]!.shots[0]).toMatchObject({ waiting: true });
    const refused = buildMyDay('2024-08-04', actors.lea, {
      ...d,
      rejections: [
        { id: 1, name: 'signature.advance', args: { id: ids.image }, reason: 'old' },
        {
          id: 2,
          name: 'signature.miss',
          args: { id: ids.image },
          reason: 'you are not assigned to this moment',
        },
      ],
    });
    expect(refused[1]!.shots[0]).toMatchObject({
      waiting: false,
      rejectedReason: 'you are not assigned to this moment',
    });
  });
});
