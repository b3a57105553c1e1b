// A record's history: a planner renames a moment at the stand-up and ticks an image at the desk, then
// opens each record's History and reads what changed, before → after; offline it says it needs a connection.
import { DEMO_IDS, paris2024Demo } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from './harness/admin.ts';
import { openDay, signatureImage, signIn, statusButton, waitForImageStatus } from './harness/app.ts';
import { axeCheck } from './harness/axe.ts';
import { goOffline, goOnline } from './harness/browser.ts';
import { demoSignatureTitle, useE2EWorld } from './harness/suite.ts';
import { serverEntity } from './harness/truth.ts';

const world = useE2EWorld();

// 2 August: Teddy Riner's final at the Champ-de-Mars Arena.
const DAY = '2024-08-02';
const MOMENT = DEMO_IDS.moments.riner;
const TATAMI = demoSignatureTitle(DEMO_IDS.signatures.rinerTatami);

function demoMomentTitle(id: string): string {
  const created = paris2024Demo().mutations.find(
    (m) => m.name === 'moment.create' && (m.args as { id?: string }).id === id,
  );
  const title = (created?.args as { title?: string } | undefined)?.title;
  if (!title) throw new Error(`no demo moment ${id}`);
  return title;
}

describe('a record’s history', () => {
  it('shows a planner what changed in a moment and an image, and says so offline', async () => {
    const { server, laptop } = world();
    const before = demoMomentTitle(MOMENT);
    const after = `${before} — gold for Paris`;

    const { context, page } = await laptop();
    await signIn(
      page,
      await inviteLink(server, ['--member', DEMO_IDS.members.plannerClaire]),
      'Claire’s laptop (e2e audit)',
    );
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Stand-up' }).click();
    await openDay(page, 'Olympic', DAY);

    // The stand-up renames the moment; it reaches the server.
    const plan = page.getByRole('region', { name: 'The plan' });
    const moment = plan.getByRole('article').filter({ has: page.getByRole('heading', { name: before }) });
    await moment.getByText('Adjust the moment', { exact: true }).click();
    await moment.getByLabel('Title', { exact: true }).fill(after);
    await moment.getByRole('button', { name: 'Save the moment' }).click();
    await moment.getByText('Saved on this device').waitFor();
    // "All changes sent" may still show from before the save: the server's row is the proof it arrived.
    await expect
      .poll(() => serverEntity<{ title: string }>(server.dataDir, 'moment', MOMENT)?.title, {
        timeout: 30_000,
      })
      .toBe(after);

    // Its History: the rename, by Claire on this laptop, title before → after.
    const renamed = plan.getByRole('article').filter({ has: page.getByRole('heading', { name: after }) });
    const history = renamed.getByRole('button', { name: `History ${after}` });
    expect(await history.getAttribute('aria-expanded')).toBe('false');
    await history.click();
    expect(await history.getAttribute('aria-expanded')).toBe('true');
    const list = renamed.getByRole('list', { name: `History of “${after}”` });
    const rename = list.getByRole('listitem').filter({ hasText: 'Edit a moment' });
    await rename.getByText(`Title: ${before} → ${after}`, { exact: true }).waitFor();
    await rename.getByText(/by Claire .* · on this device/).waitFor();
    await axeCheck(page, 'a moment’s history');

    // At the desk, the planner ticks the Riner image captured: its History shows the status move.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Desk' }).click();
    await openDay(page, 'Olympic', DAY);
    await waitForImageStatus(page, TATAMI, 'Planned');
    await statusButton(page, TATAMI, 'Captured').click();
    await waitForImageStatus(page, TATAMI, 'Captured');
    await expect
      .poll(
        () =>
          serverEntity<{ status: string }>(server.dataDir, 'signature', DEMO_IDS.signatures.rinerTatami)
            ?.status,
        {
          timeout: 30_000,
        },
      )
      .toBe('captured');
    const image = signatureImage(page, TATAMI);
    await image.getByRole('button', { name: `History ${TATAMI}` }).click();
    await image
      .getByRole('list', { name: `History of “${TATAMI}”` })
      .getByText('Status: Planned → Captured', { exact: true })
      .waitFor();
    await axeCheck(page, 'an image’s history');

    // No network: the history is the server's, and the panel says so instead of an empty list.
    await goOffline(context);
    const imageHistory = image.getByRole('button', { name: `History ${TATAMI}` });
    await imageHistory.click();
    await imageHistory.click();
    await image.getByText(/The history is kept on the server: it needs a connection/).waitFor();
    await goOnline(context);
  });
});
