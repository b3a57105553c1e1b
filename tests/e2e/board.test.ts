// The desk: an image captured offline on a creator's phone arrives live on the editor's board, is
// selected and published with its asset link, and the phone shows the new status.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
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
import { axeCheck } from './harness/axe.ts';
import { goOffline, goOnline } from './harness/browser.ts';
import { waitForServiceWorkerControl } from './harness/service-worker.ts';
import { demoSignatureTitle, useE2EWorld } from './harness/suite.ts';
import { deviceNamed, loggedMutations, serverEntity } from './harness/truth.ts';

const world = useE2EWorld();

// 5 August: Théo is posted on the Arc de Triomphe for the cauldron at sunset.
const DAY = '2024-08-05';
const AXIS = demoSignatureTitle(DEMO_IDS.signatures.cauldronHistoricAxis);
// A real image file, as a phone camera would hand it to the browser.
const SNAPSHOT = fileURLToPath(new URL('../../public/icons/icon-512.png', import.meta.url));
const DESK_NAME = 'Hugo’s laptop (e2e board)';
const PHONE_NAME = 'Théo’s phone (e2e board)';
const ASSET = 'https://media.paris2024.example/cauldron/axis-0042';

describe('the editors’ board', () => {
  it('sees an offline capture arrive live, selects and publishes it, and the phone follows', async () => {
    const { server, phone, laptop } = world();

    // The desk: Hugo, an editor, opens the board on a laptop and leaves it open.
    const desk = await laptop();
    await signIn(desk.page, await inviteLink(server, ['--member', DEMO_IDS.members.editorHugo]), DESK_NAME);
    await desk.page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Desk' }).click();
    await desk.page.getByRole('heading', { level: 1, name: /^Desk: / }).waitFor();
    await openDay(desk.page, 'Olympic', DAY);
    await waitForImageStatus(desk.page, AXIS, 'Planned');
    // Hugo's first look on this laptop: nothing changed today yet (the demo's ticks are of 2024).
    await desk.page.getByText('Nothing new since the start of today').waitFor();
    await axeCheck(desk.page, 'the board');

    // The creator's phone, signed in on "My day" and ready to work offline.
    const { context, page } = await phone();
    await signIn(page, await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]), PHONE_NAME);
    await waitForAllSent(page);
    await waitForServiceWorkerControl(page);
    await page.getByLabel('Day', { exact: true }).selectOption(DAY);
    await waitForImageStatus(page, AXIS, 'Planned');

    // On the Arc de Triomphe terrace, no network: a snapshot for the desk, and the image is captured.
    await goOffline(context);
    await signatureImage(page, AXIS)
      .getByLabel('Add a snapshot for the desk')
      .setInputFiles({ name: 'axis.png', mimeType: 'image/png', buffer: await readFile(SNAPSHOT) });
    await signatureImage(page, AXIS).getByText('Snapshot waiting on this phone').waitFor({ timeout: 15_000 });
    await statusButton(page, AXIS, 'Captured').click();
    await waitForSyncText(page, '2 changes waiting on this phone', 10_000);
    await waitForImageStatus(desk.page, AXIS, 'Planned');

    // Back online: it reaches the server once, and the desk's board (never reloaded) shows it.
    await goOnline(context);
    await waitForAllSent(page, 30_000);
    await waitForImageStatus(desk.page, AXIS, 'Captured', 15_000);
    const onDesk = signatureImage(desk.page, AXIS);
    await desk.page.getByText('1 image changed since the start of today').waitFor();
    await desk.page
      .getByRole('listitem')
      .filter({ hasText: `${AXIS}: Captured` })
      .waitFor();
    await onDesk.getByText('New', { exact: true }).waitFor();
    await onDesk.getByText(/^Captured by Théo Lambertin at /).waitFor();
    // The phone's snapshot travels apart from the outbox; the board shows it once uploaded.
    const preview = onDesk.getByRole('img', { name: `Phone preview of “${AXIS}”` });
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(
      true,
    );
    await axeCheck(desk.page, 'the board with an arrival');
    await desk.page.getByRole('button', { name: 'Mark as seen' }).click();
    await desk.page.getByText('Nothing new since you last looked').waitFor();
    expect(await onDesk.getByText('New', { exact: true }).count()).toBe(0);

    // The desk's own network drops too: the editor selects it, then publishes it with its link in
    // the media library; both wait on the laptop and are sent, once each, when it reconnects.
    await goOffline(desk.context);
    await statusButton(desk.page, AXIS, 'Selected').click();
    await waitForImageStatus(desk.page, AXIS, 'Selected');
    await statusButton(desk.page, AXIS, 'Published…').click();
    const dialog = desk.page.getByRole('dialog', { name: `Publish “${AXIS}”` });
    await dialog.getByLabel('Asset link').fill(ASSET);
    await axeCheck(desk.page, 'the publish dialog');
    await dialog.getByRole('button', { name: 'Mark published' }).click();
    await waitForImageStatus(desk.page, AXIS, 'Published');
    await onDesk.getByText('Waiting on this device').waitFor();
    await waitForSyncText(desk.page, '2 changes waiting on this phone', 10_000);
    await goOnline(desk.context);
    await waitForAllSent(desk.page, 30_000);

    const sent = (name: string) =>
      loggedMutations(server.dataDir, deviceNamed(server.dataDir, name).clientID!).map((m) => [
        m.name,
        m.args,
        m.status,
      ]);
    const id = DEMO_IDS.signatures.cauldronHistoricAxis;
    expect(sent(DESK_NAME)).toEqual([
      ['signature.advance', { id, to: 'selected' }, 'applied'],
      ['signature.advance', { id, to: 'published', assetUrl: ASSET }, 'applied'],
    ]);
    expect(sent(PHONE_NAME).map(([name, , status]) => [name, status])).toEqual([
      ['signature.preview', 'applied'],
      ['signature.advance', 'applied'],
    ]);
    expect(serverEntity(server.dataDir, 'signature', DEMO_IDS.signatures.cauldronHistoricAxis)).toMatchObject(
      {
        status: 'published',
        assetUrl: ASSET,
        capturedBy: DEMO_IDS.members.creatorTheo,
        statusBy: DEMO_IDS.members.editorHugo,
      },
    );
    expect(
      serverEntity<{ history: { to: string }[] }>(
        server.dataDir,
        'signature',
        DEMO_IDS.signatures.cauldronHistoricAxis,
      )!.history.map((h) => h.to),
    ).toEqual(['captured', 'selected', 'published']);

    // The creator's phone, left open, shows the desk's verdict.
    await waitForImageStatus(page, AXIS, 'Published', 15_000);
    await expect
      .poll(() =>
        desk.page.getByRole('link', { name: `Open “${AXIS}” in the media library` }).getAttribute('href'),
      )
      .toBe(ASSET);
  });
});
