import { bootstrapService, runService } from '@parley/runtime';
import { loadMtDispatcherConfig } from './config';
import { MtDispatcherModule } from './mt-dispatcher.module';

runService(async () => {
  const config = loadMtDispatcherConfig();
  return bootstrapService({
    config,
    module: (logger) => MtDispatcherModule.register(config, logger),
    consumerGroup: 'parley.mt-dispatcher',
  });
});
