// Test projects: `unit` (unit, contract, integration and property suites; fast) and `e2e` (real Chromium).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          globals: true,
          include: ['tests/{unit,contract,integration,property}/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          globals: true,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser and one server at a time: CI machines have 2 cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
