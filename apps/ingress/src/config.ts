import { z } from 'zod';
import { commonEnv, type CommonConfig, loadConfig, toCommonConfig } from '@parley/config';

export const SERVICE_NAME = 'ingress';

const env = commonEnv({ serviceName: SERVICE_NAME, httpPort: 3000 }).extend({
  MO_MAX_TEXT_CHARS: z.coerce.number().int().min(1).max(4000).default(1600),
  DEFAULT_REGION: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as US').default('US'),
});

export interface IngressConfig extends CommonConfig {
  mo: { maxTextChars: number; defaultRegion: string };
}

export function loadIngressConfig(source: NodeJS.ProcessEnv = process.env): IngressConfig {
  const e = loadConfig(env, source);
  return { ...toCommonConfig(SERVICE_NAME, e), mo: { maxTextChars: e.MO_MAX_TEXT_CHARS, defaultRegion: e.DEFAULT_REGION } };
}

export const INGRESS_CONFIG = Symbol('INGRESS_CONFIG');
