// Venue names as people type them: Unicode normalisation, apostrophes, case, spaces, hyphens; invisible differences shown.
import { describe, expect, it } from 'vitest';
import { findVenue, matchKey, visibleName } from '../../../src/shared/import/index.ts';
import { importCsv } from '../../../src/shared/import/index.ts';
import { demoVenues, context } from './import-fixtures.ts';

describe('matchKey and findVenue', () => {
  it('matches every apostrophe look-alike, none at all, case, accents and NFKC forms', () => {
    const names = [
      "Teahupo'o",
      'Teahupoʻo',
      'Teahupo’o',
      'Teahupo‘o',
      'Teahupoʼo',
      'Teahupo`o',
      'TEAHUPOO',
      'ｔｅａｈｕｐｏ＇ｏ',
    ];
    for (const name of names)
      expect({ name, venue: findVenue(demoVenues, name)?.name }).toEqual({ name, venue: "Teahupo'o" });
  });

  it('collapses spaces (no-break, narrow, doubled) and hyphens or dashes; drops zero-width characters', () => {
    for (const name of [
      'Champ de Mars Arena',
      'champ–de–mars  arena',
      'Champ\u00A0de\u202FMars-Arena',
      'Champ-de-Mars\u200B Arena',
    ])
      expect({ name, venue: findVenue(demoVenues, name)?.name }).toEqual({
        name,
        venue: 'Champ-de-Mars Arena',
      });
    expect(matchKey('  Trocade\u0301ro ')).toBe('trocadero');
    expect(findVenue(demoVenues, 'TROCADERO')?.name).toBe('Trocadéro');
  });

  it('does not match another venue by a part of its name', () => {
    expect(findVenue(demoVenues, 'Stade')).toBeUndefined();
    expect(findVenue(demoVenues, 'Marseille')).toBeUndefined();
  });
});

describe('an unknown venue', () => {
  it('shows look-alike characters as code points, and lists the known venues', () => {
    expect(visibleName('Stade de Fran\u0441e')).toBe('Stade de Fran[U+0441]e');
    expect(visibleName('Saint-Quentin Vélodrome')).toBeUndefined();
    const r = importCsv(
      'ref,sport,event,venue,date,start,end\nA,Athletics,Heat,Stade de Fran\u0441e,2024-08-04,10:00,11:00',
      context(),
    );
    expect(!r.ok && r.issues[0]).toMatchObject({
      row: 2,
      field: 'venue',
      code: 'unknownVenue',
      params: { value: 'Stade de Fran\u0441e', visible: 'Stade de Fran[U+0441]e' },
    });
    const known = !r.ok ? String(r.issues[0]!.params!.known) : '';
    for (const v of demoVenues) expect(known).toContain(v.name);
  });
});
