import { commonEnv, type CommonConfig, loadConfig, toCommonConfig } from '@parley/config';

export const SERVICE_NAME = 'mt-dispatcher';

const env = commonEnv({ serviceName: SERVICE_NAME, httpPort: 3003 });

export type MtDispatcherConfig = CommonConfig;

export function loadMtDispatcherConfig(source: NodeJS.ProcessEnv = process.env): MtDispatcherConfig {
  return toCommonConfig(SERVICE_NAME, loadConfig(env, source));
}

export const LOGGER = Symbol('LOGGER');
