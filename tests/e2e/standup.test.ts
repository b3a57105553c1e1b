// The morning stand-up on a laptop: import the schedule, build a day of 5 moments, a 6th warns, a double
// booking warns, and the creator's phone sees the change and the "changed" banner within seconds.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ICAL from 'ical.js';
import type { Locator, Page } from 'playwright-core';
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { SQLITE_FILE } from '../../src/server/db/sqlite.ts';
import { inviteLink } from './harness/admin.ts';
import { openDay, signIn, waitForAllSent } from './harness/app.ts';
import { axeCheck } from './harness/axe.ts';
import { ROOT } from './harness/paths.ts';
import { useE2EWorld } from './harness/suite.ts';

const world = useE2EWorld();
const DAY = '2024-08-04';
const TENNIS = 'Men.s singles gold medal match';
const GYM = 'Apparatus finals';

/** Sessions on the server per (edition, ref): a re-import must not duplicate any. */
function sessionRefs(dataDir: string): string[] {
  const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare("SELECT data FROM entities WHERE kind = 'session' AND deleted = 0").all() as {
      data: string;
    }[];
    return rows
      .map((r) => JSON.parse(r.data) as { editionId: string; ref: string })
      .map((s) => `${s.editionId}/${s.ref}`);
  } finally {
    db.close();
  }
}

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function choose(
  page: Page,
  event: RegExp,
  why: string,
  keyTime?: string,
  warning?: string,
): Promise<Locator> {
  const candidates = page.getByRole('region', { name: 'Candidates of the day' });
  await candidates
    .getByRole('listitem')
    .filter({ hasText: event })
    .getByRole('button', { name: /^Choose/ })
    .click();
  const form = page.getByRole('form', { name: /^Choose/ });
  // Past 5 moments, the form warns before the moment is added; up to 5, it does not.
  if (warning) await form.getByText(warning).waitFor();
  else expect(await form.getByText(/past 5 the team loses control/).count()).toBe(0);
  await form.getByLabel('Why (the date with history, or what makes it iconic)').fill(why);
  if (keyTime) await form.getByLabel('Key moment (venue local time)').fill(keyTime);
  await form.getByRole('button', { name: 'Add to the plan' }).click();
  return page.getByRole('article').filter({ has: page.getByRole('heading', { name: event }) });
}

describe('the morning stand-up', () => {
  it('imports the schedule, builds the day, warns, and reaches the creator’s phone', async () => {
    const { server, laptop, phone } = world();

    // Léa's phone is open on her day before the stand-up: what she sees now is her baseline.
    const lea = await phone();
    await signIn(
      lea.page,
      await inviteLink(server, ['--member', DEMO_IDS.members.creatorLea]),
      'Léa’s phone (e2e stand-up)',
    );
    await openDay(lea.page, 'Olympic', DAY);
    await waitForAllSent(lea.page);
    // Her first sync is not a change: no banner yet.
    expect(await lea.page.getByText('Your assignments changed since you last looked.').count()).toBe(0);

    const { page } = await laptop();
    await signIn(
      page,
      await inviteLink(server, ['--member', DEMO_IDS.members.plannerClaire]),
      'Claire’s laptop (e2e stand-up)',
    );
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Stand-up' }).click();
    await page
      .getByRole('group', { name: 'Edition' })
      .getByRole('button', { name: 'Olympic', exact: true })
      .click();
    await page.getByLabel('Day', { exact: true }).selectOption(DAY);

    // 1. Import the demo schedule: one confirmation, one mutation, no duplicate of the demo's sessions.
    const before = sessionRefs(server.dataDir);
    await page
      .getByLabel('Schedule file (CSV, iCalendar or ODF)')
      .setInputFiles(join(ROOT, 'src/server/demo/schedule/paris2024.csv'));
    await page.getByText('8 new sessions, 57 unchanged. Nothing is imported until you confirm.').waitFor();
    // Only what changes is sent: the 8 new sessions.
    await page.getByRole('button', { name: 'Import 8 sessions' }).click();
    await page.getByText('Imported: 8 new sessions, 57 unchanged.').waitFor();
    await waitForAllSent(page);
    const after = sessionRefs(server.dataDir);
    expect(after).toHaveLength(before.length + 8);
    expect(new Set(after).size).toBe(after.length);

    // 2. The day holds the demo's 4 moments; the 5th is the tennis final, with why it matters.
    const plan = page.getByRole('region', { name: 'The plan' });
    await expect.poll(() => plan.getByRole('article').count()).toBe(4);
    const tennis = await choose(page, new RegExp(TENNIS), 'Djokovic’s last chance at Olympic gold', '15:30');
    await tennis.waitFor();
    await expect.poll(() => plan.getByRole('article').count()).toBe(5);
    expect(await page.getByText(/past 5 the team loses control/).count()).toBe(0);

    // Its angles, a spot with an access request, a signature image, and Léa assigned.
    await tennis.getByLabel('Brief: Sport').fill('The last point, racket in the air');
    await tennis.getByLabel('Brief: Site').fill('Court Philippe-Chatrier under the roof');
    await tennis.getByLabel('Brief: Public').fill('The Serbian flags in the upper stand');
    await tennis.getByRole('button', { name: 'Save the angles' }).click();
    await tennis.getByText('Saved on this device').waitFor();

    await tennis.getByText('New spot', { exact: true }).click();
    await tennis.getByLabel('Spot name').fill('Upper stand, row 40');
    await tennis.getByLabel('Camera latitude').fill('48.8469');
    await tennis.getByLabel('Camera longitude').fill('2.2530');
    await tennis.getByLabel('Needs an access request').check();
    await tennis.getByLabel('Contact', { exact: true }).fill('FFT press office');
    await tennis.getByLabel('Phone').fill('+33 1 00 00 00 00');
    await tennis.getByRole('button', { name: 'Add the spot' }).click();
    const access = page.getByRole('region', { name: 'Open access requests (all days)' });
    await access
      .getByText(/Upper stand, row 40/)
      .first()
      .waitFor();

    // The stand-up moves a cursor: the spot's exact place, and the access request now granted.
    await tennis.getByRole('button', { name: 'Edit the spot “Upper stand, row 40”' }).click();
    const spotEdit = tennis.getByRole('form', { name: 'Edit the spot “Upper stand, row 40”' });
    await expect
      .poll(() => spotEdit.getByLabel('Contact', { exact: true }).inputValue())
      .toBe('FFT press office');
    await spotEdit.getByLabel(/^Where exactly/).fill('Upper tier, aisle 412, facing the umpire');
    await spotEdit.getByLabel('Status').selectOption('granted');
    await spotEdit.getByRole('button', { name: 'Save the spot' }).click();
    await spotEdit.getByText('Saved on this device').waitFor();
    // Granted is no longer open: it leaves the list of requests still to chase.
    await expect.poll(() => access.getByText(/Upper stand, row 40/).count()).toBe(0);

    await tennis.getByText('New signature image', { exact: true }).click();
    await tennis.getByLabel('Image', { exact: true }).fill('The winner on his back on the clay');
    await tennis.getByLabel('Sport', { exact: true }).check();
    await tennis.getByLabel('Public', { exact: true }).check();
    await tennis.getByLabel('Shot from spot').selectOption({ label: 'Upper stand, row 40' });
    await tennis.getByRole('button', { name: 'Plan the image' }).click();
    await tennis.getByText('The winner on his back on the clay').waitFor();

    await tennis.getByLabel('Creator', { exact: true }).selectOption({ label: 'Léa Fontanel' });
    await tennis.getByRole('button', { name: 'Assign' }).click();
    await tennis.getByRole('button', { name: 'Remove Léa Fontanel' }).waitFor();
    await waitForAllSent(page);
    await axeCheck(page, 'the stand-up screen');

    // The day sheet of these 5 moments prints on one A4 page, with no button and no form.
    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByRole('region', { name: /^Plan de jeu — / });
    await sheet.waitFor();
    expect(await sheet.getByRole('article').count()).toBe(5);
    expect(await sheet.getByText('Court Philippe-Chatrier under the roof').isVisible()).toBe(true);
    const visible = (selector: string) =>
      page.evaluate(
        (s) =>
          [...document.querySelectorAll(s)].filter((e) => (e as HTMLElement).offsetParent !== null).length,
        selector,
      );
    expect(await visible('button, input, select, textarea, summary')).toBe(0);
    expect(pdfPages(await page.pdf({ format: 'A4', printBackground: true }))).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // 3. A 6th moment: the warning. Léa on it too, at an overlapping time: a double booking.
    const gym = await choose(
      page,
      new RegExp(GYM),
      'Three finals in one afternoon',
      '16:00',
      'Adding it makes 6 moments on this day: past 5 the team loses control of its story.',
    );
    await page.getByText('6 moments: past 5 the team loses control of its story. Keep 4 or 5.').waitFor();
    await gym.getByLabel('Creator', { exact: true }).selectOption({ label: 'Léa Fontanel' });
    // Before the tap, the card says what assigning her here would make.
    await gym.getByText('Assigning this creator here would make:').waitFor();
    await gym.getByText(/Double booking: Léa Fontanel is on/).waitFor();
    await gym.getByRole('button', { name: 'Assign' }).click();
    const people = page.getByRole('region', { name: 'People' });
    await people
      .getByText(/Double booking: Léa Fontanel is on/)
      .first()
      .waitFor();
    // The conflict shows where the planner assigns too: on both moments' cards.
    await gym.getByText(/Double booking: Léa Fontanel is on/).waitFor();
    await tennis.getByText(/Double booking: Léa Fontanel is on/).waitFor();
    await waitForAllSent(page);

    // 4. The day sheet in print: the plan with its angle briefs; no candidates, no forms.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('region', { name: 'Candidates of the day' }).isVisible()).toBe(false);
    expect(await tennis.getByRole('button', { name: 'Assign' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // 5. Léa's calendar link, made at the stand-up, parsed back with ical.js: the tennis final in Paris time.
    await people.getByText('Calendar subscriptions').click();
    await people.getByRole('button', { name: 'Calendar link for Léa Fontanel' }).click();
    const feedUrl = await people.getByLabel('Calendar link of Léa Fontanel').inputValue();
    const calendar = new ICAL.Component(ICAL.parse(await (await fetch(feedUrl)).text()) as unknown[]);
    const finals = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .filter((e) => /singles gold medal match/.test(e.summary));
    expect(finals.map((e) => [e.startDate.zone?.tzid, e.startDate.hour, e.startDate.minute])).toEqual([
      ['Europe/Paris', 14, 30],
    ]);

    // What changed since yesterday: who did what, from the server's audit trail.
    const changes = page.getByRole('region', { name: 'What changed' });
    await changes.getByRole('button', { name: 'Since yesterday' }).click();
    await changes.getByText(/Claire Dumontel: Import the competition schedule/).waitFor();
    await changes.getByText(/Claire Dumontel: Assign a creator — Apparatus finals/).waitFor();

    // 6. Léa's phone: the new moment and the banner, within seconds, without a reload.
    await lea.page
      .getByRole('article')
      .filter({ has: lea.page.getByRole('heading', { name: new RegExp(TENNIS) }) })
      .waitFor({ timeout: 15_000 });
    // The spot as edited at the stand-up, with its access now granted.
    const leaTennis = lea.page
      .getByRole('article')
      .filter({ has: lea.page.getByRole('heading', { name: new RegExp(TENNIS) }) });
    await leaTennis.getByText('Upper tier, aisle 412, facing the umpire').waitFor({ timeout: 15_000 });
    await leaTennis.getByText(/^Access granted/).waitFor({ timeout: 15_000 });
    const banner = lea.page
      .getByRole('alert')
      .filter({ hasText: 'Your assignments changed since you last looked.' });
    await banner.waitFor({ timeout: 15_000 });
    await banner.getByRole('button', { name: 'Seen' }).click();
    await banner.waitFor({ state: 'detached' });
  });
});
