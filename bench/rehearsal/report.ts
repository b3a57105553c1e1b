// The rehearsal's printed report: the checks (pass/fail) and the figures of the day.
import { round, table } from '../lib/stats.ts';
import type { Summary } from '../lib/stats.ts';
import type { RehearsalResult } from './run.ts';

const ms = (s: Summary) =>
  `p50 ${round(s.p50)} ms · p95 ${round(s.p95)} ms · max ${round(s.max)} ms (${s.count})`;

export function formatReport(r: RehearsalResult): string {
  const checks = table(
    ['check', 'result', 'detail'],
    r.checks.map((c) => [c.name, c.ok ? 'PASS' : 'FAIL', c.detail]),
  );
  const byName = Object.entries(r.tally.byName)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, n]) => `${name} ${n.applied}/${n.rejected}`)
    .join(', ');
  const reasons = Object.entries(r.tally.reasons)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 4)
    .map(([reason, n]) => `${n}× "${reason}"`)
    .join('; ');
  const cpuPct = r.server.wallSeconds > 0 ? (100 * r.server.cpuSeconds) / r.server.wallSeconds : Number.NaN;
  const figures = table(
    ['figure', 'value'],
    [
      ['seed · database', `${r.seed} · ${r.database}`],
      ['team', `${r.team.creators} creators, ${r.team.editors} editors, 1 planner, 1 admin`],
      [
        'day played',
        `${round(r.dayMs / 1000)} s, ${r.offlineEpisodes} offline episodes, ${r.requestsFailed} requests failed`,
      ],
      [
        'mutations in total',
        `${r.tally.taps}: ${r.tally.applied} applied, ${r.tally.rejected} rejected, ${r.reopens} reopens`,
      ],
      ['by name (applied/rejected)', byName],
      ['top rejection reasons', reasons || '(none)'],
      ['tap → acknowledged (all)', ms(r.ackMs)],
      ['tap → acknowledged (online)', ms(r.ackOnlineMs)],
      ['tap → visible at the desk', `${ms(r.visibleMs)}; ${r.notesOverwritten} notes overwritten first`],
      ['converge after last reconnect', r.convergeMs === null ? 'never' : `${round(r.convergeMs)} ms`],
      [
        'server restarts survived',
        `${r.restarts} (down ${r.outagesMs.map((m) => `${round(m / 1000)} s`).join(', ') || '-'}: SIGKILL → healthy)`,
      ],
      [
        'server CPU · memory',
        r.server.available
          ? `${round(r.server.cpuSeconds)} CPU s over ${round(r.server.wallSeconds)} s (${round(cpuPct)} % of a core) · peak RSS ${round(r.server.peakRssMiB)} MiB`
          : 'unavailable (no /proc)',
      ],
    ],
  );
  return `${checks}\n\n${figures}\n\n${r.ok ? 'ALL CHECKS PASSED' : 'SOME CHECKS FAILED'}`;
}
