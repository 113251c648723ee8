export * from './database.module';
export * from './migrate';
export * from './sql-rows';
