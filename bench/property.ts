// Runs the sync property test with 10,000 random scenarios (PROPERTY_RUNS) and prints how long it took.
import { spawnSync } from 'node:child_process';

const runs = Number(process.env.PROPERTY_RUNS ?? 10_000);
const started = performance.now();
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'unit', 'tests/property/sync.property.test.ts'],
  { stdio: 'inherit', env: { ...process.env, PROPERTY_RUNS: String(runs) } },
);
const seconds = (performance.now() - started) / 1000;
const outcome = result.status === 0 ? 'passed' : `FAILED (exit ${result.status ?? result.signal})`;
console.log(
  `\nsync property: ${runs} runs ${outcome} in ${seconds.toFixed(1)} s (${((seconds * 1000) / runs).toFixed(2)} ms/run)`,
);
process.exitCode = result.status ?? 1;
