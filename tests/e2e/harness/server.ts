// The real server as a child process: free port, temp DATA_DIR, demo data; stopped cleanly even on failure.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerProcess } from '../../fakes/server-process.ts';
import { spawnServer } from '../../fakes/server-process.ts';

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

export async function startServer(
  options: { demo?: boolean; timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'plan-de-jeu-e2e-'));
  const removeData = () => rm(dataDir, { recursive: true, force: true });
  let server: ServerProcess;
  try {
    // The suites act in English (en-GB) and read the demo's texts from paris2024Demo(): English demo.
    server = await spawnServer(
      {
        DATA_DIR: dataDir,
        DEMO: options.demo === false ? '0' : 'en',
        NODE_ENV: 'production',
        ...options.env,
      },
      options.timeoutMs ?? 60_000,
    );
  } catch (error) {
    await removeData();
    throw error;
  }
  const stop = async (): Promise<void> => {
    await server.stop();
    await removeData();
  };
  try {
    const adminLink = await waitFor(() => SIGNIN_LINK.exec(server.output())?.[1], 10_000);
    if (!adminLink) throw new Error(`the server printed no admin sign-in link:\n${server.output()}`);
    return { url: server.url, dataDir, adminLink, output: server.output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The probe's first defined value, or undefined when it has none within `timeoutMs`. */
async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  // Polled here rather than with vi.waitFor: the benches (outside vitest) start servers too.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}
