// ODF discipline codes (the first three characters of a unit's RSC) of the Paris 2024 Olympic Games → the plan's sport names.

/**
 * The Olympic disciplines of Paris 2024 by their ODF discipline code (ODF common codes, CC
 * @Discipline), named as the plan's sessions name sports. A code not listed is refused by name
 * rather than guessed (a Paralympic feed's codes are not listed yet: see README).
 */
export const ODF_DISCIPLINES: Readonly<Record<string, string>> = {
  ARC: 'Archery',
  ATH: 'Athletics',
  BDM: 'Badminton',
  BK3: '3x3 Basketball',
  BKB: 'Basketball',
  BKG: 'Breaking',
  BMF: 'Cycling BMX freestyle',
  BMX: 'Cycling BMX racing',
  BOX: 'Boxing',
  CLB: 'Sport climbing',
  CRD: 'Cycling road',
  CSL: 'Canoe slalom',
  CSP: 'Canoe sprint',
  CTR: 'Cycling track',
  DIV: 'Diving',
  EQU: 'Equestrian',
  FBL: 'Football',
  FEN: 'Fencing',
  GAR: 'Artistic gymnastics',
  GLF: 'Golf',
  GRY: 'Rhythmic gymnastics',
  GTR: 'Trampoline',
  HBL: 'Handball',
  HOC: 'Hockey',
  JUD: 'Judo',
  MPN: 'Modern pentathlon',
  MTB: 'Cycling mountain bike',
  OWS: 'Marathon swimming',
  ROW: 'Rowing',
  RU7: 'Rugby sevens',
  SAL: 'Sailing',
  SHO: 'Shooting',
  SKB: 'Skateboarding',
  SRF: 'Surfing',
  SWA: 'Artistic swimming',
  SWM: 'Swimming',
  TEN: 'Tennis',
  TKW: 'Taekwondo',
  TRI: 'Triathlon',
  TTE: 'Table tennis',
  VBV: 'Beach volleyball',
  VVO: 'Volleyball',
  WLF: 'Weightlifting',
  WPO: 'Water polo',
  WRE: 'Wrestling',
};

/** The sport name of a discipline code, or undefined for a code this list does not hold. */
export function disciplineName(code: string): string | undefined {
  return Object.hasOwn(ODF_DISCIPLINES, code) ? ODF_DISCIPLINES[code] : undefined;
}
