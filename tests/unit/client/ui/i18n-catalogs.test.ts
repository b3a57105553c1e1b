// The French and English catalogs: same keys, no empty text, the same {{placeholders}}; language choice.
import { createI18n, fullCatalog } from '../../../../src/client/i18n/index.ts';
import { MUTATIONS } from '../../../../src/shared/mutations/registry.ts';
import { describeMutation } from '../../../../src/client/ui/describe-mutation.ts';
import { initialLanguage, LANGUAGE_KEY, languageOf } from '../../../../src/client/i18n/language.ts';

// The whole catalogs: the start strings (en.ts, fr.ts) and the laptop screens' (later.*.ts).
const en = fullCatalog('en');
const fr = fullCatalog('fr');

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

// A formatter after the name ("{{name, de}}": French elision) is the language's business, not a placeholder change.
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)(?:,\s*\w+)?\}\}/g)].map((m) => m[1]).sort();

describe('the i18n catalogs', () => {
  const english = leaves(en);
  const french = leaves(fr);

  it('have exactly the same keys', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(100);
  });

  it('have no empty text', () => {
    for (const [key, text] of [...english, ...french])
      expect({ key, text: text.trim() }).not.toEqual({ key, text: '' });
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      expect({ key, names: placeholders(french.get(key) ?? '') }).toEqual({ key, names: placeholders(text) });
    }
  });

  it('pluralise the waiting changes in both languages', () => {
    expect(createI18n('en').t('sync.pending', { count: 1 })).toBe('1 change waiting on this phone');
    expect(createI18n('en').t('sync.pending', { count: 3 })).toBe('3 changes waiting on this phone');
    expect(createI18n('fr').t('sync.pending', { count: 1 })).toBe('1 modification non envoyée');
    expect(createI18n('fr').t('sync.pending', { count: 2 })).toBe('2 modifications non envoyées');
  });
});

describe('describeMutation', () => {
  it('has words for every mutation, in both languages', () => {
    for (const language of ['en', 'fr'] as const) {
      const { t } = createI18n(language);
      for (const name of MUTATIONS.keys()) {
        const text = describeMutation(t, name, { id: 'x', to: 'captured' });
        expect({ name, text }).not.toEqual({ name, text: expect.stringMatching(/mutation\.|\{\{/) });
      }
    }
    expect(describeMutation(createI18n('fr').t, 'signature.advance', { to: 'captured' })).toBe(
      'Image signature marquée Capturée',
    );
    expect(describeMutation(createI18n('en').t, 'time.travel', {})).toBe('Change time.travel');
  });
});

describe('the language', () => {
  it('is French for every fr* browser language, else English', () => {
    expect(languageOf('fr')).toBe('fr');
    expect(languageOf('fr-FR')).toBe('fr');
    expect(languageOf('fr-CA')).toBe('fr');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('de-DE')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });

  it('prefers the remembered choice, and ignores a corrupt one', () => {
    const storage = (value: string | null) => ({
      getItem: (key: string) => (key === LANGUAGE_KEY ? value : null),
    });
    expect(initialLanguage(storage('en'), 'fr-FR')).toBe('en');
    expect(initialLanguage(storage('fr'), 'en-US')).toBe('fr');
    expect(initialLanguage(storage('klingon'), 'fr-FR')).toBe('fr');
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(initialLanguage(broken, 'fr-BE')).toBe('fr');
  });
});
