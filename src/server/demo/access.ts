// Access requests of the demo: spots that need someone's permission. All contacts are fictional.
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { ACCESS_IDS as A, SPOT_IDS as P } from './ids-spots.ts';
import { paris } from './time.ts';

export const accessRequests: MutationArgs<'access.create'>[] = [
  {
    id: A.lepicBalcony,
    spotId: P.lepicBalcony,
    kind: 'balcony',
    contactName: 'Mme Apolline Exemple (resident, 4th floor)',
    contactPhone: '+33 6 00 00 00 01',
    status: 'granted',
    expiresAt: paris('2024-08-04', '19:00'),
    notes:
      'Agreed by phone: two people at most, for both road races, arrive before 13:00. Bring her a print.',
  },
  {
    id: A.louvreRoof,
    spotId: P.louvreRoof,
    kind: 'roof',
    contactName: 'Louis Fictif (museum press office)',
    contactPhone: '+33 1 00 00 00 02',
    status: 'asked',
    notes:
      "Asked together with the cross-post production proposal; waiting for the museum security's answer.",
  },
  {
    id: A.arcTerrace,
    spotId: P.arcTerrace,
    kind: 'monument',
    contactName: 'Agnès Démo (monument administrator)',
    contactPhone: '+33 1 00 00 00 03',
    status: 'refused',
    notes:
      'Terrace closed in the evening during the Olympic Games for security. Ask again for the Paralympics.',
  },
  {
    id: A.policeBoat,
    spotId: P.policeBoat,
    kind: 'boat',
    contactName: 'Brigadier Paul Fictif (river police)',
    contactPhone: '+33 1 00 00 00 04',
    status: 'granted',
    expiresAt: paris('2024-07-31', '11:00'),
    notes: 'One photographer on board, life jacket provided. Images posted by both accounts (cross-post).',
  },
  {
    id: A.teahupooBoat,
    spotId: P.teahupooBoat,
    kind: 'boat',
    contactName: 'Teiva Exemple (boat operator)',
    contactPhone: '+689 87 00 00 05',
    status: 'asked',
    notes: 'Boat places in the channel are allocated the evening before, with the call for the next day.',
  },
  {
    id: A.blindFootballGoal,
    spotId: P.blindFootballGoal,
    kind: 'venue',
    contactName: 'Jeanne Exemple (venue photo manager)',
    contactPhone: '+33 6 00 00 00 06',
    status: 'to-ask',
    notes:
      "Ask for a place in the pen behind the goal, away from the guide's zone: no noise at all during play.",
  },
];
