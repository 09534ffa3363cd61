import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests run in parallel and need nothing. Integration and browser tests share one real Neo4j,
 * started by tests/setup/neo4j.ts (random port, temporary folder) unless NEO4J_URI points at one;
 * their files run one at a time because each starts from an empty graph.
 */
export default defineConfig({
  // Vite would resolve the project's `graphql` to its ESM build (the `module` field) while Apollo
  // and the limit plugins, loaded by Node, get the CommonJS one that Node resolves; graphql-js
  // refuses a schema from the other copy. Both now load the file Node picks, as under `tsx`.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    reporters: ['default', './tests/setup/summaryReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.int.test.ts', 'tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // Neo4j stopped, killed and started again, on databases of their own; after the rest
          name: 'faults',
          include: ['tests/faults/**/*.fault.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
