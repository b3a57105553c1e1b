// The triathlon postponement replayed: the official schedule (ODF) pushed by a results system, a moment chosen on it
// with a creator, then the DT_SCHEDULE_UPDATE moving it by a day while the creator's phone is offline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { admin, inviteLink } from './harness/admin.ts';
import { openDay, signIn, waitForAllSent } from './harness/app.ts';
import { axeCheck } from './harness/axe.ts';
import { goOffline, goOnline } from './harness/browser.ts';
import { ROOT } from './harness/paths.ts';
import { waitForServiceWorkerControl } from './harness/service-worker.ts';
import { useE2EWorld } from './harness/suite.ts';
import { deviceNamed, loggedMutations } from './harness/truth.ts';

const world = useE2EWorld();
const ODF = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/odf', name), 'utf8');
const TITLE = 'Men’s triathlon: the dive into the Seine';
const PHONE = 'Théo’s phone (e2e schedule feed)';
// The harness's browser is en-GB: a 24-hour clock and the day before the month.
const MOVED = /Moved to 31 July 10:45, was 30 July 08:00/;

/** A results system pushing one ODF message with its feed token. */
async function push(url: string, token: string, xml: string) {
  const res = await fetch(`${url}/api/feeds/odf`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/xml' },
    body: xml,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('the schedule feed', () => {
  it('replays the triathlon postponement: the offline phone comes back to the new time and the mark; desk, calendar and audit agree', async () => {
    const { server, laptop, phone } = world();

    // The admin maps the feed's venue code to Pont Alexandre III at the stand-up.
    const desk = await laptop();
    await signIn(desk.page, server.adminLink, 'Admin laptop (e2e feed)');
    const nav = desk.page.getByRole('navigation', { name: 'Screens' });
    await nav.getByRole('link', { name: 'Stand-up' }).click();
    await openDay(desk.page, 'Olympic', '2024-07-30');
    await desk.page.getByText('Official feed codes of the venues').click();
    await desk.page.getByLabel('Pont Alexandre III: ODF codes').fill('alx');
    await desk.page.getByRole('button', { name: 'Save the codes of Pont Alexandre III' }).click();
    await waitForAllSent(desk.page);

    // The results system gets a feed token from the admin CLI and pushes the discipline's DT_SCHEDULE.
    const printed = await admin(server, ['feed-token', '--name', 'Results system (e2e)']);
    const token = printed.split('\n')[2]!.trim();
    expect(await push(server.url, token, ODF('tri-schedule.xml'))).toMatchObject({
      status: 200,
      body: { applied: true, created: 2 },
    });

    // The stand-up chooses the men's race (its new candidate) and sends Théo.
    const candidates = desk.page.getByRole('region', { name: 'Candidates of the day' });
    const race = candidates.getByRole('listitem').filter({ hasText: /Men's Individual/ });
    await race.getByRole('button', { name: /^Choose/ }).click();
    const form = desk.page.getByRole('form', { name: /^Choose/ });
    await form.getByLabel('Title').fill(TITLE);
    await form
      .getByLabel('Why (the date with history, or what makes it iconic)')
      .fill('The Seine, a century on');
    await form.getByRole('button', { name: 'Add to the plan' }).click();
    const moment = desk.page
      .getByRole('article')
      .filter({ has: desk.page.getByRole('heading', { name: TITLE }) });
    await moment.getByLabel('Creator', { exact: true }).selectOption({ label: 'Théo Lambertin' });
    await moment.getByRole('button', { name: 'Assign' }).click();
    await moment.getByRole('button', { name: 'Remove Théo Lambertin' }).waitFor();
    await waitForAllSent(desk.page);
    // Théo's calendar link, made at the stand-up.
    const people = desk.page.getByRole('region', { name: 'People' });
    await people.getByText('Calendar subscriptions').click();
    await people.getByRole('button', { name: 'Calendar link for Théo Lambertin' }).click();
    const calendarUrl = await people.getByLabel('Calendar link of Théo Lambertin').inputValue();

    // Théo's phone has his day, then loses the network.
    const { context, page } = await phone();
    await signIn(page, await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]), PHONE);
    await waitForServiceWorkerControl(page);
    await page.getByLabel('Day', { exact: true }).selectOption('2024-07-30');
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: TITLE }) });
    await card.getByText('08:00', { exact: true }).waitFor({ timeout: 15_000 });
    await goOffline(context);

    // 30 July, early morning: the water is not good enough; the results system sends the update.
    expect(await push(server.url, token, ODF('tri-update-1-rescheduled.xml'))).toMatchObject({
      status: 200,
      body: { applied: true, updated: 1 },
    });
    // Offline, the phone still shows what it had.
    expect(await card.getByText(MOVED).count()).toBe(0);

    // Back online: the new time and the "moved" mark, without a reload.
    await goOnline(context);
    const moved = page.getByRole('article').filter({ has: page.getByRole('heading', { name: TITLE }) });
    await moved.getByText(MOVED).waitFor({ timeout: 30_000 });
    await moved.getByText('Official schedule: Rescheduled').waitFor();
    await moved.getByText('10:45', { exact: true }).waitFor();
    await axeCheck(page, 'my day with a moved moment');

    // Synced, it stays on the phone offline, through a reload; "Got it" offline is kept and sent later.
    await goOffline(context);
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('heading', { level: 1, name: 'My day' }).waitFor({ timeout: 15_000 });
    await moved.getByText(MOVED).waitFor({ timeout: 15_000 });
    await moved.getByRole('button', { name: `Got it: ${TITLE}` }).click();
    await moved.getByText(MOVED).waitFor({ state: 'detached' });
    await goOnline(context);
    await waitForAllSent(page, 30_000);
    const { clientID } = deviceNamed(server.dataDir, PHONE);
    expect(loggedMutations(server.dataDir, clientID!).map((m) => [m.name, m.status])).toEqual([
      ['assignment.acknowledge', 'applied'],
    ]);

    // The desk agrees: on 31 July, rescheduled, moved.
    await nav.getByRole('link', { name: 'Desk' }).click();
    await openDay(desk.page, 'Olympic', '2024-07-31');
    const onDesk = desk.page.getByRole('region', { name: TITLE });
    await onDesk.getByText('Official schedule: Rescheduled').waitFor({ timeout: 15_000 });
    await onDesk.getByText(MOVED).waitFor();

    // The calendar feed agrees: in position an hour before 10:45 on 31 July, Paris time.
    const calendar = new ICAL.Component(ICAL.parse(await (await fetch(calendarUrl)).text()) as unknown[]);
    const race31 = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v))
      .filter((e) => e.summary === TITLE);
    expect(
      race31.map((e) => [e.startDate.zone?.tzid, e.startDate.day, e.startDate.hour, e.startDate.minute]),
    ).toEqual([['Europe/Paris', 31, 9, 45]]);

    // The audit names the feed: in the moment's History and in "what changed".
    await nav.getByRole('link', { name: 'Stand-up' }).click();
    await openDay(desk.page, 'Olympic', '2024-07-31');
    const planned = desk.page
      .getByRole('article')
      .filter({ has: desk.page.getByRole('heading', { name: TITLE }) });
    await planned.getByRole('button', { name: `History ${TITLE}` }).click();
    await planned
      .getByText(/by the schedule feed/)
      .first()
      .waitFor({ timeout: 15_000 });
    const changes = desk.page.getByRole('region', { name: 'What changed' });
    await changes.getByRole('button', { name: 'Since yesterday' }).click();
    await changes
      .getByText(`the schedule feed: Official schedule update — ${TITLE}`, { exact: false })
      .first()
      .waitFor();
    await axeCheck(desk.page, 'the stand-up with a moved moment');
  });
});
