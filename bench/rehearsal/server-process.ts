// The real server as a child process that the rehearsal can SIGKILL and restart on the same data and port.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../tests/e2e/harness/port.ts';
import { createProcessSampler } from './proc-stats.ts';
import type { ProcessSampler } from './proc-stats.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SIGNIN_LINK = /(https?:\/\/\S+\/signin#invite=[\w-]+)/;

export interface ServerProcess {
  url: string;
  /** The admin sign-in link printed by the first start (a fresh database). */
  adminLink: string;
  /** SIGKILL (no shutdown handler runs), then a start on the same data and port; resolves when healthy. */
  crashAndRestart(downMs: number): Promise<void>;
  restarts: number;
  /** From each SIGKILL to healthy again, ms (down time + start-up). */
  readonly outagesMs: number[];
  /** CPU and memory of every life of the server so far. */
  stats(): ReturnType<ProcessSampler['totals']>;
  output(): string;
  stop(): Promise<void>;
}

export async function startServerProcess(opts: {
  dataDir: string;
  databaseUrl?: string;
}): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  let child: ChildProcess | null = null;
  let restarts = 0;
  const outagesMs: number[] = [];
  const sampler = createProcessSampler();

  async function launch(): Promise<void> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: opts.dataDir,
      PUBLIC_URL: url,
      DEMO: '1',
      NODE_ENV: 'production',
      // Every simulated phone signs in from 127.0.0.1; real phones come from their own addresses.
      RATE_LIMIT_SIGNIN: '1000',
    };
    if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
    else delete env.DATABASE_URL;
    const started = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    if (started.pid !== undefined) sampler.watch(started.pid);
    await waitHealthy(url, started, () => log);
  }

  async function kill(signal: NodeJS.Signals): Promise<void> {
    const current = child;
    if (!current || current.exitCode !== null || current.signalCode !== null) return;
    sampler.sampleNow();
    const exited = new Promise((resolve) => current.once('exit', resolve));
    current.kill(signal);
    const timer = setTimeout(() => current.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    sampler.unwatch();
  }

  process.once('exit', () => child?.kill('SIGKILL'));
  await launch();
  const adminLink = SIGNIN_LINK.exec(log)?.[1];
  if (!adminLink) {
    await kill('SIGKILL');
    throw new Error(`the server printed no admin sign-in link (is the database empty?):\n${log}`);
  }
  return {
    url,
    adminLink,
    get restarts() {
      return restarts;
    },
    outagesMs,
    async crashAndRestart(downMs) {
      const killedAt = performance.now();
      await kill('SIGKILL');
      log += '\n--- SIGKILL (rehearsal) ---\n';
      await new Promise((resolve) => setTimeout(resolve, downMs));
      await launch();
      outagesMs.push(performance.now() - killedAt);
      restarts++;
    },
    stats: () => sampler.totals(),
    output: () => log,
    stop: () => kill('SIGTERM'),
  };
}

async function waitHealthy(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `the server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${log()}`,
      );
    const ok = await fetch(`${url}/api/health`)
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`the server was not healthy at ${url} within 90 s:\n${log()}`);
}
