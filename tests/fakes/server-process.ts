// The real server as a child process on a free port: for tests and benches that need a process of
// its own (two servers on one database, SIGTERM, the browser suites). Ready means /api/ready answers.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from '../e2e/harness/port.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** The process's exit code, once it exits. */
  exited: Promise<number | null>;
  /** Everything it printed, for error messages and log assertions. */
  output(): string;
  /** SIGTERM, then SIGKILL if it has not exited within 10 s. */
  stop(): Promise<void>;
}

/** Servers still running, so a crashed run does not leave one behind. */
const running = new Set<ChildProcess>();
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/**
 * Starts `node --import tsx src/server/main.ts` with `env` on top of this process's environment
 * (PORT, HOST and PUBLIC_URL are set here) and resolves once it is ready; if it exits or is not
 * ready within `timeoutMs`, it is killed and the error carries what it printed.
 */
export async function spawnServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  exited.then(() => running.delete(child));

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  // Polled here rather than with vi.waitFor: the benches (outside vitest) start servers too.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) break; // said below, at once
    const ready = await fetch(`${url}/api/ready`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server was not ready at ${url}/api/ready within ${timeoutMs} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  if (child.exitCode !== null)
    throw new Error(`the server exited (code ${child.exitCode}) before it was ready:\n${log}`);
  return { url, child, exited, output: () => log, stop };
}
