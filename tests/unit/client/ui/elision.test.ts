// French elision of "de" before a name: "Rôle d’Inès Durand", "Rôle de Malik Benhadi" (a new user read "de Inès Durand").
import { de } from '../../../../src/client/i18n/elision.ts';
import { createI18n, fullCatalog } from '../../../../src/client/i18n/index.ts';

describe('de(name)', () => {
  it.each([
    ['Inès Durand', 'd’Inès Durand'],
    ['Élodie', 'd’Élodie'],
    ['Hugo', 'd’Hugo'],
    ['Arena Bercy', 'd’Arena Bercy'],
    ['Œuvre', 'd’Œuvre'],
    ['Yves', 'd’Yves'],
    ['Yannick', 'de Yannick'],
    ['Malik Benhadi', 'de Malik Benhadi'],
    ['  Ousmane ', 'd’Ousmane'],
    ['', 'de'],
  ])('%s → %s', (name, written) => {
    expect(de(name)).toBe(written);
  });
});

describe('the French catalogs elide through the formatter', () => {
  const fr = createI18n('fr');
  const en = createI18n('en');

  it('names a member with d’ or de, and English is untouched', () => {
    expect(fr.t('team.roleOf', { name: 'Inès Durand' })).toBe('Rôle d’Inès Durand');
    expect(fr.t('team.roleOf', { name: 'Malik Benhadi' })).toBe('Rôle de Malik Benhadi');
    expect(en.t('team.roleOf', { name: 'Inès Durand' })).not.toMatch(/d’|\bde\b/);
  });

  it('no French string writes "de {{…}}" before a name any more', () => {
    const texts: string[] = [];
    const walk = (node: unknown) => {
      if (typeof node === 'string') texts.push(node);
      else if (node && typeof node === 'object') Object.values(node).forEach(walk);
    };
    walk(fullCatalog('fr'));
    // Numbers and durations ("plus de {{max}}", "besoin de {{needed}}") take no elision before a digit.
    const named = texts.flatMap((text) => [...text.matchAll(/\bde \{\{(\w+)\}\}/g)].map((m) => m[1]));
    expect(named.filter((name) => !['max', 'needed'].includes(name!))).toEqual([]);
  });
});
