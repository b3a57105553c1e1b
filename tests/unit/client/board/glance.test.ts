// Today at a glance: counts per moment, and what is still missing in the order the desk chases it.
import { glanceOf } from '../../../../src/client/features/board/glance.ts';
import { image, moment } from './pure.fixtures.ts';

const early = moment('relay', '2024-08-04T17:00:00Z', 2);
const late = moment('final', '2024-08-04T19:50:00Z', 1);
const images = [
  image('f-crowd', 'final', 'planned'),
  image('f-start', 'final', 'in-position'),
  image('f-win', 'final', 'published'),
  image('f-lost', 'final', 'missed'),
  image('r-baton', 'relay', 'planned'),
  image('r-done', 'relay', 'selected'),
  image('other', 'elsewhere', 'planned'),
];

describe('glanceOf', () => {
  it('counts planned, captured (or further) and missed per moment, in the given order', () => {
    const glance = glanceOf([late, early], images, new Date('2024-08-04T18:00:00Z'));
    expect(
      glance.moments.map(({ moment: m, planned, captured, missed }) => [m.id, planned, captured, missed]),
    ).toEqual([
      ['final', 4, 1, 1],
      ['relay', 2, 1, 0],
    ]);
  });

  it('lists the missing images by key-moment time, flagging those whose moment has passed', () => {
    const glance = glanceOf([late, early], images, new Date('2024-08-04T18:00:00Z'));
    expect(glance.missing.map((m) => [m.image.id, m.overdue])).toEqual([
      ['r-baton', true],
      ['f-crowd', false],
      ['f-start', false],
    ]);
  });

  it('breaks a tie in time by priority', () => {
    const a = moment('a', '2024-08-04T19:00:00Z', 3);
    const b = moment('b', '2024-08-04T19:00:00Z', 1);
    const glance = glanceOf([a, b], [image('x', 'a', 'planned'), image('y', 'b', 'planned')], new Date(0));
    expect(glance.missing.map((m) => m.image.id)).toEqual(['y', 'x']);
  });

  it('is empty without moments', () => {
    expect(glanceOf([], images, new Date())).toEqual({ moments: [], missing: [] });
  });
});
