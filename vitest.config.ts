import { defineConfig } from 'vitest/config';
import { SQLITE_ONLY, postgresProject } from './test/setup/postgres-project.ts';

const shared = {
  environment: 'node',
  testTimeout: 20_000,
  hookTimeout: 60_000,
} as const;

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
        test: {
          ...shared,
          name: 'sqlite',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
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
