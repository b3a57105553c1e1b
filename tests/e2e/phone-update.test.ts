// App updates that never cost a tap (cases phone/update-1..4): version A stays across a close and
// reopen while a change is unsent, the prompt sits in the header and warns about other tabs, a new
// version is looked for when back online, and one that cannot be installed for lack of space is shown.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from './harness/admin.ts';
import { signIn, statusButton, waitForImageStatus, waitForSyncText, waitForAllSent } from './harness/app.ts';
import { goOffline, goOnline, launchChromium, phoneContext } from './harness/browser.ts';
import { ROOT } from './harness/paths.ts';
import { limitStorage } from './harness/quota.ts';
import type { RunningServer } from './harness/server.ts';
import { startServer } from './harness/server.ts';
import { waitForServiceWorkerControl } from './harness/service-worker.ts';
import { demoSignatureTitle } from './harness/suite.ts';

const run = promisify(execFile);
const DAY = '2024-08-05';
const AXIS = demoSignatureTitle(DEMO_IDS.signatures.cauldronHistoricAxis);
const LOUVRE = demoSignatureTitle(DEMO_IDS.signatures.cauldronFromLouvre);
const VERSION_B = 'e2e-version-b';

let work: string;
let served: string;
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

/** Version A is `npm run build`'s dist/; version B is the same sources built again under another name. */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'plan-de-jeu-update-'));
  served = join(work, 'served');
  await cp(join(ROOT, 'dist'), join(work, 'a'), { recursive: true });
  await run(
    process.execPath,
    [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', join(work, 'b')],
    {
      cwd: ROOT,
      env: { ...process.env, APP_BUILD: VERSION_B },
      timeout: 180_000,
    },
  );
  await publish('a');
  server = await startServer({ demo: true, env: { DIST_DIR: served } });
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.allSettled(contexts.map((c) => c.close()));
  await browser?.close();
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Puts a version where the server serves the app from, as a deployment does. */
async function publish(version: 'a' | 'b'): Promise<void> {
  await rm(served, { recursive: true, force: true });
  await cp(join(work, version), served, { recursive: true });
}

async function newPhone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await phoneContext(browser, server.url);
  contexts.push(context);
  return { context, page: await context.newPage() };
}

const buildOf = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="plan-de-jeu-build"]')?.getAttribute('content'));

/** Asks the browser for the worker script now, and waits until no new version is installing. */
async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update().catch(() => undefined);
  });
  await page.waitForFunction(async () => !(await navigator.serviceWorker.getRegistration())?.installing);
}

describe('a new version of the app on a creator’s phone', () => {
  it('keeps version A across a close and reopen until the change is sent, then offers B in the header', async () => {
    await publish('a');
    const { context, page } = await newPhone();
    await signIn(
      page,
      await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]),
      'Théo (e2e update)',
    );
    await waitForAllSent(page);
    await waitForServiceWorkerControl(page);
    const versionA = await buildOf(page);
    expect(versionA).toBeTruthy();
    expect(versionA).not.toBe(VERSION_B);

    // update-1: a change waits offline; version B is published; the sync endpoints fail.
    await goOffline(context);
    await page.getByLabel('Day', { exact: true }).selectOption(DAY);
    await statusButton(page, AXIS, 'Captured').click();
    await waitForSyncText(page, '1 change waiting on this phone');
    await publish('b');
    await context.route('**/api/sync/**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: '{"error":"unavailable","message":"down"}',
      }),
    );
    await goOnline(context);
    // update-4: coming back online is when the app looks for a new version; B is refused while the change waits.
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.installing === null && registration.waiting === null;
    });
    await checkForUpdate(page);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting),
    ).toBeNull();

    // The tab is closed and the app opened again: still version A, the change still waiting.
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto('/me');
    await waitForSyncText(reopened, '1 change waiting on this phone', 30_000);
    expect(await buildOf(reopened)).toBe(versionA);
    await checkForUpdate(reopened);
    expect(await buildOf(reopened)).toBe(versionA);
    expect(await reopened.getByRole('heading', { name: 'A new version is ready' }).count()).toBe(0);

    // The server answers again: the change is sent once; only then does B install and the prompt show.
    await context.unroute('**/api/sync/**');
    await reopened.evaluate(() => window.dispatchEvent(new Event('online')));
    await waitForAllSent(reopened, 60_000);
    const prompt = reopened.getByRole('banner').getByRole('heading', { name: 'A new version is ready' });
    await prompt.waitFor({ timeout: 60_000 });

    // update-4: the prompt is in the fixed header, in sight wherever the user has scrolled.
    await reopened.getByLabel('Day', { exact: true }).selectOption(DAY);
    await waitForImageStatus(reopened, AXIS, 'Captured');
    await reopened.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await reopened.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const box = await prompt.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);

    // update-2: a second tab is open; the prompt says it will reload too.
    const second = await context.newPage();
    await second.goto('/me');
    await second.getByRole('heading', { level: 1, name: 'My day' }).waitFor();
    await reopened
      .getByRole('banner')
      .getByText('Updating reloads the 1 other open tab of Plan de jeu too.')
      .waitFor({ timeout: 15_000 });
    await reopened.getByRole('banner').getByRole('button', { name: 'Update' }).click();
    await reopened.waitForFunction(
      (b) => document.querySelector('meta[name="plan-de-jeu-build"]')?.getAttribute('content') === b,
      VERSION_B,
      { timeout: 30_000 },
    );
    await waitForAllSent(reopened);
  });

  it('keeps version A when a change is made after B installed, until that change is sent', async () => {
    await publish('a');
    const { context, page } = await newPhone();
    await signIn(
      page,
      await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]),
      'Théo (e2e update race)',
    );
    await waitForAllSent(page);
    await waitForServiceWorkerControl(page);
    const versionA = await buildOf(page);
    // B installs while nothing waits: it waits to take over.
    await publish('b');
    await checkForUpdate(page);
    await page.getByRole('banner').getByRole('heading', { name: 'A new version is ready' }).waitFor();
    // Then a tap offline, and the app is closed and opened again: the browser activates B,
    // which keeps serving A while the change waits.
    await goOffline(context);
    await page.getByLabel('Day', { exact: true }).selectOption(DAY);
    await statusButton(page, LOUVRE, 'In position').click();
    await waitForSyncText(page, '1 change waiting on this phone');
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto('/me');
    await waitForSyncText(reopened, '1 change waiting on this phone', 30_000);
    expect(await buildOf(reopened)).toBe(versionA);
    // Sent: the next opening runs B.
    await goOnline(context);
    await waitForAllSent(reopened, 60_000);
    await reopened.reload({ waitUntil: 'load' });
    expect(await buildOf(reopened)).toBe(VERSION_B);
    await waitForAllSent(reopened, 30_000);
  });

  it('says so when a nearly full phone cannot install the new version', async () => {
    await publish('a');
    const { context, page } = await newPhone();
    await limitStorage(context, page, server.url, 8 * 1024 * 1024);
    await signIn(
      page,
      await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]),
      'Théo (e2e update-3)',
    );
    await waitForAllSent(page);
    await waitForServiceWorkerControl(page);
    // Other data fills what is left of the phone's storage, to the last kilobyte.
    await page.evaluate(async () => {
      const cache = await caches.open('other-data');
      let n = 0;
      for (let size = 1 << 20; size >= 1024; size >>= 1) {
        for (;;) {
          const bytes = new Uint8Array(size);
          for (let i = 0; i < size; i += 65_536)
            crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65_536)));
          try {
            await cache.put(`/__other/${n++}`, new Response(bytes));
          } catch {
            break;
          }
        }
      }
    });
    await publish('b');
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page
      .getByRole('banner')
      .getByRole('alert')
      .filter({ hasText: 'A new version could not be installed: this phone’s storage is full.' })
      .waitFor({ timeout: 60_000 });
    expect(await buildOf(page)).not.toBe(VERSION_B);
  });
});
