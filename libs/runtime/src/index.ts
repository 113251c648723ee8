export * from './bootstrap-service';
export * from './micro-batcher';
export * from './http-body-parsers';
