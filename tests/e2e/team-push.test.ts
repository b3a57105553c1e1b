// The team on their phones: an admin invites by QR from the team screen; the creator's phone signs in,
// opts in to notifications and closes the app; a planner moves the spot; the worker shows it; a tap
// opens the card; revoking the device from the team screen signs it out and drops its subscription.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_IDS, paris2024Demo } from '../../src/server/demo/paris2024.ts';
import type { PushPayload } from '../../src/shared/protocol/push.ts';
import { PUSH_SERVICE_CERT, startPushService, type StandInPushService } from '../fakes/push-service.ts';
import { signIn, waitForAllSent } from './harness/app.ts';
import { axeCheck } from './harness/axe.ts';
import { launchChromium, phoneContext } from './harness/browser.ts';
import {
  blankPage,
  deliverPush,
  registrationId,
  shownNotifications,
  storedSubscription,
  usePushService,
} from './harness/push.ts';
import { decodeQr } from './harness/qr.ts';
import type { RunningServer } from './harness/server.ts';
import { startServer } from './harness/server.ts';
import { waitForServiceWorkerControl } from './harness/service-worker.ts';
import { deviceNamed } from './harness/truth.ts';

let server: RunningServer;
let browser: Browser;
let pushService: StandInPushService;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  pushService = await startPushService();
  server = await startServer({
    demo: true,
    env: {
      // The server sends to the stand-in push service (on 127.0.0.1, its own certificate).
      PUSH_SERVICE_HOSTS: '127.0.0.1',
      NODE_EXTRA_CA_CERTS: PUSH_SERVICE_CERT,
      VAPID_SUBJECT: 'mailto:ops@example.org',
    },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.allSettled(contexts.map((c) => c.close()));
  await browser?.close();
  await server?.stop();
  await pushService?.close();
});

const demo = paris2024Demo();
const argsOf = <T>(name: string, id: string) =>
  demo.mutations.find((m) => m.name === name && (m.args as { id?: string }).id === id)!.args as T;
const MOMENT = argsOf<{ title: string; day: string }>('moment.create', DEMO_IDS.moments.triathlonSeine);
const SPOT = argsOf<{ label: string }>('spot.create', DEMO_IDS.spots.policeBoat);
const PHONE = 'Théo’s phone (e2e push)';
const NEW_PLACE = 'Pont de l’Archevêché, downstream side, by the police launch';

describe('the team on their phones', () => {
  it('invite by QR, notifications while the app is closed, a tap to the card, revoke from the team screen', async () => {
    // 1. The admin, on a laptop, opens the team screen.
    const laptop = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
    });
    contexts.push(laptop);
    const admin = await laptop.newPage();
    await signIn(admin, server.adminLink, 'Admin laptop (e2e team)');
    await admin.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Team' }).click();
    await admin.getByRole('heading', { name: 'Team', level: 1 }).waitFor();

    // A new member with a job of their own: listed with it, and a QR code that reads back to the link.
    await admin.getByLabel('Name').fill('Ana Lopes (e2e)');
    await admin.getByLabel('Role', { exact: true }).selectOption('creator');
    await admin.getByLabel('Job').selectOption('video-maker');
    await admin.getByLabel('Contact (phone or address)').fill('+33 6 12 34 56 78');
    await admin.getByRole('button', { name: 'Create and invite' }).click();
    const anaQr = admin.getByRole('img', { name: 'QR code of the sign-in link for Ana Lopes (e2e)' });
    expect(await decodeQr(anaQr)).toBe(
      await admin.getByRole('textbox', { name: 'Sign-in link' }).inputValue(),
    );
    const ana = admin
      .getByRole('article')
      .filter({ has: admin.getByRole('heading', { name: 'Ana Lopes (e2e)' }) });
    await ana.getByText('Video maker').waitFor();
    await ana.getByText(/^A sign-in link is waiting, valid until/).waitFor();
    await axeCheck(admin, 'the team screen with an invite');

    // Théo gets a new phone: "Invite another device", shown as a QR code the phone scans.
    const theo = admin
      .getByRole('article')
      .filter({ has: admin.getByRole('heading', { name: 'Théo Lambertin' }) });
    await theo.getByRole('button', { name: 'Invite another device of Théo Lambertin' }).click();
    await admin.getByRole('heading', { name: 'Sign-in link for Théo Lambertin' }).waitFor();
    const link = await decodeQr(
      admin.getByRole('img', { name: 'QR code of the sign-in link for Théo Lambertin' }),
    );
    expect(link).toMatch(new RegExp(`^${server.url}/signin#invite=[\\w-]+$`));
    // On the admin's own clock, its zone named; Ana's card stays beside it (every link of the visit).
    const theoCard = admin.getByRole('region', { name: 'Sign-in link for Théo Lambertin' });
    await theoCard.getByText(/^Valid until \d+ \w+, \d\d:\d\d \((UTC|GMT[+-]\d+)\)\./).waitFor();
    await admin.getByRole('region', { name: 'Sign-in link for Ana Lopes (e2e)' }).waitFor();

    // 2. The phone signs in with the scanned link and turns notifications on.
    const phone = await phoneContext(browser, server.url);
    contexts.push(phone);
    await phone.grantPermissions(['notifications'], { origin: server.url });
    await usePushService(phone, pushService.subscribe('theo-phone'));
    const app = await phone.newPage();
    // The scanned link names whom it signs in before the tap (it reads the invite, never uses it).
    await app.goto(link);
    await app
      .getByRole('status')
      .filter({ hasText: 'This link signs in Théo Lambertin as creator.' })
      .waitFor();
    await signIn(app, link, PHONE);
    await waitForServiceWorkerControl(app);
    const panel = app.getByRole('region', { name: 'Notifications' });
    await panel
      .getByText(/^Get a notification on this phone when your plan changes while the app is closed/)
      .waitFor();
    await axeCheck(app, 'my day with the notification opt-in');
    await panel.getByRole('button', { name: 'Turn on notifications' }).click();
    await panel.getByText('Notifications are on for this phone.').waitFor();
    const device = deviceNamed(server.dataDir, PHONE);
    expect(storedSubscription(server.dataDir, device.id)).toEqual({
      endpoint: expect.stringMatching(/\/push\/theo-phone$/),
      lang: 'en',
    });

    const cdpPage = await blankPage(phone);
    const cdp = await phone.newCDPSession(cdpPage);
    const registration = await registrationId(cdp, server.url);

    // 3. The planner, at the stand-up, renames the spot while Théo's app is on screen: no notification.
    const planner = await browser.newContext({
      baseURL: server.url,
      viewport: { width: 1280, height: 800 },
      locale: 'en-GB',
    });
    contexts.push(planner);
    const claire = await planner.newPage();
    await signIn(claire, await inviteFromTeam(admin, 'Claire Dumontel'), 'Claire’s laptop (e2e push)');
    await claire.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Stand-up' }).click();
    await claire
      .getByRole('group', { name: 'Edition' })
      .getByRole('button', { name: 'Olympic', exact: true })
      .click();
    await claire.getByLabel('Day', { exact: true }).selectOption(MOMENT.day);
    const moment = claire
      .getByRole('region', { name: 'The plan' })
      .getByRole('article')
      .filter({ has: claire.getByRole('heading', { name: MOMENT.title }) });
    const editSpot = async (
      label: string,
      changes: (form: ReturnType<typeof moment.getByRole>) => Promise<void>,
    ) => {
      const form = moment.getByRole('form', { name: `Edit the spot “${label}”` });
      // The edit form stays open after a save; the button toggles it.
      if (!(await form.isVisible()))
        await moment.getByRole('button', { name: `Edit the spot “${label}”` }).click();
      await changes(form);
      await form.getByRole('button', { name: 'Save the spot' }).click();
      await waitForAllSent(claire);
    };
    await editSpot(SPOT.label, (form) => form.getByLabel('Spot name').fill(`${SPOT.label} (aft)`));
    const [renamed] = await pushService.waitFor('theo-phone', 1);
    await deliverPush(cdp, server.url, registration, renamed!.text);
    // The worker ran (the page hears of it) and showed nothing: the app is on screen.
    await expect.poll(() => app.evaluate(() => document.visibilityState)).toBe('visible');
    expect(await shownNotifications(phone)).toEqual([]);

    // 4. Théo closes the app; the planner moves the spot; the worker shows it.
    await app.close();
    await editSpot(`${SPOT.label} (aft)`, async (form) => {
      await form.getByLabel(/^Where exactly/).fill(NEW_PLACE);
      const lat = form.getByLabel('Camera latitude');
      await lat.fill(String(Number(await lat.inputValue()) + 0.0004));
    });
    const messages = await pushService.waitFor('theo-phone', 2);
    const moved = JSON.parse(messages[1]!.text) as PushPayload;
    expect(moved).toMatchObject({
      kind: 'spot',
      lang: 'en',
      title: `Your spot moved: ${MOMENT.title}`,
      body: `${SPOT.label} (aft): ${NEW_PLACE}`,
      url: `/me#moment-${DEMO_IDS.moments.triathlonSeine}`,
    });
    expect(pushService.refused).toEqual([]);
    await deliverPush(cdp, server.url, registration, messages[1]!.text);
    // A closed app's worker may have been stopped: it starts again for the push, slowly on a loaded machine.
    await expect
      .poll(() => shownNotifications(phone), { timeout: 30_000 })
      .toEqual([
        {
          title: moved.title,
          body: moved.body,
          tag: `moment-${DEMO_IDS.moments.triathlonSeine}`,
          data: { url: moved.url },
        },
      ]);

    // 5. The tap: the worker opens the card it names (clients.openWindow(url); headless Chromium cannot
    // click a notification, the handler's choice of window is tested in tests/unit/client/sw-push.test.ts).
    const [shown] = await shownNotifications(phone);
    const card = await phone.newPage();
    await card.goto(shown!.data!.url!);
    const focused = card.locator(`article#moment-${DEMO_IDS.moments.triathlonSeine}`);
    await focused.getByText(NEW_PLACE).waitFor();
    await expect
      .poll(() => card.evaluate(() => document.activeElement?.id))
      .toBe(`moment-${DEMO_IDS.moments.triathlonSeine}`);
    await focused.getByRole('heading', { name: MOMENT.title }).waitFor();

    // 6. The phone is lost: the admin signs it out from the team screen; it is told, its subscription goes.
    await theo.getByRole('button', { name: `Sign out ${PHONE}` }).click();
    await theo.getByRole('button', { name: `Yes, sign out ${PHONE}` }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: `${PHONE} is signed out.` })
      .waitFor();
    await card
      .getByRole('alert')
      .filter({ hasText: 'This device is signed out' })
      .waitFor({ timeout: 20_000 });
    expect(storedSubscription(server.dataDir, device.id)).toBeUndefined();
    expect(deviceNamed(server.dataDir, PHONE).revokedAt).not.toBeNull();
    await theo.getByText('1 signed-out device').waitFor();

    // The team screen at 360 px, one thumb: nothing wider than the screen, no serious axe violation.
    await admin.setViewportSize({ width: 360, height: 740 });
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await axeCheck(admin, 'the team screen at 360 px');
  });
});

/** "Invite another device" on the team screen, read from its QR code. */
async function inviteFromTeam(admin: Page, name: string): Promise<string> {
  const card = admin.getByRole('article').filter({ has: admin.getByRole('heading', { name }) });
  await card.getByRole('button', { name: `Invite another device of ${name}` }).click();
  await admin.getByRole('heading', { name: `Sign-in link for ${name}` }).waitFor();
  return decodeQr(admin.getByRole('img', { name: `QR code of the sign-in link for ${name}` }));
}
