// A full phone (cases phone/full-1..4): taps kept and synced once, the sync completes, each snapshot
// uploaded once and in turn, another device told who has not uploaded yet, and the space comes back.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../../src/server/db/sqlite.ts';
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from './harness/admin.ts';
import {
  openDay,
  signatureImage,
  signIn,
  statusButton,
  waitForImageStatus,
  waitForAllSent,
  waitForSyncText,
} from './harness/app.ts';
import { goOffline, goOnline } from './harness/browser.ts';
import { collectPageErrors, limitStorage, storageUsage } from './harness/quota.ts';
import { waitForServiceWorkerControl } from './harness/service-worker.ts';
import { demoSignatureTitle, useE2EWorld } from './harness/suite.ts';
import { deviceNamed, loggedMutations, serverEntity } from './harness/truth.ts';
import { noisyPng } from './fixtures/png.ts';

const world = useE2EWorld();

const DAY = '2024-08-05';
const LOUVRE = demoSignatureTitle(DEMO_IDS.signatures.cauldronFromLouvre);
const AXIS = demoSignatureTitle(DEMO_IDS.signatures.cauldronHistoricAxis);
const PHONE_NAME = 'Théo’s phone (e2e full phone)';
/** The case's limit: 5 MiB for the whole origin (app shell, plan, outbox, snapshots). */
const QUOTA = 5 * 1024 * 1024;
const REFUSED = /This phone is out of storage: the snapshot was not kept|Too many snapshots are waiting/;

function previewIdsOnServer(dataDir: string): string[] {
  const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT id FROM previews ORDER BY created_at').all() as { id: string }[]).map(
      (r) => r.id,
    );
  } finally {
    db.close();
  }
}

describe('a creator’s phone whose storage is full', () => {
  it('keeps every tap, syncs each once, uploads each snapshot once in turn, and gets its space back', async () => {
    const { server, phone, laptop } = world();

    // The desk follows the cauldron on the board.
    const desk = await laptop();
    await signIn(
      desk.page,
      await inviteLink(server, ['--member', DEMO_IDS.members.editorHugo]),
      'Hugo (e2e full)',
    );
    await desk.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Desk' }).click();
    await openDay(desk.page, 'Olympic', DAY);
    await waitForImageStatus(desk.page, LOUVRE, 'Planned');

    // Théo's phone: 5 MiB for the whole site, set before the app opens its database.
    const { context, page } = await phone();
    const errors = collectPageErrors(page);
    await limitStorage(context, page, server.url, QUOTA);
    await signIn(page, await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]), PHONE_NAME);
    await waitForAllSent(page);
    await waitForServiceWorkerControl(page);
    await page.getByLabel('Day', { exact: true }).selectOption(DAY);
    await waitForImageStatus(page, LOUVRE, 'Planned');
    const { clientID } = deviceNamed(server.dataDir, PHONE_NAME);
    if (!clientID) throw new Error('the phone has no clientID on the server');

    // full-1: offline, 4000×3000 photos until the phone refuses one.
    await goOffline(context);
    const louvre = signatureImage(page, LOUVRE);
    const input = louvre.getByLabel('Add a snapshot for the desk');
    let kept = 0;
    for (let shot = 1; shot <= 12; shot++) {
      await input.setInputFiles({
        name: `IMG_${shot}.png`,
        mimeType: 'image/png',
        buffer: noisyPng(4000, 3000, shot),
      });
      const outcome = await Promise.race([
        louvre
          .getByRole('alert')
          .filter({ hasText: REFUSED })
          .waitFor({ timeout: 60_000 })
          .then(() => 'refused'),
        waitForSyncText(
          page,
          `${kept + 1} change${kept === 0 ? '' : 's'} waiting on this phone`,
          60_000,
        ).then(() => 'kept'),
      ]);
      if (outcome === 'refused') break;
      kept += 1;
    }
    expect(kept).toBeGreaterThan(0);
    await louvre.getByRole('alert').filter({ hasText: REFUSED }).waitFor();
    expect(await louvre.getByRole('alert').textContent()).toMatch(
      /Your (other changes|taps and notes) are safe/,
    );

    const usedWhenFull = await storageUsage(context, page, server.url);
    // Then the taps and notes of a creator at work: every one is kept.
    await statusButton(page, AXIS, 'In position').click();
    await statusButton(page, AXIS, 'Captured').click();
    const axis = signatureImage(page, AXIS);
    await axis.getByLabel('Note for the desk').fill('From the terrace, 200 mm');
    await axis.getByRole('button', { name: 'Save the note' }).click();
    await louvre.getByLabel('Note for the desk').fill('Roof door B');
    await louvre.getByRole('button', { name: 'Save the note' }).click();
    const taps = 4;
    await waitForSyncText(page, `${kept + taps} changes waiting on this phone`, 20_000);
    expect(await page.getByText(/Not recorded on this phone/).count()).toBe(0);
    // Kept on the phone, not only on screen: a reload with no network shows them all.
    await page.reload({ waitUntil: 'load' });
    await page.getByLabel('Day', { exact: true }).selectOption(DAY);
    await waitForSyncText(page, `${kept + taps} changes waiting on this phone`, 20_000);
    await waitForImageStatus(page, AXIS, 'Captured');
    expect(await axis.getByLabel('Note for the desk').inputValue()).toBe('From the terrace, 200 mm');

    // full-3: uploads cannot get through yet (the venue's uplink drops them), the sync can.
    const puts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes('/api/previews/')) puts.push(request.url());
    });
    let uplink = false;
    await page.route('**/api/previews/**', (route) =>
      uplink || route.request().method() !== 'PUT' ? route.continue() : route.abort('connectionreset'),
    );

    // full-2: back online with the storage still full: everything is acknowledged once.
    await goOnline(context);
    await waitForAllSent(page, 60_000);
    const logged = loggedMutations(server.dataDir, clientID);
    expect(logged.map((m) => m.mutationID)).toEqual(Array.from({ length: kept + taps }, (_, i) => i + 1));
    expect(logged.every((m) => m.status === 'applied')).toBe(true);
    expect(logged.filter((m) => m.name === 'signature.preview')).toHaveLength(kept);
    expect(serverEntity(server.dataDir, 'signature', DEMO_IDS.signatures.cauldronHistoricAxis)).toMatchObject(
      {
        status: 'captured',
        note: 'From the terrace, 200 mm',
      },
    );
    // The phone keeps receiving plan changes: the desk selects the image, the phone shows it.
    await statusButton(desk.page, AXIS, 'Selected').click();
    await waitForImageStatus(page, AXIS, 'Selected', 30_000);

    // full-3: the desk knows a snapshot exists and who has it, never "on its way" for ever.
    await signatureImage(desk.page, LOUVRE)
      .getByText('Not uploaded yet by Théo Lambertin')
      .waitFor({ timeout: 30_000 });
    expect(previewIdsOnServer(server.dataDir)).toEqual([]);
    await louvre.getByText(/^Snapshot waiting on this phone/).waitFor({ timeout: 30_000 });

    // The uplink comes back: each snapshot goes once, in the order taken.
    uplink = true;
    puts.length = 0;
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => previewIdsOnServer(server.dataDir).length, { timeout: 60_000 }).toBe(kept);
    const sent = logged
      .filter((m) => m.name === 'signature.preview')
      .map((m) => (m.args as { previewId: string }).previewId);
    expect(previewIdsOnServer(server.dataDir)).toEqual(sent);
    expect(puts.map((url) => new URL(url).pathname.split('/').pop())).toEqual(sent);
    await louvre.getByText('Snapshot sent').waitFor({ timeout: 30_000 });
    await signatureImage(desk.page, LOUVRE)
      .getByRole('img', { name: `Phone preview of “${LOUVRE}”` })
      .waitFor({ timeout: 30_000 });

    // full-4: the snapshots the server has are gone from the phone, so there is room again.
    expect(
      await page.evaluate(async () => (await (await caches.open('plan-de-jeu-snapshots')).keys()).length),
    ).toBe(0);
    // The quota system itself counts the space given back (a snapshot here weighs about a megabyte).
    expect(await storageUsage(context, page, server.url)).toBeLessThan(usedWhenFull - kept * 500_000);
    await input.setInputFiles({
      name: 'IMG_after.png',
      mimeType: 'image/png',
      buffer: noisyPng(4000, 3000, 99),
    });
    await expect.poll(() => previewIdsOnServer(server.dataDir).length, { timeout: 60_000 }).toBe(kept + 1);
    await waitForAllSent(page, 30_000);
    expect(await louvre.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
