import { bootstrapService, runService } from '@parley/runtime';
import { loadKeywordRouterConfig } from './config';
import { KeywordRouterModule } from './keyword-router.module';

runService(async () => {
  const config = loadKeywordRouterConfig();
  return bootstrapService({
    config,
    module: (logger) => KeywordRouterModule.register(config, logger),
    consumerGroup: 'parley.keyword-router',
  });
});
