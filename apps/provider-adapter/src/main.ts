import { bootstrapService, runService } from '@parley/runtime';
import { loadProviderAdapterConfig } from './config';
import { ProviderAdapterModule } from './provider-adapter.module';

runService(async () => {
  const config = loadProviderAdapterConfig();
  return bootstrapService({
    config,
    module: (logger) => ProviderAdapterModule.register(config, logger),
    consumerGroup: 'parley.provider-adapter',
  });
});
