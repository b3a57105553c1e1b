import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from './harness/admin.ts';
import { signIn } from './harness/app.ts';
import { useE2EWorld } from './harness/suite.ts';
const world = useE2EWorld();
describe('scratch', () => {
  it('shots', async () => {
    const { server } = world();
    const { page } = await world().phone();
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]), 'Théo phone');
    await page.getByRole('button', { name: 'Turn on notifications' }).waitFor();
    await page.screenshot({ path: '/tmp/hux/me-en.png' });
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'FR' }).click();
    await page.getByRole('button', { name: 'Compte et stockage' }).click();
    await page.waitForTimeout(500);
    await page.screenshot({ path: '/tmp/hux/me-fr.png' });
    const { page: lap } = await world().laptop();
    await signIn(lap, server.adminLink, 'Admin laptop');
    await lap.waitForTimeout(1000);
    await lap.screenshot({ path: '/tmp/hux/plan-1280.png', fullPage: false });
    await lap.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Team' }).click();
    await lap.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
    await lap.waitForTimeout(800);
    await lap.screenshot({
      path: '/tmp/hux/team-1280.png',
      clip: { x: 0, y: 0, width: 1280, height: 1400 },
      fullPage: true,
    });
  }, 120_000);
});
