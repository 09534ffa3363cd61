import { defineConfig } from 'vitest/config';

/**
 * Unit tests run in parallel and need nothing. Integration and browser tests share one real Neo4j,
 * started by tests/setup/neo4j.ts (random port, temporary folder) unless NEO4J_URI points at one;
 * their files run one at a time because each starts from an empty graph.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/setup/summaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts', 'tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
