import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { connect } from '../../server/store/postgres/sql.ts';

/**
 * Gives this run a schema prefix of its own (each test server makes one schema under it) and
 * drops every schema of the run when it ends, also the ones a failing test left behind.
 */
export default function setup(project: TestProject) {
  const prefix = `kefu_t${randomBytes(4).toString('hex')}_`;
  project.provide('testSchemaPrefix', prefix);
  const url = project.config.provide.testDatabaseUrl;
  if (!url) throw new Error('the postgres project names no database');
  return async () => {
    const db = connect(url, 1);
    try {
      const schemas = await db.all<{ name: string }>(
        'SELECT nspname AS name FROM pg_namespace WHERE starts_with(nspname, $1)',
        [prefix],
      );
      for (const { name } of schemas) await db.run(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
    } finally {
      await db.close();
    }
  };
}
