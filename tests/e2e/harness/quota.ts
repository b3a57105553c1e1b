// A phone whose storage is limited the way a browser limits a site (CDP Storage.overrideQuotaForOrigin).
import type { BrowserContext, Page } from 'playwright-core';

/**
 * Opens a page of the origin that does not start the app (this Chromium applies an override only
 * to databases opened after it), sets the origin's quota to `bytes`, and returns the page, ready
 * to go to the app. `navigator.storage.estimate()` does not reflect the override.
 */
export async function limitStorage(context: BrowserContext, page: Page, origin: string, bytes: number) {
  await page.goto(`${origin}/favicon.svg`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: bytes });
  return cdp;
}

/** Bytes the origin uses, as the quota system counts them (IndexedDB, Cache API…). */
export async function storageUsage(context: BrowserContext, page: Page, origin: string): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const { usage } = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
  await cdp.detach();
  return usage;
}

/** Unhandled errors and rejections of a page, collected for an assertion at the end. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  return errors;
}
