// One rehearsal from start to finish: server child, team, the day, the checks and the figures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '../lib/stats.ts';
import { summarize } from '../lib/stats.ts';
import type { Check, Tally } from './checks.ts';
import { checkReplicas, checkStatuses, checkTaps } from './checks.ts';
import { playDay } from './day.ts';
import type { RehearsalOptions } from './options.ts';
import { createRng } from './prng.ts';
import type { ProcessTotals } from './proc-stats.ts';
import { startServerProcess } from './server-process.ts';
import { assignCreators, signInTeam } from './team.ts';
import { openTruth } from './truth.ts';

export interface RehearsalResult {
  seed: number;
  database: 'sqlite' | 'postgres';
  team: { creators: number; editors: number; planners: number; admins: number };
  checks: Check[];
  ok: boolean;
  tally: Tally;
  reopens: number;
  /** Tap → acknowledged by a push answer; all taps, and those made while the phone was online. */
  ackMs: Summary;
  ackOnlineMs: Summary;
  /** Tap → visible in the desk's view (notes). */
  visibleMs: Summary;
  notesOverwritten: number;
  offlineEpisodes: number;
  requestsFailed: number;
  convergeMs: number | null;
  dayMs: number;
  restarts: number;
  /** Each SIGKILL until the server answered again, ms. */
  outagesMs: number[];
  server: ProcessTotals;
}

export async function runRehearsal(options: RehearsalOptions): Promise<RehearsalResult> {
  const rng = createRng(options.seed);
  const dataDir = await mkdtemp(join(tmpdir(), 'plan-de-jeu-rehearsal-'));
  const db = { dataDir, databaseUrl: options.databaseUrl };
  options.log(
    `seed ${options.seed} (replay with --seed ${options.seed}); database: ${db.databaseUrl ? 'PostgreSQL' : `SQLite in ${dataDir}`}`,
  );
  const server = await startServerProcess(db);
  try {
    const team = await signInTeam(server.url, server.adminLink, db, options);
    options.log(
      `signed in through real invites: 1 admin, 1 planner, ${team.editors.length} editors, ${team.creators.length} creators`,
    );
    await assignCreators(team, rng.fork(0));
    const truth = await openTruth(db);
    try {
      const day = await playDay(team, server, options, rng, () => truth.version());
      const taps = await checkTaps(team.all, truth);
      const replicas = await checkReplicas(team.all, team.admin, truth);
      const statuses = await checkStatuses(truth);
      const checks: Check[] = [
        taps.check,
        replicas,
        statuses.check,
        {
          name: 'every device converged after the last reconnect',
          ok: day.convergeMs !== null,
          detail: day.convergeMs === null ? 'no quiescence within 180 s' : `${Math.round(day.convergeMs)} ms`,
        },
        {
          name: 'the server survived its SIGKILLs',
          ok: server.restarts === options.crashesAt.length,
          detail: `${server.restarts} of ${options.crashesAt.length} restarts`,
        },
      ];
      const allTaps = team.all.flatMap((d) => [...d.taps.values()]);
      const acked = (online?: boolean) =>
        allTaps
          .filter((t) => t.ackedAt !== undefined && (online === undefined || t.online === online))
          .map((t) => t.ackedAt! - t.at);
      return {
        seed: options.seed,
        database: db.databaseUrl ? 'postgres' : 'sqlite',
        team: { creators: team.creators.length, editors: team.editors.length, planners: 1, admins: 1 },
        checks,
        ok: checks.every((c) => c.ok),
        tally: taps.tally,
        reopens: statuses.reopens,
        ackMs: summarize(acked()),
        ackOnlineMs: summarize(acked(true)),
        visibleMs: summarize(day.visibleMs),
        notesOverwritten: day.notesOverwritten,
        offlineEpisodes: day.offlineEpisodes,
        requestsFailed: team.all.reduce((n, d) => n + d.network.failures, 0),
        convergeMs: day.convergeMs,
        dayMs: day.dayMs,
        restarts: server.restarts,
        outagesMs: [...server.outagesMs],
        server: server.stats(),
      };
    } finally {
      await Promise.all(team.all.map((d) => d.store.close()));
      await truth.close();
    }
  } catch (error) {
    options.log(`server output:\n${server.output().slice(-4000)}`);
    throw error;
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
