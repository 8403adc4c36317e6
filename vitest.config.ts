import { defineConfig } from 'vitest/config';

// Two projects: `unit` never touches a database; `integration` runs against a real,
// throw-away Neo4j started once by the global setup (tests/integration/global-setup.ts).
export default defineConfig({
  test: {
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
          include: ['tests/integration/**/*.test.ts'],
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
