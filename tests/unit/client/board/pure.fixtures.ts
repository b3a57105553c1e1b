// Small hand-made rows for the board's pure helpers.
import type { Moment, SignatureImage } from '../../../../src/shared/domain/index.ts';

export const moment = (id: string, keyMomentAt: string, rank: number, extra: Partial<Moment> = {}) =>
  ({
    id,
    editionId: 'oly',
    venueId: 'stade',
    day: '2024-08-04',
    title: id,
    sport: 'Athletics',
    keyMomentAt,
    rank,
    status: 'chosen',
    ...extra,
  }) as Moment;

export const image = (
  id: string,
  momentId: string,
  status: SignatureImage['status'],
  extra: Partial<SignatureImage> = {},
) =>
  ({
    id,
    momentId,
    title: id,
    description: '',
    sides: ['sport'],
    status,
    note: '',
    history: [],
    ...extra,
  }) as SignatureImage;
