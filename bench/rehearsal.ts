// `npm run bench:rehearsal [-- --short --seed N --pg --no-peer]`: a Games day played against the real server.
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { USAGE, parseRehearsalArgs } from './rehearsal/options.ts';
import type { RehearsalOptions } from './rehearsal/options.ts';
import { formatReport } from './rehearsal/report.ts';
import { runRehearsal } from './rehearsal/run.ts';
import { runPeerComparison } from './peer/compare.ts';

async function main(): Promise<number> {
  let options: RehearsalOptions;
  try {
    options = parseRehearsalArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const result = await runRehearsal(options);
  console.log(`\n${formatReport(result)}\n`);
  const peer = options.peer ? await runPeerComparison({ short: options.short, log: options.log }) : null;
  const results = {
    at: new Date().toISOString(),
    machine: { node: process.version, cpus: availableParallelism(), platform: process.platform },
    short: options.short,
    rehearsal: result,
    peer,
  };
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  const file = options.short ? 'rehearsal-short.json' : 'rehearsal.json';
  await writeFile(new URL(`./results/${file}`, import.meta.url), JSON.stringify(results, null, 2) + '\n');
  console.log(`written to bench/results/${file}`);
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
