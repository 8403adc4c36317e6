import { defineConfig } from 'vitest/config';

// Two projects: `unit` never touches a database; `integration` runs against a real,
// throw-away Neo4j started once by the global setup (tests/integration/global-setup.ts).
// CI asks for a JSON report as well, to print one plain "N passed, N failed" line.
const jsonReport = process.env.PLANGRAPH_VITEST_JSON;

export default defineConfig({
  test: {
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One Neo4j, shared: test files run one after another so that they can each own the database.
          fileParallelism: false,
        },
      },
    ],
  },
});
