// Lighthouse 12.8.2 (mobile, performance) on a cold /signin and on a signed-in /me; installed apart in bench/.lighthouse.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { DEMO_IDS } from '../../src/server/demo/paris2024.ts';
import { inviteLink } from '../../tests/e2e/harness/admin.ts';
import { CHROMIUM_PATH } from '../../tests/e2e/harness/browser.ts';
import { startServer } from '../../tests/e2e/harness/server.ts';

const run = promisify(execFile);
const DIR = resolve('bench/.lighthouse');
const BIN = join(DIR, 'node_modules', '.bin', 'lighthouse');
const FLAGS = '--headless --no-sandbox --disable-gpu';

export interface LighthouseScores {
  me?: number;
  signin?: number;
  /** Why a score is missing (Lighthouse not installable, a run that failed). */
  note?: string;
}

/** Installs bench/phone/package.json into bench/.lighthouse once (npm, apart from the app's lockfile). */
async function install(): Promise<void> {
  if (existsSync(BIN)) return;
  await run(
    'npm',
    ['install', '--prefix', DIR, '--no-audit', '--no-fund', '--ignore-scripts', 'lighthouse@12.8.2'],
    {
      timeout: 600_000,
    },
  );
}

async function score(url: string, chromeFlags = FLAGS, extra: string[] = []): Promise<number> {
  const { stdout } = await run(
    BIN,
    [
      url,
      '--quiet',
      '--only-categories=performance',
      '--form-factor=mobile',
      '--output=json',
      '--output-path=stdout',
      `--chrome-flags=${chromeFlags}`,
      ...extra,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
  );
  const report = JSON.parse(stdout) as { categories: { performance: { score: number | null } } };
  return Math.round((report.categories.performance.score ?? 0) * 100);
}

/** Both scores; never throws: a missing Lighthouse or a failed run is said in `note`. */
export async function lighthouseScores(): Promise<LighthouseScores> {
  try {
    await install();
  } catch (error) {
    return { note: `Lighthouse 12.8.2 could not be installed: ${(error as Error).message.split('\n')[0]}` };
  }
  const server = await startServer({ demo: true });
  const profile = await mkdtemp(join(tmpdir(), 'pdj-lighthouse-'));
  try {
    const signin = await score(`${server.url}/signin`);
    // Signed in: a profile where a creator signed in and synced; Lighthouse keeps its storage.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu'],
      headless: true,
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await page.goto(await inviteLink(server, ['--member', DEMO_IDS.members.creatorTheo]));
    await page.getByLabel('Device name').fill('lighthouse phone');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('article').first().waitFor({ timeout: 60_000 });
    await context.close();
    const me = await score(`${server.url}/me`, `${FLAGS} --user-data-dir=${profile}`, [
      '--disable-storage-reset',
    ]);
    return { me, signin };
  } catch (error) {
    return { note: `Lighthouse run failed: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    await server.stop();
    await rm(profile, { recursive: true, force: true });
  }
}
