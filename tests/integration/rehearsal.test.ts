// The short Games-day rehearsal (bench/rehearsal): real server child process killed twice, 30 flaky
// creators, planner and desk; every end-of-day check must pass. Figures are printed, never asserted.
import { rehearsalOptions } from '../../bench/rehearsal/options.ts';
import { formatReport } from '../../bench/rehearsal/report.ts';
import { runRehearsal } from '../../bench/rehearsal/run.ts';

describe('a short Games day rehearsed against the real server', () => {
  it('keeps every tap exactly once, converges and accounts for every rejection', async () => {
    const lines: string[] = [];
    const result = await runRehearsal(
      rehearsalOptions({ short: true, peer: false, seed: 20240726, log: (line) => lines.push(line) }),
    );
    const report = formatReport(result);
    console.log(report);

    for (const check of result.checks)
      expect({ check: check.name, ok: check.ok, detail: check.detail }).toMatchObject({ ok: true });
    expect(result.restarts).toBe(2);
    expect(result.team.creators).toBe(30);
    // The day really happened: creators tapped, phones dropped, the desk moved images.
    expect(result.tally.byName['signature.note']?.applied ?? 0).toBeGreaterThan(10);
    expect(result.tally.byName['signature.advance']?.applied ?? 0).toBeGreaterThan(10);
    expect(result.tally.byName['assignment.delete']?.applied ?? 0).toBeGreaterThan(0);
    expect(result.offlineEpisodes).toBeGreaterThan(30);
    expect(result.requestsFailed).toBeGreaterThan(0);
    expect(result.tally.applied + result.tally.rejected).toBe(result.tally.taps);
  }, 400_000);
});
