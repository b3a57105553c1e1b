// The first screen of "my day" on a 360×740 phone: a compact header (sync state on two short lines,
// account and storage on demand, one row of screens) and a short notification offer leave the day's
// first moment in sight, in English and French, online and offline with changes waiting.
import type { Page } from 'playwright-core';
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from './harness/admin.ts';
import { signIn, syncStatus, waitForSyncText } from './harness/app.ts';
import { axeCheck } from './harness/axe.ts';
import { goOffline, goOnline } from './harness/browser.ts';
import { useE2EWorld } from './harness/suite.ts';

const world = useE2EWorld();
const PHONE = { width: 360, height: 740 };
/** The most the sticky header may take of a 740 px screen. */
const HEADER_MAX = 100;

/** The header's height, and its text to say what made it taller if it is. */
async function headerHeight(page: Page): Promise<number> {
  const { height, text } = await page.getByRole('banner').evaluate((header) => ({
    height: header.getBoundingClientRect().height,
    text: (header as HTMLElement).innerText,
  }));
  if (height > HEADER_MAX) console.error(`header of ${height} px:\n${text}`);
  return height;
}

/** Where the first moment's card starts, from the top of the screen (no scrolling). */
async function firstCardTop(page: Page): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return page
    .getByRole('article')
    .first()
    .evaluate((card) => card.getBoundingClientRect().top);
}

/** Height of the offline-map note above the cards (it shows once the tile settings are known). */
async function mapNoteHeight(page: Page): Promise<number> {
  const note = page.locator('.map-note');
  await note.waitFor();
  return note.evaluate((n) => n.getBoundingClientRect().height);
}

describe('the first screen of my day on a phone', () => {
  it('keeps the header under 100 px and the first moment in sight, in both languages, offline too', async () => {
    const { server } = world();
    const { context, page } = await world().phone();
    await page.setViewportSize(PHONE);
    await signIn(
      page,
      await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]),
      'Théo (e2e header)',
    );

    // The notification offer is there, short, and the day's first moment shows under it.
    const offer = page.getByRole('region', { name: 'Notifications' });
    await offer.getByRole('button', { name: 'Turn on notifications' }).waitFor();
    await waitForSyncText(page, /^Online Last sync/);
    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);
    // Its heading and the top of its facts, at least: 120 px of the card above the fold.
    expect(await firstCardTop(page)).toBeLessThan(PHONE.height - 120);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await axeCheck(page, 'my day at 360 px with the notification offer');
    // The offline-map note above the cards is one folded line (it took four above the first moment).
    expect(await mapNoteHeight(page)).toBeLessThanOrEqual(48);
    // The golden-hour ranges of the light panel never break at their dash ("20:44–" / "21:30").
    const ranges = page.locator('.facts .range');
    await ranges.first().waitFor();
    const lineBoxes = await ranges.evaluateAll((spans) => spans.map((s) => s.getClientRects().length));
    expect(lineBoxes.length).toBeGreaterThan(0);
    expect(lineBoxes.every((n) => n === 1)).toBe(true);

    // Offline with a change waiting: the count shows in the same two lines.
    await goOffline(context);
    const firstCard = page.getByRole('article').first();
    await firstCard.getByRole('button', { name: 'In position', exact: true }).first().click();
    await waitForSyncText(page, '1 change waiting on this phone');
    await expect.poll(() => syncStatus(page).textContent()).toMatch(/^Offline/);
    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);

    // In French, the same: the switch offers the other language only on a phone.
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'FR' }).click();
    const statut = page.getByRole('status', { name: 'Synchronisation' });
    await statut.filter({ hasText: '1 modification non envoyée' }).waitFor();
    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);
    expect(await firstCardTop(page)).toBeLessThan(PHONE.height - 120);
    expect(await mapNoteHeight(page)).toBeLessThanOrEqual(48);

    // Who is signed in and the storage facts, one tap away.
    const more = page.getByRole('button', { name: 'Compte et stockage' });
    await more.click();
    await page.getByRole('banner').getByText('Plan de jeu · Compte\u202f: Théo Lambertin').waitFor();
    await axeCheck(page, 'the header’s details, in French');
    await more.click();
    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);

    // "Plus tard" folds the offer into one line, remembered after a reload.
    await page.getByRole('button', { name: 'Plus tard' }).click();
    await goOnline(context);
    await page.reload();
    await page
      .getByRole('region', { name: 'Notifications' })
      .getByText('Les notifications sont désactivées sur ce téléphone.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Plus tard' }).count()).toBe(0);
    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);
  }, 120_000);

  it('gives an admin every screen in one row that scrolls sideways, under 100 px', async () => {
    const { server } = world();
    const { page } = await world().phone();
    await page.setViewportSize(PHONE);
    await signIn(page, server.adminLink, 'Admin phone (e2e header)');
    const screens = page.getByRole('navigation', { name: 'Screens' }).getByRole('link');
    expect(await screens.count()).toBe(5);
    expect(await headerHeight(page)).toBeLessThanOrEqual(HEADER_MAX);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // The last tab is reachable: tapped, it scrolls into view and opens its screen.
    await screens.filter({ hasText: 'Team' }).click();
    await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
  }, 120_000);
});
