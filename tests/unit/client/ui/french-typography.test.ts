// French typography in every French catalog: the typographic apostrophe (’), never the straight one ('),
// and the space the catalogs put before a colon, semicolon, question or exclamation mark.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Notice } from '../../../../src/server/push/decide.ts';
import { writeNotice } from '../../../../src/server/push/texts.ts';

const I18N = fileURLToPath(new URL('../../../../src/client/i18n/', import.meta.url));
/** The code that may hold French text: the client outside its catalogs, and the server's push texts. */
const SRC = [
  fileURLToPath(new URL('../../../../src/client/', import.meta.url)),
  fileURLToPath(new URL('../../../../src/server/push/', import.meta.url)),
];

function sourceFiles(roots: string[]): string[] {
  return roots.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .map((f) => `${root}${f}`)
      .filter((f) => /\.tsx?$/.test(f) && !f.includes('/i18n/') && statSync(f).isFile()),
  );
}

/** A literal's text as JavaScript reads it (\\u202f is one character). */
function unescape(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const FRENCH_FILES = readdirSync(I18N).filter((f) => f === 'fr.ts' || f.endsWith('.fr.ts'));
/**
 * Catalogs that keep both languages in one module (nav.ts: `navEn` and `navFr`): their French
 * exports (named `fr` or `…Fr`). The test once read only `*.fr.ts` files and missed them.
 */
const MIXED_FILES = readdirSync(I18N).filter(
  (f) => f.endsWith('.ts') && !FRENCH_FILES.includes(f) && !f.endsWith('.en.ts'),
);

/** Every string of every French catalog file, with its path ("fr.ts › sync.allSent"). */
async function frenchStrings(): Promise<[string, string][]> {
  const found: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.push([path, value]);
    else if (value && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
  };
  for (const file of FRENCH_FILES) {
    const module = (await import(`${I18N}${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) walk(value, `${file} › ${name}`);
  }
  for (const file of MIXED_FILES) {
    const module = (await import(`${I18N}${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module))
      if (name === 'fr' || name.endsWith('Fr')) walk(value, `${file} › ${name}`);
  }
  return found;
}

/** The text a reader sees: placeholders ({{time}}), clock times (10:00) and addresses (https://…) set aside. */
function prose(text: string): string {
  return text
    .replace(/\{\{[^}]*\}\}/g, 'X')
    .replace(/\d:\d/g, '')
    .replace(/[a-z]+:\/\/\S+/gi, '');
}

describe('the French catalogs', () => {
  it('are all read by this test', () => {
    expect(FRENCH_FILES).toContain('fr.ts');
    expect(FRENCH_FILES).toContain('team.fr.ts');
    expect(FRENCH_FILES.length).toBeGreaterThanOrEqual(12);
    expect(MIXED_FILES).toContain('nav.ts');
  });

  it('use the typographic apostrophe ’, never the straight one', async () => {
    const straight = (await frenchStrings()).filter(([, text]) => text.includes("'"));
    expect(straight).toEqual([]);
  });

  // French typography: a no-break space before : ; ? ! (the catalogs write the narrow one, U+202F;
  // U+00A0 is allowed), so the mark never starts a line on its own. This test once asked only for
  // "a space", so a plain space passed (e.g. signin.notSignedIn "connecté : ouvrez…").
  it('put a no-break space (U+202F or U+00A0) before : ; ? and !, never a plain one or none', async () => {
    const wrong = (await frenchStrings()).filter(([, text]) =>
      /(^|[^\u00a0\u202f])[:;?!](?=\s|$)/u.test(prose(text)),
    );
    expect(wrong).toEqual([]);
  });

  it('say "not signed in" with a narrow no-break space before its colon', async () => {
    const strings = new Map(await frenchStrings());
    expect(strings.get('fr.ts › fr.signin.notSignedIn')).toMatch(/^Cet appareil n’est pas connecté\u202f: /);
  });

  it('write the push notifications’ French the same way', () => {
    const base = { memberId: 'm', momentId: 'x' };
    const notices: Notice[] = [
      { ...base, kind: 'assignment', event: 'assigned' },
      { ...base, kind: 'moment', event: 'moved', from: '2024-08-04T19:00:00Z', to: '2024-08-04T19:50:00Z' },
      { ...base, kind: 'spot', event: 'moved', spotId: 's' },
      { ...base, kind: 'access', event: 'refused', spotId: 's' },
      { ...base, kind: 'reminder', event: 'soon', keyMomentAt: '2024-08-04T19:50:00Z' },
    ];
    const rows = { moment: undefined, venue: undefined, spot: undefined };
    for (const notice of notices) {
      const { title, body } = writeNotice(notice, 'fr', rows, Date.parse('2024-08-04T12:00:00Z'));
      for (const text of [title, body]) expect(prose(text)).not.toMatch(/(^|[^\u00a0\u202f])[:;?!](?=\s|$)/u);
    }
  });

  it('hold for French written outside the catalogs too (the service worker’s fallback, server texts)', () => {
    // French sentences in code: a literal with French letters, `${…}` parts set aside (an unclosed one is a nested template: cut there).
    const literal = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
    const wrong: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const [raw] of readFileSync(file, 'utf8').matchAll(literal)) {
        const text = prose(
          unescape(
            raw
              .slice(1, -1)
              .replace(/\$\{[^}]*\}/g, 'X')
              .replace(/\$\{[^}]*$/, ''),
          ),
        );
        if (/[éèàçêûôîÉ’]/.test(text) && /[^\s\u00a0\u202f(][ ][:;?!](?=\s|$)/u.test(text))
          wrong.push(`${file}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('name the "why it matters" label one way everywhere', async () => {
    // The label itself, not other questions ("Pourquoi « … » est-elle manquée ?").
    const label = /^Pourquoi (ça compte|c’est important)/;
    const whys = (await frenchStrings()).filter(([, text]) => label.test(text));
    expect(whys.length).toBeGreaterThanOrEqual(5);
    expect(whys.filter(([, text]) => !text.startsWith('Pourquoi c’est important'))).toEqual([]);
  });
});
