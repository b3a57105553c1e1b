// Waits until the service worker *controls* the page: `ready` alone does not mean an offline reload works.
import type { Page } from 'playwright-core';

function isControlled(page: Page): Promise<boolean> {
  return page.evaluate(() => 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null);
}

/**
 * Resolves once `navigator.serviceWorker.controller` is set. A first visit may be served by the
 * network with the worker activating afterwards without claiming the page; one reload then
 * brings the page under its control.
 */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) throw new Error('this browser has no service worker support');
    await navigator.serviceWorker.ready;
  });
  if (await isControlled(page)) return;
  const claimed = await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 3_000 })
    .then(() => true)
    .catch(() => false);
  if (claimed) return;
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: timeoutMs });
}
