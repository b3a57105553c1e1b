// A page model of Plan de jeu for the e2e suites: what a user sees and taps, by role and label.
import type { Locator, Page } from 'playwright-core';
import { vi } from 'vitest';
import { DEFAULT_DB_NAME } from '../../../src/client/storage/dexie-db-name.ts';
import { hasUnsentChanges } from '../../../src/client/storage/outbox-peek.ts';

/** Opens an invite link, names the device and signs in; resolves once the first sync brought the plan. */
export async function signIn(page: Page, link: string, deviceName: string): Promise<void> {
  await page.goto(link);
  const name = page.getByLabel('Device name');
  await name.fill(deviceName);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Each role lands on its own screen; the plan is on the device once the first pull has completed.
  await page
    .getByRole('status', { name: 'Sync' })
    .getByText(/^Last sync/)
    .waitFor({ timeout: 30_000 });
  if (new URL(page.url()).pathname === '/me') await page.getByRole('article').first().waitFor();
}

/** The header's live region named "Sync". */
export function syncStatus(page: Page): Locator {
  return page.getByRole('status', { name: 'Sync' });
}

/**
 * Waits until the Sync region says `text`. To wait for a change to reach the server, use
 * `waitForAllSent`: "All changes sent" may still show from before a change was saved.
 */
export async function waitForSyncText(page: Page, text: string | RegExp, timeout = 30_000): Promise<void> {
  await syncStatus(page).filter({ hasText: text }).waitFor({ timeout });
}

/** One signature image of the day, found by its title. */
export function signatureImage(page: Page, title: string): Locator {
  return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** A status button ("In position", "Captured", "Missed"…) of one signature image. */
export function statusButton(page: Page, title: string, label: string): Locator {
  return page
    .getByRole('group', { name: `Mark “${title}”` })
    .getByRole('button', { name: label, exact: true });
}

/** Waits until an image shows `status` ("Status: Captured"). */
export async function waitForImageStatus(
  page: Page,
  title: string,
  status: string,
  timeout = 10_000,
): Promise<void> {
  await signatureImage(page, title).getByText(`Status: ${status}`, { exact: true }).waitFor({ timeout });
}

/** Shows one day of one edition, as a user would with the edition switch and the day picker. */
export async function openDay(page: Page, edition: 'Olympic' | 'Paralympic', day: string): Promise<void> {
  // Creators land on their own day (/me): the day's plan is one tap away in the navigation. The desk
  // (/board) and the stand-up (/plan) pick the edition and day with the same controls as the day plan.
  if (new URL(page.url()).pathname === '/me')
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('link', { name: 'Day plan' }).click();
  await page
    .getByRole('group', { name: 'Edition' })
    .getByRole('button', { name: edition, exact: true })
    .click();
  await page.getByLabel('Day', { exact: true }).selectOption(day);
}

/**
 * Whether the phone's outbox holds unsent changes, asked in the page with the service worker's own
 * check (`hasUnsentChanges`, raw IndexedDB: it does not create a missing database). Its source is
 * sent to the page; both arguments are given so no module binding is needed there.
 */
function outboxHasChanges(page: Page): Promise<boolean> {
  return page.evaluate(
    ([source, name]) => (new Function(`return (${source})`)() as typeof hasUnsentChanges)(indexedDB, name),
    [hasUnsentChanges.toString(), DEFAULT_DB_NAME] as const,
  );
}

/**
 * Waits until every saved change reached the server: the outbox is empty (an entry leaves it only
 * when the server acknowledged it) and the Sync region says "All changes sent". The text alone
 * is not enough: the header's count follows the outbox a moment after a save, so right after a
 * save it may still say "All changes sent" from before.
 */
export async function waitForAllSent(page: Page, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  await vi.waitFor(
    async () => {
      if (await outboxHasChanges(page)) throw new Error('the outbox still holds unsent changes');
    },
    { timeout, interval: 100 },
  );
  await waitForSyncText(page, 'All changes sent', Math.max(1_000, deadline - Date.now()));
}
