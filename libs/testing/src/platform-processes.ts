import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const SERVICES = [
  { name: 'ingress', port: 3000 },
  { name: 'keyword-router', port: 3001 },
  { name: 'subscription', port: 3002 },
  { name: 'mt-dispatcher', port: 3003 },
  { name: 'provider-adapter', port: 3004 },
] as const;

export type ServiceName = (typeof SERVICES)[number]['name'];

export interface RunningProcess {
  name: ServiceName;
  url: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

export interface PlatformOptions {
  env: NodeJS.ProcessEnv;
  /** Added to each default port, so a test platform can run beside a developer's. */
  portOffset?: number;
  only?: ServiceName[];
  /** Where each service's JSON log lines go; default: inherited stdout/stderr. */
  output?: 'inherit' | 'ignore' | ((service: ServiceName, line: string) => void);
  healthTimeoutMs?: number;
  /** What "started" means: /health (Kafka and PostgreSQL answer) unless told otherwise. */
  healthPath?: '/health' | '/health/live';
}

const repoRoot = path.resolve(__dirname, '../../..').replace(/[/\\]dist$/, '');

/** The compiled entry point of a service (npm run build writes dist/). */
export function serviceMain(name: ServiceName): string {
  return path.join(repoRoot, 'dist', 'apps', name, 'src', 'main.js');
}

/** Starts services as real processes from dist/ and waits until each answers GET /health with 200. */
export async function startServices(options: PlatformOptions): Promise<RunningProcess[]> {
  const selected = SERVICES.filter((s) => !options.only || options.only.includes(s.name));
  const running = selected.map((s) => startOne(s.name, s.port + (options.portOffset ?? 0), options));
  try {
    await Promise.all(running.map((r) => waitHealthy(r, options.healthPath ?? '/health', options.healthTimeoutMs ?? 60000)));
  } catch (e) {
    await stopServices(running);
    throw e;
  }
  return running;
}

function startOne(name: ServiceName, port: number, options: PlatformOptions): RunningProcess {
  const output = options.output ?? 'inherit';
  // PARLEY_SERVICE_NODE_ARGS: extra node flags for the services (profiling: --cpu-prof --cpu-prof-dir=...).
  const nodeArgs = (process.env.PARLEY_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeArgs, serviceMain(name)], {
    env: { ...process.env, ...options.env, HTTP_PORT: String(port) },
    stdio: ['ignore', typeof output === 'function' ? 'pipe' : output, typeof output === 'function' ? 'pipe' : output],
  });
  if (typeof output === 'function') {
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) if (line) output(name, line);
      });
    }
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, url: `http://127.0.0.1:${port}`, child, exited };
}

async function waitHealthy(service: RunningProcess, healthPath: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  let exitCode: number | null | undefined;
  void service.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`${service.name} exited with code ${exitCode} before it was healthy`);
    try {
      const res = await fetch(`${service.url}${healthPath}`, { signal: AbortSignal.timeout(3000) });
      if (res.status === 200) return;
      last = `${res.status} ${await res.text()}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${service.name} not healthy after ${timeoutMs} ms (last: ${last})`);
}

/** SIGTERM to each, then waits; returns the exit codes (0 = clean shutdown). */
export async function stopServices(services: RunningProcess[], timeoutMs = 20000): Promise<Record<string, number | null>> {
  const codes: Record<string, number | null> = {};
  await Promise.all(
    services.map(async (s) => {
      if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGTERM');
      const timer = setTimeout(() => s.child.kill('SIGKILL'), timeoutMs);
      codes[s.name] = await s.exited;
      clearTimeout(timer);
    }),
  );
  return codes;
}
