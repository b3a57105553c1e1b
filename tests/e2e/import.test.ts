// Importing the real Paris 2024 schedule at /plan through the file input, in Chromium: the errors file refused with both
// problems named, the CSV imported (Teahupo'o at its own time), the iCalendar then read as 44 unchanged.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { SQLITE_FILE } from '../../src/server/db/sqlite.ts';
import { inviteLink } from './harness/admin.ts';
import { signIn, waitForAllSent } from './harness/app.ts';
import { axeCheck } from './harness/axe.ts';
import { ROOT } from './harness/paths.ts';
import { useE2EWorld } from './harness/suite.ts';

const world = useE2EWorld();
const FILE = 'Schedule file (CSV, iCalendar or ODF)';
const schedule = (name: string) => join(ROOT, 'tests/fixtures/cases/schedule', name);

/** The refs of the real schedule's sessions on the server (all start with RS-). */
function realRefs(dataDir: string): string[] {
  const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT data FROM entities WHERE kind = 'session' AND deleted = 0").all() as {
      data: string;
    }[];
    return rows
      .map((r) => (JSON.parse(r.data) as { ref: string }).ref)
      .filter((ref) => ref.startsWith('RS-'));
  } finally {
    db.close();
  }
}

async function openStandup(page: Page, day: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Stand-up' }).click();
  await page.waitForURL(/\/plan/);
  await page
    .getByRole('group', { name: 'Edition' })
    .getByRole('button', { name: 'Olympic', exact: true })
    .click();
  await page.getByLabel('Day', { exact: true }).selectOption(day);
}

describe('importing the real schedule', () => {
  it('refuses the errors file naming both problems, imports the CSV, and reads the iCalendar as unchanged', async () => {
    const { server, laptop } = world();
    const { page } = await laptop();
    await signIn(
      page,
      await inviteLink(server, ['--member', DEMO_IDS.members.plannerClaire]),
      'Claire’s laptop (e2e import)',
    );
    await openStandup(page, '2024-08-05');
    const input = page.getByLabel(FILE);

    // 1. Two bad rows: nothing imported, each named by line and column.
    await input.setInputFiles(schedule('paris2024-real-with-errors.csv'));
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing imported' });
    await alert.getByText('Nothing imported: 2 problems to fix in the file.').waitFor();
    const rows = await alert.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      '4 venue (E) Unknown venue “Saint-Quentin-en-Yvelines Velodrome”: use a venue name as the app lists it (below).',
      '9 start (G) “25:50” is not a time of day: write 21:50, 21:50:00, 21h50 or 24:00.',
    ]);
    await alert
      .getByText(/^Venues the app knows: .*Teahupo'o.*Vaires-sur-Marne Nautical Stadium\.$/)
      .waitFor();
    await axeCheck(page, 'the import panel with a refused file');
    // The input forgets the pick, so choosing the same file again (once fixed) is read again.
    expect(await input.evaluate((el) => (el as HTMLInputElement).value)).toBe('');
    expect(realRefs(server.dataDir)).toEqual([]);

    // 2. The real CSV: 44 new sessions, one mutation, all on the server.
    await input.setInputFiles(schedule('paris2024-real.csv'));
    await page.getByText('44 new sessions. Nothing is imported until you confirm.').waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'Nothing imported' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Import 44 sessions' }).click();
    await page.getByText('Imported: 44 new sessions.').waitFor();
    await waitForAllSent(page);
    expect(realRefs(server.dataDir)).toHaveLength(44);

    // Teahupo'o's gold medal match is a candidate of 5 August (22:00 in Paris) at 10:00, its local time.
    const candidates = page.getByRole('region', { name: 'Candidates of the day' });
    const gold = candidates
      .getByRole('listitem')
      .filter({ hasText: "Men's gold medal match (Vaast v Robinson)" });
    await gold.waitFor();
    expect(await gold.innerText()).toMatch(/^10:00( AM)?\b[\s\S]*Surfing[\s\S]*Teahupo'o/);
    // A Paris evening session of the same day reads at its own time, 19:00 (7:00 PM).
    const evening = candidates
      .getByRole('listitem')
      .filter({ hasText: "Evening session: men's pole vault, women's discus, 5000 m and 800 m finals" });
    expect(await evening.first().innerText()).toMatch(/^(19:00|7:00 PM)\b/);

    // 3. The same schedule as iCalendar: the same 44 sessions, nothing to send.
    await input.setInputFiles(schedule('paris2024-real.ics'));
    await page.getByText('44 unchanged: nothing to import.').waitFor();
    expect(await page.getByRole('button', { name: /^Import \d+ session/ }).count()).toBe(0);
  });

  it('reads a Windows-1252 spreadsheet (Excel’s plain CSV, `;`, French dates) with its accents', async () => {
    const { server, laptop } = world();
    const { page } = await laptop();
    await signIn(
      page,
      await inviteLink(server, ['--member', DEMO_IDS.members.plannerClaire]),
      'Claire’s laptop (e2e import 1252)',
    );
    await openStandup(page, '2024-08-01');
    const text =
      'ref;sport;event;venue;date;start;end\nW-1;Athlétisme;L’épreuve “20 km”;Trocadéro;01/08/2024;07:30;09:10';
    // Windows-1252: é = 0xE9, ’ = 0x92, “ ” = 0x93 0x94.
    const cp1252: Record<string, number> = { '’': 0x92, '“': 0x93, '”': 0x94 };
    const buffer = Buffer.from([...text].map((c) => cp1252[c] ?? c.charCodeAt(0)));
    await page.getByLabel(FILE).setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer });
    await page.getByText(/read as Windows-1252 .*Check the accents: Athlétisme, L’épreuve, “20/).waitFor();
    await page.getByText('Dates read as day/month: 01/08/2024 is 1 August 2024.').waitFor();
    await axeCheck(page, 'the import panel with a file read (encoding and date order named)');
    await page.getByRole('button', { name: 'Import 1 session' }).click();
    const candidates = page.getByRole('region', { name: 'Candidates of the day' });
    await candidates.getByRole('listitem').filter({ hasText: 'L’épreuve “20 km”' }).waitFor();
  });
});
