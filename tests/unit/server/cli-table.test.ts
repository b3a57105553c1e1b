// The admin CLI's one command table: every command in the usage has a handler and every handler is in
// the usage; the line is checked against the same table before any database is opened.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/server/cli/commands.ts';
import { COMMANDS, USAGE, checkCommand, runAdmin, runWithoutStore } from '../../../src/server/cli/run.ts';
import type { CliContext } from '../../../src/server/cli/commands.ts';

/** The command word of each usage line (continuation lines start with spaces and name none). */
function listedCommands(): string[] {
  return USAGE.split('\n')
    .slice(1)
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/\s/)[0]!)
    .filter((word) => word !== 'help');
}

/** A context whose store refuses to be touched: dispatch is all these tests look at. */
const untouchable = new Proxy({} as CliContext, {
  get(_target, key) {
    if (key === 'out') return () => undefined;
    throw new Error(`handler reached (${String(key)})`);
  },
});

describe('admin CLI command table', () => {
  it('lists each command once, and only commands it can run', () => {
    const listed = listedCommands();
    expect(new Set(listed)).toEqual(new Set(COMMANDS));
    for (const command of COMMANDS) expect(() => checkCommand([command])).not.toThrow();
  });

  it.each(COMMANDS.map((c) => [c]))('dispatches %s to its handler', async (command) => {
    // Reaching the handler means touching the context or refusing a missing option: never "unknown".
    const ran = runAdmin([command], untouchable).then(
      () => 'ran',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(await ran).not.toMatch(/unknown command|no command/);
  });

  it('refuses an unknown or missing command, and runs backup without a store', async () => {
    await expect(runAdmin(['frobnicate'], untouchable)).rejects.toThrow(UsageError);
    await expect(runAdmin([], untouchable)).rejects.toThrow('no command given');
    expect(() => checkCommand(['toString'])).toThrow('unknown command "toString"');
    await expect(runWithoutStore(['backup'], { out: () => undefined })).rejects.toThrow('backup: give --out');
    expect(await runWithoutStore(['members'], { out: () => undefined })).toBe(false);
  });
});
