import { commonEnv, type CommonConfig, loadConfig, toCommonConfig } from '@parley/config';

export const SERVICE_NAME = 'subscription';

const env = commonEnv({ serviceName: SERVICE_NAME, httpPort: 3002 });

export type SubscriptionConfig = CommonConfig;

export function loadSubscriptionConfig(source: NodeJS.ProcessEnv = process.env): SubscriptionConfig {
  return toCommonConfig(SERVICE_NAME, loadConfig(env, source));
}

export const LOGGER = Symbol('LOGGER');
