/** Anything that runs raw SQL the TypeORM way: a Repository, an EntityManager, a DataSource. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Runs one statement and returns its rows, whatever the command: TypeORM's postgres driver returns the
 * rows of a SELECT but `[rows, rowCount]` for UPDATE/DELETE ... RETURNING.
 */
export async function sqlRows<T>(runner: SqlRunner, sql: string, parameters: unknown[] = []): Promise<T[]> {
  const result = await runner.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
