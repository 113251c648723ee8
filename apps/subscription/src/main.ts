import { bootstrapService, runService } from '@parley/runtime';
import { loadSubscriptionConfig } from './config';
import { SubscriptionModule } from './subscription.module';

runService(async () => {
  const config = loadSubscriptionConfig();
  return bootstrapService({
    config,
    module: (logger) => SubscriptionModule.register(config, logger),
    consumerGroup: 'parley.subscription',
  });
});
