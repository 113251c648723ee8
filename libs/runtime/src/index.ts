export * from './bootstrap-service';
export * from './micro-batcher';
