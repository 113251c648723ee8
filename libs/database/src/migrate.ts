import { DataSource, type DataSourceOptions, type MixedList } from 'typeorm';

export interface ServiceDatabaseOptions {
  url: string;
  /** The service's own PostgreSQL schema: no service reads another's tables. */
  schema: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  poolSize?: number;
}

export function dataSourceOptions(options: ServiceDatabaseOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    // Query errors reach the caller as exceptions and are logged there as JSON; TypeORM's own logger
    // would print them (parameters included, phone numbers unmasked) to stdout as plain text.
    logging: false,
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000 },
  };
}

/**
 * Creates the service's schema and applies its pending migrations under a PostgreSQL advisory lock,
 * so replicas starting together do not race each other.
 */
export async function migrateSchema(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`parley-migrations:${schema}`]);
    try {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`parley-migrations:${schema}`]);
    }
  } finally {
    await runner.release();
  }
}

/** Opens a data source and brings its schema up to date (used by the services and by tests). */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(options));
  await dataSource.initialize();
  try {
    await migrateSchema(dataSource, options.schema);
  } catch (e) {
    await dataSource.destroy();
    throw e;
  }
  return dataSource;
}
