// A creator far away, on their phone: the sign-in names them, the Teahupo'o card reads Tahiti's own date and
// time in both languages (French units: "j", "O", "SO"), the map without tiles says so and draws the spot,
// and the chosen day survives a reload.
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from './harness/admin.ts';
import { signIn } from './harness/app.ts';
import { axeCheck } from './harness/axe.ts';
import { useE2EWorld } from './harness/suite.ts';

// No tile server answers (a closed port): every tile fails, as at a venue with no network and an empty cache.
const previous = process.env.TILE_URL;
beforeAll(() => {
  process.env.TILE_URL = 'http://127.0.0.1:9/{z}/{x}/{y}.png';
});
afterAll(() => {
  if (previous === undefined) delete process.env.TILE_URL;
  else process.env.TILE_URL = previous;
});
const world = useE2EWorld();

const SURF = "Surfing finals at Teahupo'o";
const SPOT = "Photo boat in the Teahupo'o channel";

/** A phone whose clock is on Paris time (the creator flew out from Paris, or reads the plan from there). */
async function parisPhone(): Promise<{ context: BrowserContext; page: Page }> {
  const { browser, server } = world();
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    serviceWorkers: 'allow',
  });
  return { context, page: await context.newPage() };
}

describe('a creator at Teahupo’o', () => {
  it('signs in by name, reads Tahiti’s own date beside the time, and gets a drawing when no tile loads', async () => {
    const { server } = world();
    const { context, page } = await parisPhone();
    try {
      const link = await inviteLink(server, ['--member', DEMO_IDS.members.creatorNora]);
      // The sign-in screen names whom the link is for, before the tap.
      await page.goto(link);
      await page
        .getByRole('status')
        .filter({ hasText: 'This link signs in Nora Vasselin as creator.' })
        .waitFor();
      await axeCheck(page, 'the sign-in screen');
      await signIn(page, link, 'Nora’s phone (e2e Tahiti)');
      expect(new URL(page.url()).pathname).toBe('/me');

      // Her only day: the plan of Wednesday 31 July (Paris). The final is at 15:34 on Tuesday 30 July in Tahiti.
      const day = page.getByLabel('Day', { exact: true });
      expect(await day.inputValue()).toBe('2024-07-31');
      const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: SURF }) });
      const keyMoment = card.locator('.key-moment-time');
      await keyMoment.getByText('15:34').waitFor();
      expect(await keyMoment.locator('.venue-date').innerText()).toMatch(/Tue,? (30 Jul|Jul 30)/);
      expect(await keyMoment.locator('.venue-zone').innerText()).toMatch(/GMT-10/);
      // The light panel says once which day its times are of.
      expect(await card.getByRole('region', { name: 'Light' }).locator('.venue-date').innerText()).toMatch(
        /30/,
      );

      // No tile loads: the map says so and draws the spot, with the sun at the key moment.
      await card.getByRole('button', { name: 'Show the map' }).click();
      await card.getByRole('status').filter({ hasText: 'No map tiles here' }).waitFor({ timeout: 30_000 });
      const drawing = card.getByRole('img', { name: `Map of ${SPOT}` });
      await drawing.waitFor();
      expect(await drawing.locator('desc').textContent()).toMatch(
        /Sun at the key moment towards \d+° \((N|NE|E|SE|S|SW|W|NW)\)\./,
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await axeCheck(page, 'my day at Teahupo’o, the map drawn without tiles');

      // In French: 24-hour clock, the French date, "j" for days in the countdown, compass points in French.
      await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'FR' }).click();
      // "15:34" reads the same on a 24-hour English clock: wait for what only French says.
      await keyMoment.locator('.venue-date').filter({ hasText: 'mar. 30 juil.' }).waitFor();
      expect(await keyMoment.locator('.venue-date').innerText()).toContain('mar. 30 juil.');
      expect((await keyMoment.locator('.venue-zone').innerText()).trim()).toBe('(UTC−10)');
      const countdown = await card.getByRole('timer').innerText();
      expect(countdown).toMatch(/^commencé il y a \d+[\s\u202f]j \d{2}:\d{2}:\d{2}$/);
      expect(await page.getByLabel('Jour', { exact: true }).locator('option:checked').innerText()).toBe(
        'mercredi 31 juillet',
      );
      const described =
        (await card
          .getByRole('img', { name: `Carte de ${SPOT}` })
          .locator('desc')
          .textContent()) ?? '';
      expect(described).toMatch(/Soleil au moment clé vers \d+° \((N|NE|E|SE|S|SO|O|NO)\)\./);
      expect(described).not.toMatch(/\((SW|W|NW)\)/);
      await axeCheck(page, 'ma journée à Teahupo’o, en français');
      // French labels are longer: nothing runs past the screen, nor a card's edge.
      const fits = () =>
        page.evaluate(() => ({
          width: document.documentElement.scrollWidth,
          overflowing: [...document.querySelectorAll('main article')].filter((article) => {
            const edge = article.getBoundingClientRect().right;
            return [...article.querySelectorAll('dd, dt')].some(
              (cell) => cell.getBoundingClientRect().right > edge,
            );
          }).length,
        }));
      expect(await fits()).toEqual({ width: 360, overflowing: 0 });

      // The day plan of 31 July: the same moment with Tahiti's date beside its time.
      await page
        .getByRole('navigation', { name: 'Écrans' })
        .getByRole('link', { name: 'Plan du jour' })
        .click();
      await page
        .getByRole('group', { name: 'Édition' })
        .getByRole('button', { name: 'Olympiques', exact: true })
        .click();
      await page.getByLabel('Jour', { exact: true }).selectOption('2024-07-31');
      const planned = page.getByRole('article').filter({ has: page.getByRole('heading', { name: SURF }) });
      expect(await planned.locator('.venue-date').innerText()).toContain('mar. 30 juil.');
      expect(await fits()).toEqual({ width: 360, overflowing: 0 });
      await axeCheck(page, 'le plan du jour');

      // The chosen day survives a reload (and an app update, which reloads the tab).
      await page.getByLabel('Jour', { exact: true }).selectOption('2024-08-02');
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: /2 août/ }).waitFor({ timeout: 15_000 });
      expect(await page.getByLabel('Jour', { exact: true }).inputValue()).toBe('2024-08-02');
    } finally {
      await context.close();
    }
  });
});
