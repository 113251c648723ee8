import { z } from 'zod';
import { ConfigError, loadConfig } from './load-config';
import { commonEnv, toCommonConfig } from './common-config';

describe('loadConfig', () => {
  const schema = commonEnv({ serviceName: 'ingress', httpPort: 3000 }).extend({
    MO_MAX_TEXT_CHARS: z.coerce.number().int().positive().default(1600),
  });

  it('applies defaults for a bare environment', () => {
    const env = loadConfig(schema, {});
    expect(toCommonConfig('ingress', env)).toEqual({
      serviceName: 'ingress',
      httpPort: 3000,
      logLevel: 'info',
      shutdownTimeoutMs: 15000,
      kafka: { clientId: 'ingress', brokers: ['127.0.0.1:9092'] },
      database: { url: 'postgres://postgres@127.0.0.1:5432/postgres' },
    });
  });

  it('splits and trims the broker list', () => {
    expect(loadConfig(schema, { KAFKA_BROKERS: 'a:9092, b:9093' }).KAFKA_BROKERS).toEqual(['a:9092', 'b:9093']);
  });

  it('fails fast naming every bad variable and its value', () => {
    const attempt = () => loadConfig(schema, { KAFKA_BROKERS: 'no-port', HTTP_PORT: '70000', MO_MAX_TEXT_CHARS: '-1' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toMatch(/KAFKA_BROKERS.*host:port.*"no-port"/);
      expect(message).toMatch(/HTTP_PORT.*"70000"/);
      expect(message).toMatch(/MO_MAX_TEXT_CHARS/);
    }
  });

  it('never echoes a database URL, which carries credentials', () => {
    expect(() => loadConfig(schema, { DATABASE_URL: 'mysql://user:hunter2@db/x' })).toThrow(/DATABASE_URL.*value hidden/);
    expect(() => loadConfig(schema, { DATABASE_URL: 'mysql://user:hunter2@db/x' })).not.toThrow(/hunter2/);
  });
});
