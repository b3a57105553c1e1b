// The two editions of Paris 2024: the Olympic Games, then the Paralympic Games with the square.
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { EDITION_IDS } from './ids.ts';

export const editions: MutationArgs<'edition.create'>[] = [
  {
    id: EDITION_IDS.olympic,
    type: 'olympic',
    name: 'Olympic Games Paris 2024',
    startDay: '2024-07-26',
    endDay: '2024-08-11',
    timeZone: 'Europe/Paris',
  },
  {
    id: EDITION_IDS.paralympic,
    type: 'paralympic',
    name: 'Paralympic Games Paris 2024',
    startDay: '2024-08-28',
    endDay: '2024-09-08',
    timeZone: 'Europe/Paris',
  },
];
