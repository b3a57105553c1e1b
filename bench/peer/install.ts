// The peer's packages (PouchDB, its HTTP server) live in the gitignored bench/.peer, installed on first run
// with npm's own client from bench/peer/package.json, never in the app's package.json or lockfile.
import { execFile } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const PEER_DIR = fileURLToPath(new URL('../.peer/', import.meta.url));
const MANIFEST = fileURLToPath(new URL('./package.json', import.meta.url));
const run = promisify(execFile);

/** A `require` that resolves in bench/.peer, after installing it if needed; throws a readable error. */
export async function peerRequire(log: (line: string) => void): Promise<NodeJS.Require> {
  const installed = ['pouchdb-node', 'pouchdb-adapter-memory', 'express-pouchdb', 'express'].every((name) =>
    existsSync(`${PEER_DIR}node_modules/${name}/package.json`),
  );
  if (!installed) {
    log(`installing the peer (PouchDB, express-pouchdb) into ${PEER_DIR} from the npm registry…`);
    await mkdir(PEER_DIR, { recursive: true });
    await copyFile(MANIFEST, `${PEER_DIR}package.json`);
    try {
      await run('npm', ['install', '--prefix', PEER_DIR, '--no-audit', '--no-fund', '--no-save'], {
        timeout: 300_000,
      });
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      throw new Error(
        `npm install of the peer failed: ${(e.stderr ?? e.message).trim().split('\n').slice(-3).join(' ')}`,
        { cause: error },
      );
    }
  }
  return createRequire(`${PEER_DIR}package.json`);
}
