// The side-by-side: the same offline changes through PouchDB → express-pouchdb and through our sync, printed as ratios.
import { round, table } from '../lib/stats.ts';
import { startBenchServer } from '../lib/server.ts';
import type { SideResult } from './edits.ts';
import { peerRequire } from './install.ts';
import { runOurs } from './ours.ts';
import { runPouch } from './pouch.ts';

export interface PeerComparison {
  ours: SideResult;
  pouch: SideResult | null;
  /** Why the PouchDB side could not run (install or start failed); null when it ran. */
  pouchError: string | null;
  /** PouchDB ÷ ours: above 1 means ours is faster / smaller. */
  ratios: { convergeTime: number; bytes: number } | null;
  /** Every counted run (warm-ups excluded), for the spread behind the medians. */
  runs: { ours: SideResult[]; pouch: SideResult[] };
}

export async function runPeerComparison(opts: {
  short: boolean;
  log: (line: string) => void;
}): Promise<PeerComparison> {
  const devices = opts.short ? 5 : 10;
  const edits = opts.short ? 20 : 100;
  opts.log(`peer comparison: ${devices} devices × ${edits} edits made offline, then all reconnect…`);
  // Fair on a busy machine: both stacks warmed up once (not counted: JIT, module loading, LevelDB),
  // then 5 counted runs each, alternating which stack goes first; each figure is the median.
  const repeats = opts.short ? 1 : 5;
  const warmUp = !opts.short;
  const oursRuns: SideResult[] = [];
  const pouchRuns: SideResult[] = [];
  let pouchError: string | null = null;
  let images: Awaited<ReturnType<typeof demoImages>> | null = null;
  let require: NodeJS.Require | null = null;
  const pouchRun = async (): Promise<SideResult | null> => {
    if (pouchError) return null;
    try {
      require ??= await peerRequire(opts.log);
      images ??= await demoImages();
      return await runPouch(require, images, devices, edits);
    } catch (error) {
      pouchError = error instanceof Error ? error.message : String(error);
      opts.log(`THE PEER COULD NOT RUN: ${pouchError}. Our side is printed alone.`);
      return null;
    }
  };
  if (warmUp) {
    opts.log('warm-up: one run of each stack, not counted…');
    await runOurs(devices, edits);
    await pouchRun();
  }
  for (let i = 0; i < repeats; i++) {
    const pouchFirst = i % 2 === 1;
    if (pouchFirst) {
      const p = await pouchRun();
      if (p) pouchRuns.push(p);
    }
    oursRuns.push(await runOurs(devices, edits));
    if (!pouchFirst) {
      const p = await pouchRun();
      if (p) pouchRuns.push(p);
    }
  }
  const ours = median(oursRuns)!;
  const pouch = pouchError ? null : median(pouchRuns);
  const bytes = (s: SideResult) => s.bytesUp + s.bytesDown;
  const ratios = pouch
    ? { convergeTime: pouch.convergeMs / ours.convergeMs, bytes: bytes(pouch) / bytes(ours) }
    : null;
  const row = (name: string, s: SideResult | null) =>
    s
      ? [
          name,
          `${round(s.convergeMs)} ms`,
          `${round(bytes(s) / 1024)} KiB`,
          `${round(s.bytesUp / 1024)} / ${round(s.bytesDown / 1024)} KiB`,
          s.rounds,
        ]
      : [name, 'not run', '', '', ''];
  opts.log(
    '\n' +
      table(
        ['stack', 'converge', 'bytes on the wire', 'up / down', 'rounds'],
        [
          row('ours (push/pull/poke)', ours),
          row('PouchDB → express-pouchdb', pouch),
          ratios
            ? ['PouchDB ÷ ours', `${round(ratios.convergeTime)}×`, `${round(ratios.bytes)}×`, '', '']
            : ['PouchDB ÷ ours', 'n/a', 'n/a', '', ''],
        ],
      ),
  );
  return { ours, pouch, pouchError, ratios, runs: { ours: oursRuns, pouch: pouchRuns } };
}

/** The demo's signature images, as our server holds them: the documents both stacks start from. */
async function demoImages() {
  const server = await startBenchServer();
  try {
    return await server.store.listEntities('signature');
  } finally {
    await server.close();
  }
}

/** Each figure's median over the runs (PouchDB's bytes vary from run to run: its pushes race). */
function median(runs: SideResult[]): SideResult | null {
  const first = runs[0];
  if (!first) return null;
  const mid = (pick: (s: SideResult) => number) =>
    runs.map(pick).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  return {
    ...first,
    convergeMs: mid((s) => s.convergeMs),
    bytesUp: mid((s) => s.bytesUp),
    bytesDown: mid((s) => s.bytesDown),
    rounds: mid((s) => s.rounds),
  };
}
