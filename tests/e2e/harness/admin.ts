// The admin CLI, run as an admin would (`npm run admin -- …`) against the test server's DATA_DIR.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ADMIN_ENTRY, ROOT } from './paths.ts';
import type { RunningServer } from './server.ts';

const run = promisify(execFile);

export async function admin(server: RunningServer, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', ADMIN_ENTRY, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: server.dataDir, PUBLIC_URL: server.url },
      timeout: 30_000,
    });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`admin ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`, {
      cause: error,
    });
  }
}

/** Invites a member (existing, by id) and returns the one-time sign-in link the CLI prints. */
export async function inviteLink(server: RunningServer, args: string[]): Promise<string> {
  const out = await admin(server, ['invite', ...args]);
  const link = /(https?:\/\/\S+\/signin#invite=[\w-]+)/.exec(out)?.[1];
  if (!link) throw new Error(`admin invite ${args.join(' ')} printed no sign-in link:\n${out}`);
  return link;
}
