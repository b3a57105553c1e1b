// One e2e suite's world: a real server (demo data) and one Chromium, started before and stopped after, even on failure.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { paris2024Demo } from '../../../src/server/demo/paris2024.ts';
import { launchChromium, phoneContext } from './browser.ts';
import type { RunningServer } from './server.ts';
import { startServer } from './server.ts';

export interface E2EWorld {
  server: RunningServer;
  browser: Browser;
  /** A new phone (390×844, touch, en-GB, service workers allowed) with one page open. */
  phone(): Promise<{ context: BrowserContext; page: Page }>;
  /** A desk laptop in the same browser, a separate profile. */
  laptop(): Promise<{ context: BrowserContext; page: Page }>;
}

/** Registers beforeAll/afterAll in the calling file; read the world inside tests only. */
export function useE2EWorld(): () => E2EWorld {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ demo: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await browser?.close();
    await server?.stop();
  });

  return () => {
    if (!server || !browser) throw new Error('the e2e world is not started (beforeAll failed?)');
    const b = browser;
    const s = server;
    const open = async (context: BrowserContext) => {
      contexts.push(context);
      return { context, page: await context.newPage() };
    };
    return {
      server: s,
      browser: b,
      phone: async () => open(await phoneContext(b, s.url)),
      laptop: async () =>
        open(await b.newContext({ baseURL: s.url, viewport: { width: 1280, height: 800 }, locale: 'en-GB' })),
    };
  };
}

/** The title of a demo signature image, from the demo data itself (never copied into a test). */
export function demoSignatureTitle(id: string): string {
  const created = paris2024Demo().mutations.find(
    (m) => m.name === 'signature.create' && (m.args as { id?: string }).id === id,
  );
  const title = (created?.args as { title?: string } | undefined)?.title;
  if (!title) throw new Error(`no demo signature image ${id}`);
  return title;
}
