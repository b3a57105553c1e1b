// The day view's pure rules: an edition's days, the default day, the day's moments, the buttons offered.
import {
  chosenMoments,
  defaultDay,
  defaultEdition,
  editionDays,
  sortEditions,
} from '../../../../src/client/features/day/day-plan.ts';
import { shotActions } from '../../../../src/client/features/day/shot-actions.ts';
import type { Edition } from '../../../../src/shared/domain/edition.ts';
import type { Moment } from '../../../../src/shared/domain/moment.ts';

const olympic: Edition = {
  id: '00000000-0000-4000-8000-000000000001',
  type: 'olympic',
  name: 'Paris 2024',
  startDay: '2024-07-26',
  endDay: '2024-08-11',
  timeZone: 'Europe/Paris',
};
const paralympic: Edition = {
  ...olympic,
  id: '00000000-0000-4000-8000-000000000002',
  type: 'paralympic',
  startDay: '2024-08-28',
  endDay: '2024-09-08',
};

function moment(id: string, day: string, rank: number, status: Moment['status'] = 'chosen'): Moment {
  return {
    id,
    editionId: olympic.id,
    venueId: '00000000-0000-4000-8000-000000000011',
    day,
    title: `moment ${id}`,
    sport: 'Athletics',
    why: { kind: 'iconic', text: 'iconic' },
    keyMomentAt: `${day}T19:50:00.000Z`,
    rank,
    status,
    angles: { sport: '', site: '', public: '' },
  };
}

describe('editionDays', () => {
  it('lists every day from the first to the last', () => {
    const days = editionDays(olympic);
    expect(days).toHaveLength(17);
    expect(days[0]).toBe('2024-07-26');
    expect(days[6]).toBe('2024-08-01');
    expect(days.at(-1)).toBe('2024-08-11');
  });
});

describe('defaultDay', () => {
  const moments = [
    moment('b', '2024-08-04', 1),
    moment('a', '2024-07-30', 1, 'dropped'),
    moment('c', '2024-08-02', 1),
  ];

  it('is today in the edition’s zone while the Games run', () => {
    // 22:30 UTC on 1 August is already 2 August in Paris.
    expect(defaultDay(olympic, moments, new Date('2024-08-01T22:30:00Z'))).toBe('2024-08-02');
  });

  it('is the first day with chosen moments before or after the Games', () => {
    expect(defaultDay(olympic, moments, new Date('2024-06-01T12:00:00Z'))).toBe('2024-08-02');
  });

  it('is the first day when nothing is planned yet', () => {
    expect(defaultDay(olympic, [], new Date('2026-01-01T12:00:00Z'))).toBe('2024-07-26');
  });
});

describe('chosenMoments', () => {
  it('keeps the day’s chosen moments of the edition, by rank then id', () => {
    const list = [
      moment('z', '2024-08-04', 2),
      moment('y', '2024-08-04', 1),
      moment('x', '2024-08-04', 2),
      moment('w', '2024-08-04', 3, 'dropped'),
      moment('v', '2024-08-05', 1),
      { ...moment('u', '2024-08-04', 1), editionId: paralympic.id },
    ];
    expect(chosenMoments(list, olympic.id, '2024-08-04').map((m) => m.id)).toEqual(['y', 'x', 'z']);
  });
});

describe('sortEditions', () => {
  it('puts the Olympics before the Paralympics', () => {
    expect(sortEditions([paralympic, olympic]).map((e) => e.type)).toEqual(['olympic', 'paralympic']);
  });
});

describe('shotActions', () => {
  it('gives an assigned creator in position, captured and missed', () => {
    expect(shotActions('creator', true, 'planned')).toEqual(['in-position', 'captured', 'missed']);
    expect(shotActions('creator', true, 'in-position')).toEqual(['captured', 'missed']);
    expect(shotActions('creator', true, 'missed')).toEqual(['captured']);
    expect(shotActions('creator', true, 'captured')).toEqual([]);
  });

  it('gives a creator nothing on a moment they are not assigned to', () => {
    expect(shotActions('creator', false, 'planned')).toEqual([]);
  });

  it('gives the desk selected and published too, forward only', () => {
    expect(shotActions('editor', false, 'planned')).toEqual([
      'in-position',
      'captured',
      'missed',
      'selected',
      'published',
    ]);
    expect(shotActions('planner', false, 'captured')).toEqual(['selected', 'published']);
    expect(shotActions('admin', false, 'published')).toEqual([]);
  });
});

describe('defaultEdition', () => {
  const both = [paralympic, olympic];

  it('is the edition running today', () => {
    expect(defaultEdition(both, [], new Date('2024-09-01T10:00:00Z')).type).toBe('paralympic');
    expect(defaultEdition(both, [], new Date('2024-07-27T10:00:00Z')).type).toBe('olympic');
  });

  it('is the next to start while preparing, between the Games too', () => {
    expect(defaultEdition(both, [], new Date('2024-05-01T10:00:00Z')).type).toBe('olympic');
    expect(defaultEdition(both, [], new Date('2024-08-20T10:00:00Z')).type).toBe('paralympic');
  });

  it('is the first with chosen moments once the Games are over', () => {
    const paraMoment = { ...moment('p', '2024-09-01', 1), editionId: paralympic.id };
    expect(defaultEdition(both, [paraMoment], new Date('2026-01-01T10:00:00Z')).type).toBe('paralympic');
    expect(defaultEdition(both, [], new Date('2026-01-01T10:00:00Z')).type).toBe('olympic');
  });
});
