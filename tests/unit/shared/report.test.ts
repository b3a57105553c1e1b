// The coverage report: sides × days × editions, captured against planned, and its filters.
import { describe, expect, it } from 'vitest';
import type { Assignment, Edition, Moment, SignatureImage } from '../../../src/shared/domain/index.ts';
import { capturedShare, coverageReport, reportChoices } from '../../../src/shared/domain/report.ts';

const olympic = {
  id: 'oly',
  type: 'olympic',
  name: 'Paris 2024',
  startDay: '2024-07-26',
  endDay: '2024-08-11',
  timeZone: 'Europe/Paris',
} as Edition;
const paralympic = {
  ...olympic,
  id: 'para',
  type: 'paralympic',
  startDay: '2024-08-28',
  endDay: '2024-09-08',
} as Edition;

const moment = (
  id: string,
  editionId: string,
  day: string,
  venueId: string,
  sport: string,
  status = 'chosen',
) => ({ id, editionId, day, venueId, sport, status }) as Moment;

const image = (
  id: string,
  momentId: string,
  sides: SignatureImage['sides'],
  status: SignatureImage['status'],
  capturedBy?: string,
) =>
  ({
    id,
    momentId,
    title: id,
    description: '',
    sides,
    status,
    note: '',
    history: [],
    capturedBy,
  }) as SignatureImage;

const moments = [
  moment('m100', 'oly', '2024-08-04', 'stade', 'Athletics'),
  moment('judo', 'oly', '2024-08-02', 'arena', 'Judo'),
  moment('jump', 'oly', '2024-08-04', 'stade', 'Athletics'),
  moment('dropped', 'oly', '2024-08-04', 'stade', 'Athletics', 'dropped'),
  moment('blade', 'para', '2024-08-30', 'stade', 'Para athletics'),
  moment('empty', 'para', '2024-09-01', 'arena', 'Para judo'),
];
const images = [
  image('i1', 'm100', ['sport', 'public'], 'published', 'lea'),
  image('i2', 'm100', ['site'], 'missed'),
  image('i3', 'jump', ['sport'], 'in-position'),
  image('i4', 'judo', ['public'], 'selected', 'hugo'),
  image('i5', 'dropped', ['sport'], 'captured', 'lea'),
  image('i6', 'blade', ['sport', 'disability'], 'captured', 'hugo'),
];
const assignments = [
  { id: 'a1', memberId: 'lea', momentId: 'm100', note: '' },
  { id: 'a2', memberId: 'lea', momentId: 'jump', note: '' },
] as Assignment[];
const input = { editions: [paralympic, olympic], moments, images, assignments };

describe('coverageReport', () => {
  it('gives every day of each edition, in order, with sides captured against planned', () => {
    const report = coverageReport(input);
    expect(report.map((e) => e.edition.id)).toEqual(['oly', 'para']);
    const [oly, para] = report;
    expect(oly!.days.map((d) => d.day)).toEqual(['2024-08-02', '2024-08-04']);
    const aug4 = oly!.days[1]!;
    expect(aug4.sides).toEqual([
      { side: 'sport', planned: 2, captured: 1, missed: 0 },
      { side: 'site', planned: 1, captured: 0, missed: 1 },
      { side: 'public', planned: 1, captured: 1, missed: 0 },
    ]);
    // i5 belongs to a dropped moment: it does not count.
    expect(aug4.images).toEqual({ planned: 3, captured: 1, missed: 1 });
    expect(oly!.sides).toEqual([
      { side: 'sport', planned: 2, captured: 1, missed: 0 },
      { side: 'site', planned: 1, captured: 0, missed: 1 },
      { side: 'public', planned: 2, captured: 2, missed: 0 },
    ]);
    expect(oly!.images).toEqual({ planned: 4, captured: 2, missed: 1 });
    // The square at the Paralympics; a day of chosen moments without an image shows as a gap.
    expect(para!.sides.map((s) => s.side)).toEqual(['sport', 'site', 'public', 'disability']);
    expect(para!.sides.find((s) => s.side === 'disability')).toEqual({
      side: 'disability',
      planned: 1,
      captured: 1,
      missed: 0,
    });
    expect(para!.days.map((d) => [d.day, d.images.planned])).toEqual([
      ['2024-08-30', 1],
      ['2024-09-01', 0],
    ]);
  });

  it('filters by venue and by sport', () => {
    const arena = coverageReport(input, { venueId: 'arena' });
    expect(arena[0]!.days.map((d) => d.day)).toEqual(['2024-08-02']);
    expect(arena[0]!.images).toEqual({ planned: 1, captured: 1, missed: 0 });
    expect(arena[1]!.days.map((d) => d.day)).toEqual(['2024-09-01']);

    const athletics = coverageReport(input, { sport: 'Athletics' });
    expect(athletics[0]!.images).toEqual({ planned: 3, captured: 1, missed: 1 });
    expect(athletics[1]!.days).toEqual([]);
    expect(athletics[1]!.images).toEqual({ planned: 0, captured: 0, missed: 0 });
  });

  it('filters by creator: the images of their moments and those they captured', () => {
    const lea = coverageReport(input, { creatorId: 'lea' });
    expect(lea[0]!.days.map((d) => d.day)).toEqual(['2024-08-04']);
    expect(lea[0]!.images).toEqual({ planned: 3, captured: 1, missed: 1 });
    expect(lea[1]!.days).toEqual([]);

    const hugo = coverageReport(input, { creatorId: 'hugo' });
    expect(hugo[0]!.days.map((d) => [d.day, d.images])).toEqual([
      ['2024-08-02', { planned: 1, captured: 1, missed: 0 }],
    ]);
    expect(hugo[1]!.images).toEqual({ planned: 1, captured: 1, missed: 0 });
  });

  it('combines filters, and empty filters let everything through', () => {
    expect(coverageReport(input, { venueId: 'stade', creatorId: 'hugo' })[0]!.days).toEqual([]);
    expect(coverageReport(input, { venueId: '', sport: '', creatorId: '' })).toEqual(coverageReport(input));
  });
});

describe('reportChoices and capturedShare', () => {
  it('lists the venues and sports of chosen moments only', () => {
    const extra = [...moments, moment('x', 'oly', '2024-08-05', 'marina', 'Sailing', 'dropped')];
    expect(reportChoices(extra)).toEqual({
      venueIds: ['stade', 'arena'],
      sports: ['Athletics', 'Judo', 'Para athletics', 'Para judo'],
    });
  });

  it('is 0 when nothing is planned', () => {
    expect(capturedShare({ planned: 0, captured: 0 })).toBe(0);
    expect(capturedShare({ planned: 4, captured: 3 })).toBe(0.75);
  });
});
