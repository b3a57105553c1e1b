// A revoked device: told it is signed out at its next sync, and its unsent changes stay on screen.
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { admin, inviteLink } from './harness/admin.ts';
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
import { demoSignatureTitle, useE2EWorld } from './harness/suite.ts';
import { deviceNamed, loggedMutations } from './harness/truth.ts';

const world = useE2EWorld();

const DAY = '2024-08-05';
const LOUVRE = demoSignatureTitle(DEMO_IDS.signatures.cauldronFromLouvre);
const PHONE_NAME = 'Théo’s lost phone (e2e revoke)';

describe('a revoked device', () => {
  it('shows the signed-out state and keeps its waiting change visible, unsent', async () => {
    const { server, phone } = world();
    const { page } = await phone();
    await signIn(page, await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]), PHONE_NAME);
    await waitForAllSent(page);
    const device = deviceNamed(server.dataDir, PHONE_NAME);

    // The phone is reported lost; the admin revokes it from the server's machine.
    expect(await admin(server, ['revoke', '--device', device.id])).toContain(`device ${device.id} revoked`);
    expect(deviceNamed(server.dataDir, PHONE_NAME).revokedAt).not.toBeNull();

    await openDay(page, 'Olympic', DAY);
    await statusButton(page, LOUVRE, 'Captured').click();

    const banner = page.getByRole('alert').filter({ hasText: 'This device is signed out' });
    await banner.waitFor({ timeout: 15_000 });
    // On a 360 × 740 phone the banner leaves at least three quarters of the screen to the plan,
    // closed or open.
    await page.setViewportSize({ width: 360, height: 740 });
    const quarter = (360 * 740) / 4;
    const area = async () => {
      const box = (await banner.boundingBox())!;
      return box.width * box.height;
    };
    expect(await area()).toBeLessThanOrEqual(quarter);
    await banner.getByText('1 change kept on this phone').click();
    await banner.getByRole('listitem').filter({ hasText: 'Signature image marked Captured' }).waitFor();
    expect(await area()).toBeLessThanOrEqual(quarter);
    await waitForSyncText(page, '1 change waiting on this phone', 5_000);
    await waitForImageStatus(page, LOUVRE, 'Captured');
    await signatureImage(page, LOUVRE).getByText('Waiting on this phone').waitFor();
    await axeCheck(page, 'the signed-out day screen');

    // Relaunching does not lose it either: still signed out, still waiting, never sent.
    await page.reload({ waitUntil: 'load' });
    await banner.waitFor({ timeout: 15_000 });
    await banner.getByText('1 change kept on this phone').click();
    await banner.getByRole('listitem').filter({ hasText: 'Signature image marked Captured' }).waitFor();
    await waitForSyncText(page, '1 change waiting on this phone', 5_000);
    expect(device.clientID).not.toBeNull();
    expect(loggedMutations(server.dataDir, device.clientID!)).toEqual([]);
  });
});
