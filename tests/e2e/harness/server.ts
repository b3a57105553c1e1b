// The real server as a child process: free port, temp DATA_DIR, demo data; stopped cleanly even on failure.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './port.ts';
import { ROOT, SERVER_ENTRY } from './paths.ts';

export interface RunningServer {
  url: string;
  dataDir: string;
  /** The admin sign-in link the server prints on start. */
  adminLink: string;
  /** Everything the server printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const SIGNIN_LINK = /(https?:\/\/\S+\/signin#invite=[\w-]+)/;
/** Servers still running, so a crashed test run does not leave one behind. */
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

export async function startServer(
  options: { demo?: boolean; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'plan-de-jeu-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      PUBLIC_URL: url,
      DEMO: options.demo === false ? '0' : '1',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const stop = async (): Promise<void> => {
    if (running.delete(child) && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitUntilHealthy(url, exited, () => log, options.timeoutMs ?? 60_000);
    const adminLink = await waitFor(() => SIGNIN_LINK.exec(log)?.[1], 10_000);
    if (!adminLink) throw new Error(`the server printed no admin sign-in link:\n${log}`);
    return { url, dataDir, adminLink, output: () => log, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitUntilHealthy(
  url: string,
  exited: Promise<number | null>,
  log: () => string,
  timeoutMs: number,
): Promise<void> {
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined)
      throw new Error(`the server exited (code ${exitCode}) before it was healthy:\n${log()}`);
    const ok = await fetch(`${url}/api/health`)
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`the server was not healthy at ${url}/api/health within ${timeoutMs} ms:\n${log()}`);
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await sleep(100);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
