export * from './masking';
export * from './logger';
export * from './nest-logger';
export * from './health/health.module';
