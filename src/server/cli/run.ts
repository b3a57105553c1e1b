// Parses one admin command line and runs it: the testable half of the CLI (admin.ts is the process).
import { parseArgs } from 'node:util';
import type { CliContext } from './commands.ts';
import { UsageError, inviteExisting, inviteNew, listMembers, revoke } from './commands.ts';
import type { BackupContext, OpsContext } from './ops-commands.ts';
import { backup, exportToFile, importFromFile } from './ops-commands.ts';
import { feedTokenNew, listFeedTokens, revokeFeedToken } from './feed-commands.ts';

type Options = Record<string, string | undefined>;

/** One command: its usage lines (synopsis, what it does) and its handler, with or without the store. */
type Command =
  | {
      usage: readonly (readonly [string, string])[];
      store: true;
      run(o: Options, ctx: CliContext): Promise<void>;
    }
  | {
      usage: readonly (readonly [string, string])[];
      /** Runs on the database file itself: opening the store would first read it all for its start checks. */
      store: false;
      run(o: Options, ctx: BackupContext): Promise<void>;
    };

/** Every command, once: the table drives the usage text, the check of the line and the dispatch. */
const TABLE = {
  invite: {
    usage: [
      [
        'invite --name "Ana" --role admin|planner|editor|creator [--contact "+33…"]',
        'new member + sign-in link',
      ],
      ['       [--job photographer|video-maker|community-manager]', ''],
      ['invite --member <id>', 'another device for a member'],
    ],
    store: true,
    run(o, ctx) {
      if (o.member) return inviteExisting(ctx, o.member);
      if (!o.name?.trim() || !o.role)
        throw new UsageError('invite: give --name and --role, or --member <id>');
      return inviteNew(ctx, { name: o.name.trim(), role: o.role, contact: o.contact, job: o.job });
    },
  },
  members: {
    usage: [['members', 'members, devices, last seen']],
    store: true,
    run: (_o, ctx) => listMembers(ctx),
  },
  revoke: {
    usage: [['revoke --device <id> | --member <id>', 'sign a device (or all) out']],
    store: true,
    run: (o, ctx) => revoke(ctx, { device: o.device, member: o.member }),
  },
  backup: {
    usage: [['backup --out <file>', 'copy of the live database']],
    store: false,
    run: (o, ctx) => backup(ctx, o.out),
  },
  export: {
    usage: [['export --out <plan.json>', 'the whole plan as JSON']],
    store: true,
    run: (o, ctx) => exportToFile(ctx, o.out),
  },
  import: {
    usage: [['import --in <plan.json> [--replace]', 'load a plan (all or nothing)']],
    store: true,
    run: (o, ctx) => importFromFile(ctx, o.in, Boolean(o.replace)),
  },
  'feed-token': {
    usage: [['feed-token --name "Results system"', 'token to push ODF schedules']],
    store: true,
    run: (o, ctx) => feedTokenNew(ctx, o.name),
  },
  'feed-tokens': {
    usage: [['feed-tokens', 'feed tokens, last used, revoked']],
    store: true,
    run: (_o, ctx) => listFeedTokens(ctx),
  },
  'revoke-feed': {
    usage: [['revoke-feed --id <id>', 'stop a feed token']],
    store: true,
    run: (o, ctx) => revokeFeedToken(ctx, o.id),
  },
} satisfies Record<string, Command>;

export type CommandName = keyof typeof TABLE;

/** The commands `runAdmin` and `runWithoutStore` know, in the usage's order. */
export const COMMANDS = Object.keys(TABLE) as CommandName[];

const HELP_LINE = ['help | --help | -h', 'this text'] as const;
const USAGE_LINES = [HELP_LINE, ...Object.values(TABLE).flatMap((c: Command) => c.usage)];
/** The descriptions start in one column, three spaces after the longest synopsis. */
const COLUMN = Math.max(...USAGE_LINES.map(([synopsis]) => synopsis.length)) + 3;

/** The usage text, built from the table: a command cannot be listed without a handler, nor the reverse. */
export const USAGE = [
  'usage: npm run admin -- <command>',
  ...USAGE_LINES.map(([synopsis, what]) => `  ${synopsis.padEnd(COLUMN)}${what}`.trimEnd()),
].join('\n');

function commandOf(name: string | undefined): Command | undefined {
  return name !== undefined && Object.hasOwn(TABLE, name)
    ? (TABLE as Record<string, Command>)[name]
    : undefined;
}

/** Throws the UsageError of a line with no command or an unknown one (before any database is opened). */
export function checkCommand(argv: readonly string[]): void {
  const [command] = argv;
  if (!command) throw new UsageError('no command given');
  if (!commandOf(command)) throw new UsageError(`unknown command "${command}"`);
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
  const [name, ...rest] = argv;
  const command = commandOf(name);
  if (command?.store !== false) return false;
  await command.run(parseOptions(rest), ctx);
  return true;
}

/** Runs one command line against `ctx` (a store-less command runs too); exported for tests. */
export async function runAdmin(argv: string[], ctx: CliContext | OpsContext): Promise<void> {
  checkCommand(argv);
  const [name, ...rest] = argv;
  const command = commandOf(name)!;
  const options = parseOptions(rest);
  return command.store ? command.run(options, ctx) : command.run(options, ctx);
}

/** The command's options; a mistake in them is a UsageError. */
function parseOptions(rest: string[]): Options {
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
    }).values as Options;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
