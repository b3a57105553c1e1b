// Two phones of one creator edit the same note offline (case sync/ "two phones"): phone 2 syncs, then phone 1.
// Every screen ends on the synced note; the phone in the middle of typing is told and keeps both; a note typed
// and not saved survives a reload.
import type { Page } from 'playwright-core';
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from './harness/admin.ts';
import { openDay, signatureImage, signIn, waitForSyncText, waitForAllSent } from './harness/app.ts';
import { axeCheck } from './harness/axe.ts';
import { goOffline, goOnline } from './harness/browser.ts';
import { demoSignatureTitle, useE2EWorld } from './harness/suite.ts';
import { serverEntity } from './harness/truth.ts';

const world = useE2EWorld();

const DAY = '2024-08-05';
const LOUVRE = demoSignatureTitle(DEMO_IDS.signatures.cauldronFromLouvre);

async function myImage(page: Page) {
  await page.getByLabel('Day', { exact: true }).selectOption(DAY);
  const shot = signatureImage(page, LOUVRE);
  await shot.waitFor();
  return { shot, note: shot.getByLabel('Note for the desk') };
}

describe('two phones of one creator', () => {
  it('end on the synced note; the phone in the middle of typing is told and keeps both', async () => {
    const { server, phone, laptop } = world();
    const one = await phone();
    const two = await phone();
    await signIn(
      one.page,
      await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]),
      'Théo phone 1 (e2e)',
    );
    await signIn(
      two.page,
      await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]),
      'Théo phone 2 (e2e)',
    );
    const p1 = await myImage(one.page);
    const p2 = await myImage(two.page);

    // The desk follows the image on the board.
    const desk = await laptop();
    await signIn(
      desk.page,
      await inviteLink(server, ['--member', DEMO_IDS.members.editorHugo]),
      'Hugo desk (e2e)',
    );
    await openDay(desk.page, 'Olympic', DAY);
    await signatureImage(desk.page, LOUVRE).waitFor();

    // Both offline; each saves its own note.
    await goOffline(one.context);
    await goOffline(two.context);
    await p1.note.fill('note from phone 1');
    await p1.shot.getByRole('button', { name: 'Save the note' }).click();
    await p2.note.fill('note from phone 2');
    await p2.shot.getByRole('button', { name: 'Save the note' }).click();
    await waitForSyncText(one.page, '1 change waiting on this phone');
    await waitForSyncText(two.page, '1 change waiting on this phone');

    // Phone 2 syncs first; then its creator starts typing more, without saving.
    await goOnline(two.context);
    await waitForAllSent(two.page);
    await p2.note.fill('note from phone 2, and more on the way');

    // Phone 1 syncs: its note is the last one the server applies.
    await goOnline(one.context);
    await waitForAllSent(one.page);
    await expect
      .poll(
        () =>
          serverEntity<{ note: string }>(server.dataDir, 'signature', DEMO_IDS.signatures.cauldronFromLouvre)
            ?.note,
      )
      .toBe('note from phone 1');

    // Phone 2 is told while typing, and keeps both until the creator chooses.
    const notice = p2.shot
      .getByRole('status')
      .filter({ hasText: 'Note for the desk changed on another device:' });
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('“note from phone 1”');
    expect(await p2.note.inputValue()).toBe('note from phone 2, and more on the way');
    await axeCheck(two.page, 'a note changed on another device while typing');

    // What is typed and not saved survives a reload (an app update reloads the tab too); so does the choice to make.
    await two.page.reload({ waitUntil: 'load' });
    const again = await myImage(two.page);
    expect(await again.note.inputValue()).toBe('note from phone 2, and more on the way');
    await again.shot.getByRole('status').filter({ hasText: '“note from phone 1”' }).waitFor();
    await again.shot.getByRole('button', { name: /^Use theirs/ }).click();
    expect(await again.note.inputValue()).toBe('note from phone 1');

    // Every screen shows the synced note: phone 1, phone 2 and the desk.
    expect(await p1.note.inputValue()).toBe('note from phone 1');
    await signatureImage(desk.page, LOUVRE).getByText('Note: note from phone 1').waitFor({ timeout: 15_000 });
  });
});
