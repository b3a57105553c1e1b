// French typography in every French catalog: the typographic apostrophe (’), never the straight one ('),
// and the space the catalogs put before a colon, semicolon, question or exclamation mark.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const I18N = fileURLToPath(new URL('../../../../src/client/i18n/', import.meta.url));
const FRENCH_FILES = readdirSync(I18N).filter((f) => f === 'fr.ts' || f.endsWith('.fr.ts'));

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
  });

  it('use the typographic apostrophe ’, never the straight one', async () => {
    const straight = (await frenchStrings()).filter(([, text]) => text.includes("'"));
    expect(straight).toEqual([]);
  });

  it('put a space before : ; ? and !', async () => {
    const tight = (await frenchStrings()).filter(([, text]) =>
      /[^\s\u00a0\u202f][:;?!](?=\s|$)/u.test(prose(text)),
    );
    expect(tight).toEqual([]);
  });

  it('name the "why it matters" label one way everywhere', async () => {
    // The label itself, not other questions ("Pourquoi « … » est-elle manquée ?").
    const label = /^Pourquoi (ça compte|c’est important)/;
    const whys = (await frenchStrings()).filter(([, text]) => label.test(text));
    expect(whys.length).toBeGreaterThanOrEqual(5);
    expect(whys.filter(([, text]) => !text.startsWith('Pourquoi c’est important'))).toEqual([]);
  });
});
