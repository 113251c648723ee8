import { z } from 'zod';

/** Thrown at boot when the environment does not describe a valid configuration. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once, at boot, into a typed config object. Each problem names the variable,
 * so an operator can fix a deployment from the first log line. Raw env names never leave the app's
 * config file.
 */
export function loadConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    const raw = typeof issue.path[0] === 'string' ? env[issue.path[0]] : undefined;
    const shown = raw === undefined ? 'not set' : isSecretName(name) ? 'value hidden' : `got ${JSON.stringify(raw)}`;
    return `${name}: ${issue.message} (${shown})`;
  });
  throw new ConfigError(problems);
}

function isSecretName(name: string): boolean {
  return /PASSWORD|SECRET|TOKEN|DATABASE_URL|KEY/i.test(name);
}
