
import { commonEnv, type CommonConfig, loadConfig, positiveMs, toCommonConfig } from '@parley/config';

export const SERVICE_NAME = 'keyword-router';

const env = commonEnv({ serviceName: SERVICE_NAME, httpPort: 3001 }).extend({
  PROGRAM_CACHE_TTL_MS: positiveMs.default(5000),
});

export interface KeywordRouterConfig extends CommonConfig {
  programCacheTtlMs: number;
}

export function loadKeywordRouterConfig(source: NodeJS.ProcessEnv = process.env): KeywordRouterConfig {
  const e = loadConfig(env, source);
  return { ...toCommonConfig(SERVICE_NAME, e), programCacheTtlMs: e.PROGRAM_CACHE_TTL_MS };
}

export const ROUTER_CONFIG = Symbol('ROUTER_CONFIG');
export const LOGGER = Symbol('LOGGER');
