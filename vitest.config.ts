import { defineConfig } from 'vitest/config';
import { SQLITE_ONLY, postgresProject } from './test/setup/postgres-project.ts';

const shared = {
  environment: 'node',
  testTimeout: 20_000,
  hookTimeout: 60_000,
} as const;

/**
 * Integration and end-to-end tests share each worker's loaded modules: every test starts its
 * own server, whose state lives in the instance, and nothing in them mocks a module. Loading
 * the server's modules afresh for every file took 418 s summed over the files (63 s shared),
 * and the whole suite 763 s instead of 559 s on the development machine.
 */
const serverTests = { isolate: false } as const;

// Every test on SQLite; the integration suite again on PostgreSQL when it is there (always in
// CI). test/setup/postgres-project.ts says when and why it is left out.
const postgres = await postgresProject();

export default defineConfig({
  test: {
    // Two test files at a time, also on 2 cores (Vitest's default there is one): much of a
    // test's time is spent waiting on sockets, server processes and Chromium. 9.3 minutes
    // instead of 13.6 for both projects on the development machine.
    maxWorkers: 2,
    projects: [
      {
        // Unit tests keep a fresh module graph per file: some mock modules (vi.mock) or test
        // the widget's and console's page-wide state.
        test: {
          ...shared,
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          provide: { testDatabaseUrl: '', testSchemaPrefix: '' },
        },
      },
      {
        test: {
          ...shared,
          ...serverTests,
          name: 'sqlite',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          // Cluster mode needs PostgreSQL (one database for every node): the postgres project only.
          exclude: ['test/integration/cluster-*.test.ts'],
          provide: { testDatabaseUrl: '', testSchemaPrefix: '' },
        },
      },
      ...(postgres
        ? [
            {
              test: {
                ...shared,
                ...serverTests,
                name: 'postgres',
                include: ['test/integration/**/*.test.ts'],
                exclude: SQLITE_ONLY,
                globalSetup: ['test/setup/postgres.ts'],
                provide: { testDatabaseUrl: postgres, testSchemaPrefix: '' },
              },
            },
          ]
        : []),
    ],
  },
});
