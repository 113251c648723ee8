import { z } from 'zod';
import { commonEnv, type CommonConfig, loadConfig, positiveMs, toCommonConfig } from '@parley/config';

export const SERVICE_NAME = 'provider-adapter';

const env = commonEnv({ serviceName: SERVICE_NAME, httpPort: 3004 }).extend({
  PROVIDER: z.enum(['simulator']).default('simulator'),
  SIMULATOR_DLR_DELAY_MS: positiveMs.default(0),
  SEND_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(64),
  SEND_CLAIM_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60000),
});

export interface ProviderAdapterConfig extends CommonConfig {
  provider: 'simulator';
  simulator: { dlrDelayMs: number };
  /** Provider calls in flight at once, per window of submits. */
  sendConcurrency: number;
  /** A claim not finished by then is taken to belong to a dead process and is sent again. */
  sendClaimTimeoutMs: number;
}

export function loadProviderAdapterConfig(source: NodeJS.ProcessEnv = process.env): ProviderAdapterConfig {
  const e = loadConfig(env, source);
  return { ...toCommonConfig(SERVICE_NAME, e), provider: e.PROVIDER, simulator: { dlrDelayMs: e.SIMULATOR_DLR_DELAY_MS }, sendConcurrency: e.SEND_CONCURRENCY, sendClaimTimeoutMs: e.SEND_CLAIM_TIMEOUT_MS };
}

export const ADAPTER_CONFIG = Symbol('ADAPTER_CONFIG');
export const LOGGER = Symbol('LOGGER');
