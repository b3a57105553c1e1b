// The venues of the demo: real places, positions to ~50 m, each with the time zone it is shown in.
import type { MutationArgs } from '../../shared/mutations/index.ts';
import { VENUE_IDS as V } from './ids.ts';

type VenueArgs = MutationArgs<'venue.put'>;

const PARIS = 'Europe/Paris';

function venue(
  id: string,
  name: string,
  city: string,
  lat: number,
  lng: number,
  timeZone = PARIS,
): VenueArgs {
  return { id, name, city, position: { lat, lng }, timeZone };
}

export const venues: VenueArgs[] = [
  venue(V.stadeDeFrance, 'Stade de France', 'Saint-Denis', 48.9244, 2.3602),
  venue(V.champDeMarsArena, 'Champ-de-Mars Arena', 'Paris', 48.8528, 2.3026),
  venue(V.eiffelTowerStadium, 'Eiffel Tower Stadium', 'Paris', 48.856, 2.298),
  venue(V.bercyArena, 'Bercy Arena', 'Paris', 48.8386, 2.3785),
  venue(V.laDefenseArena, 'Paris La Défense Arena', 'Nanterre', 48.8956, 2.2296),
  venue(V.rolandGarros, 'Roland-Garros Stadium', 'Paris', 48.8466, 2.2528),
  venue(V.pontAlexandreIII, 'Pont Alexandre III', 'Paris', 48.8637, 2.3137),
  venue(V.trocadero, 'Trocadéro', 'Paris', 48.8621, 2.2883),
  venue(V.concorde, 'La Concorde urban park', 'Paris', 48.8656, 2.3212),
  venue(V.tuileries, 'Tuileries garden (the cauldron)', 'Paris', 48.8635, 2.3275),
  venue(V.montmartre, 'Rue Lepic, Butte Montmartre (road race)', 'Paris', 48.8863, 2.3353),
  venue(V.grandPalais, 'Grand Palais', 'Paris', 48.8661, 2.3125),
  venue(V.versailles, 'Château de Versailles', 'Versailles', 48.8049, 2.1204),
  // Surfing is 15,700 km from Paris, eleven hours behind it in summer.
  venue(V.teahupoo, "Teahupo'o", 'Tahiti, French Polynesia', -17.847, -149.2665, 'Pacific/Tahiti'),
  venue(V.marseilleMarina, 'Marseille Marina (Roucas-Blanc)', 'Marseille', 43.2703, 5.3685),
  venue(V.vairesSurMarne, 'Vaires-sur-Marne Nautical Stadium', 'Vaires-sur-Marne', 48.8619, 2.6347),
  venue(V.golfNational, 'Le Golf National', 'Guyancourt', 48.754, 2.075),
  venue(V.parcDesPrinces, 'Parc des Princes', 'Paris', 48.8414, 2.2531),
  venue(V.stadeVelodrome, 'Stade Vélodrome (Marseille Stadium)', 'Marseille', 43.2698, 5.3959),
  venue(V.groupamaStadium, 'Groupama Stadium (Lyon Stadium)', 'Décines-Charpieu', 45.7653, 4.9819),
];
