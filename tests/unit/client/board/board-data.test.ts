// The board's groups: one day of one edition, or the whole Games in the order they happen.
import { boardGroups, byDay } from '../../../../src/client/features/board/board-data.ts';
import type { Entity } from '../../../../src/shared/domain/entities.ts';
import { image, moment } from './pure.fixtures.ts';

const moments = [
  moment('para-final', '2024-08-30T19:00:00Z', 1, { editionId: 'para', day: '2024-08-30' }),
  moment('m100', '2024-08-04T19:50:00Z', 2),
  moment('relay', '2024-08-04T17:00:00Z', 1),
  moment('judo', '2024-08-02T16:00:00Z', 1, { day: '2024-08-02' }),
  moment('dropped', '2024-08-04T12:00:00Z', 3, { status: 'dropped' }),
];
const images = [
  image('b', 'm100', 'planned', { title: 'b: the start' }),
  image('a', 'm100', 'captured', { title: 'a: the crowd' }),
  image('x', 'dropped', 'planned'),
];
const venues = [{ id: 'stade', name: 'Stade de France' }] as Entity<'venue'>[];
const starts: Record<string, string> = { oly: '2024-07-26', para: '2024-08-28' };
const where = { editionId: 'oly', day: '2024-08-04', editionStart: (id: string) => starts[id]! };

describe('boardGroups', () => {
  it('gives one day’s chosen moments by priority, with their venue and images by title', () => {
    const groups = boardGroups({ moments, venues, images }, 'day', where);
    expect(groups.map((g) => g.moment.id)).toEqual(['relay', 'm100']);
    expect(groups[1]!.venue?.name).toBe('Stade de France');
    expect(groups[1]!.images.map((i) => i.id)).toEqual(['a', 'b']);
  });

  it('gives the whole Games edition by edition, day by day, never a dropped moment', () => {
    const groups = boardGroups({ moments, venues, images }, 'games', where);
    expect(groups.map((g) => g.moment.id)).toEqual(['judo', 'relay', 'm100', 'para-final']);
    expect(byDay(groups).map(([day, g]) => [day, g.map((x) => x.moment.id)])).toEqual([
      ['2024-08-02', ['judo']],
      ['2024-08-04', ['relay', 'm100']],
      ['2024-08-30', ['para-final']],
    ]);
  });
});
