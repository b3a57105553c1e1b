// `npm run admin -- --help` (and help, -h) prints the usage and exits 0; an unknown command prints it and fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATA = mkdtempSync(join(tmpdir(), 'pdj-cli-help-'));
afterAll(() => rmSync(DATA, { recursive: true, force: true }));

/** The admin CLI as `npm run admin -- …` runs it, on an empty data directory. */
function admin(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/admin.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: DATA, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const COMMANDS = [
  'invite',
  'members',
  'revoke',
  'backup',
  'export',
  'import',
  'feed-token',
  'feed-tokens',
  'revoke-feed',
  '--help',
  '-h',
];

describe('admin CLI help', () => {
  it.each([['--help'], ['help'], ['invite', '-h']])(
    '%s prints every command and exits 0',
    { timeout: 60_000 },
    (...args) => {
      const { code, out, err } = admin(...args);
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out).toMatch(/^usage: npm run admin -- <command>/);
      for (const command of COMMANDS) expect(out).toContain(command);
    },
  );

  it('an unknown command names it, prints the usage and exits non-zero', { timeout: 60_000 }, () => {
    const { code, out, err } = admin('frobnicate');
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err).toContain('unknown command "frobnicate"');
    expect(err).toContain('usage: npm run admin -- <command>');
    // Refused before any database is opened.
    expect(readdirSync(DATA)).toEqual([]);
  });
});
