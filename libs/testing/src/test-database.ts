import { Client } from 'pg';

export const TEST_DATABASE = 'parley_test';

/** The PostgreSQL server tests use (DATABASE_URL's server; the database is always parley_test). */
export function testDatabaseUrl(base = process.env.PARLEY_TEST_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'): string {
  const url = new URL(base);
  url.pathname = `/${TEST_DATABASE}`;
  return url.toString();
}

/** Creates the test database when missing; fails with a clear message when no server answers. */
export async function ensureTestDatabase(base = process.env.PARLEY_TEST_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'): Promise<string> {
  const admin = new Client({ connectionString: base, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (e) {
    throw new Error(`PostgreSQL is not reachable at ${new URL(base).host}: ${(e as Error).message}. Start it (see README) or set PARLEY_TEST_SERVER_URL.`);
  }
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEST_DATABASE]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${TEST_DATABASE}`);
  } finally {
    await admin.end();
  }
  return testDatabaseUrl(base);
}
