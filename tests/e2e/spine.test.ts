// The spine: a creator's taps at a venue with no network survive an offline reload, reach the server exactly once, and reach the desk.
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from './harness/admin.ts';
import {
  openDay,
  signatureImage,
  signIn,
  statusButton,
  syncStatus,
  waitForImageStatus,
  waitForAllSent,
  waitForSyncText,
} from './harness/app.ts';
import { axeCheck } from './harness/axe.ts';
import { goOffline, goOnline } from './harness/browser.ts';
import { waitForServiceWorkerControl } from './harness/service-worker.ts';
import { demoSignatureTitle, useE2EWorld } from './harness/suite.ts';
import { deviceNamed, loggedMutations, serverEntity } from './harness/truth.ts';

const world = useE2EWorld();

// 5 August: Théo is posted for the cauldron at sunset, which has two signature images.
const DAY = '2024-08-05';
const LOUVRE = demoSignatureTitle(DEMO_IDS.signatures.cauldronFromLouvre);
const AXIS = demoSignatureTitle(DEMO_IDS.signatures.cauldronHistoricAxis);
const PHONE_NAME = 'Théo’s phone (e2e spine)';

describe('a creator at the venue, offline', () => {
  it('keeps offline taps through a reload, sends each once, and the desk sees them', async () => {
    const { server, phone, laptop } = world();

    // The desk: an editor signed in on a laptop, page left open for the whole test.
    const desk = await laptop();
    await signIn(
      desk.page,
      await inviteLink(server, ['--member', DEMO_IDS.members.editorHugo]),
      'Hugo’s laptop',
    );
    await openDay(desk.page, 'Olympic', DAY);
    await waitForImageStatus(desk.page, LOUVRE, 'Planned');
    await waitForImageStatus(desk.page, AXIS, 'Planned');

    // The creator opens the link from the admin on a phone and signs in.
    const { context, page } = await phone();
    await page.goto(await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]));
    await page.getByLabel('Device name').fill(PHONE_NAME);
    await axeCheck(page, 'the sign-in screen');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('article').first().waitFor({ timeout: 30_000 });
    await waitForAllSent(page);
    // Everything needed at the venue must be on the phone before the network goes.
    await waitForServiceWorkerControl(page);
    await openDay(page, 'Olympic', DAY);
    await waitForImageStatus(page, LOUVRE, 'Planned');
    await axeCheck(page, 'the day screen');
    const { clientID } = deviceNamed(server.dataDir, PHONE_NAME);
    if (!clientID) throw new Error('the phone’s device has no clientID on the server');

    // 80,000 people in the stands: no network. Two taps.
    await goOffline(context);
    await statusButton(page, LOUVRE, 'In position').click();
    await statusButton(page, AXIS, 'Captured').click();
    await waitForSyncText(page, '2 changes waiting on this phone', 10_000);
    await waitForImageStatus(page, LOUVRE, 'In position');
    await waitForImageStatus(page, AXIS, 'Captured');
    await signatureImage(page, LOUVRE).getByText('Waiting on this phone').waitFor();
    await signatureImage(page, AXIS).getByText('Waiting on this phone').waitFor();
    expect(loggedMutations(server.dataDir, clientID)).toEqual([]);

    // The phone reloads the app with no network: the service worker serves it, the taps are kept.
    const reloaded = await page.reload({ waitUntil: 'load' });
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByRole('article').first().waitFor({ timeout: 15_000 });
    await openDay(page, 'Olympic', DAY);
    await waitForImageStatus(page, LOUVRE, 'In position');
    await waitForImageStatus(page, AXIS, 'Captured');
    await signatureImage(page, LOUVRE).getByText('Waiting on this phone').waitFor();
    await signatureImage(page, AXIS).getByText('Waiting on this phone').waitFor();
    expect(await syncStatus(page).textContent()).toContain('2 changes waiting on this phone');
    expect(loggedMutations(server.dataDir, clientID)).toEqual([]);

    // The network comes back: everything is sent, and the server holds each tap exactly once.
    await goOnline(context);
    await waitForAllSent(page, 30_000);
    await expect.poll(() => signatureImage(page, LOUVRE).getByText('Waiting on this phone').count()).toBe(0);
    const logged = loggedMutations(server.dataDir, clientID);
    expect(logged.map(({ mutationID, name, args, status }) => ({ mutationID, name, args, status }))).toEqual([
      {
        mutationID: 1,
        name: 'signature.advance',
        args: { id: DEMO_IDS.signatures.cauldronFromLouvre, to: 'in-position' },
        status: 'applied',
      },
      {
        mutationID: 2,
        name: 'signature.advance',
        args: { id: DEMO_IDS.signatures.cauldronHistoricAxis, to: 'captured' },
        status: 'applied',
      },
    ]);
    expect(
      serverEntity<{ status: string }>(server.dataDir, 'signature', DEMO_IDS.signatures.cauldronFromLouvre),
    ).toMatchObject({ status: 'in-position', statusBy: DEMO_IDS.members.creatorTheo });
    expect(
      serverEntity<{ status: string }>(server.dataDir, 'signature', DEMO_IDS.signatures.cauldronHistoricAxis),
    ).toMatchObject({ status: 'captured', capturedBy: DEMO_IDS.members.creatorTheo });

    // The desk's page, never reloaded, shows the new statuses within seconds (poke, then pull).
    await waitForImageStatus(desk.page, LOUVRE, 'In position', 8_000);
    await waitForImageStatus(desk.page, AXIS, 'Captured', 8_000);
  });
});
