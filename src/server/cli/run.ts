// Parses one admin command line and runs it: the testable half of the CLI (admin.ts is the process).
import { parseArgs } from 'node:util';
import type { CliContext } from './commands.ts';
import { UsageError, inviteExisting, inviteNew, listMembers, revoke } from './commands.ts';
import type { BackupContext, OpsContext } from './ops-commands.ts';
import { backup, exportToFile, importFromFile } from './ops-commands.ts';
import { feedTokenNew, listFeedTokens, revokeFeedToken } from './feed-commands.ts';

export const USAGE = `usage: npm run admin -- <command>
  help | --help | -h                                                         this text
  invite --name "Ana" --role admin|planner|editor|creator [--contact "+33…"]   new member + sign-in link
         [--job photographer|video-maker|community-manager]
  invite --member <id>                                                       another device for a member
  members                                                                    members, devices, last seen
  revoke --device <id> | --member <id>                                       sign a device (or all) out
  backup --out <file>                                                        copy of the live database
  export --out <plan.json>                                                   the whole plan as JSON
  import --in <plan.json> [--replace]                                        load a plan (all or nothing)
  feed-token --name "Results system"                                         token to push ODF schedules
  feed-tokens                                                                feed tokens, last used, revoked
  revoke-feed --id <id>                                                      stop a feed token`;

/** The commands `runAdmin` and `runWithoutStore` know. */
export const COMMANDS = [
  'invite',
  'members',
  'revoke',
  'backup',
  'export',
  'import',
  'feed-token',
  'feed-tokens',
  'revoke-feed',
] as const;

/** Throws the UsageError of a line with no command or an unknown one (before any database is opened). */
export function checkCommand(argv: readonly string[]): void {
  const [command] = argv;
  if (!command) throw new UsageError('no command given');
  if (!(COMMANDS as readonly string[]).includes(command))
    throw new UsageError(`unknown command "${command}"`);
}

/** True when the line asks for the usage text: `help`, `--help` or `-h`, alone or after a command. */
export function helpRequested(argv: readonly string[]): boolean {
  return argv[0] === 'help' || argv.includes('--help') || argv.includes('-h');
}

/**
 * Runs the commands that need no store (`backup` copies the file or calls pg_dump: opening the store
 * would first read the whole database for its start checks); returns false for the others.
 */
export async function runWithoutStore(argv: string[], ctx: BackupContext): Promise<boolean> {
  const [command, ...rest] = argv;
  if (command !== 'backup') return false;
  await backup(ctx, parseOptions(rest).out);
  return true;
}

/** Runs one command line against `ctx`; exported for tests. */
export async function runAdmin(argv: string[], ctx: CliContext | OpsContext): Promise<void> {
  const [command, ...rest] = argv;
  const values = parseOptions(rest);
  switch (command) {
    case 'invite':
      if (values.member) return inviteExisting(ctx, values.member);
      if (!values.name?.trim() || !values.role)
        throw new UsageError('invite: give --name and --role, or --member <id>');
      return inviteNew(ctx, {
        name: values.name.trim(),
        role: values.role,
        contact: values.contact,
        job: values.job,
      });
    case 'members':
      return listMembers(ctx);
    case 'revoke':
      return revoke(ctx, { device: values.device, member: values.member });
    case 'backup':
      return backup(ctx, values.out);
    case 'export':
      return exportToFile(ctx, values.out);
    case 'import':
      return importFromFile(ctx, values.in, Boolean(values.replace));
    case 'feed-token':
      return feedTokenNew(ctx, values.name);
    case 'feed-tokens':
      return listFeedTokens(ctx);
    case 'revoke-feed':
      return revokeFeedToken(ctx, values.id);
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

/** The command's options; a mistake in them is a UsageError. */
function parseOptions(rest: string[]): Record<string, string | undefined> {
  try {
    return parseArgs({
      args: rest,
      strict: true,
      options: {
        name: { type: 'string' },
        role: { type: 'string' },
        contact: { type: 'string' },
        job: { type: 'string' },
        member: { type: 'string' },
        device: { type: 'string' },
        out: { type: 'string' },
        in: { type: 'string' },
        replace: { type: 'boolean' },
        id: { type: 'string' },
      },
    }).values as Record<string, string | undefined>;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
