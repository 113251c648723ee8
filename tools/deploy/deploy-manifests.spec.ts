/**
 * The deployment files, held to the code: k8s/ (rendered with `kubectl kustomize`, base and the local
 * overlay), docker-compose.yml and the Dockerfile. Neither Docker nor a cluster runs here, so this is
 * where a port, a probe path, an env variable, an entry point or the Kafka version drifting from the
 * code gets caught.
 *
 *   bash scripts/ci/install-kubectl.sh        # once: kubectl with kustomize (Debian's kubernetes-client)
 *   npx jest --selectProjects unit tools/deploy
 *
 * KUBECTL=/path/to/kubectl picks another kubectl (e.g. to try kustomize v2 and v5 side by side).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { commonEnv } from '@parley/config';
import {
  configFacts,
  directEnvReads,
  kafkaImageSettings,
  localKafka,
  nodeEngineMajor,
  productionImports,
  provisionTool,
  readRepoFile,
  ROOT,
  services,
  type ServiceFacts,
} from './code-facts';

const SERVICES = services();
const PROVISION = provisionTool();
const KAFKA = localKafka();
const KUBECTL = process.env.KUBECTL ?? 'kubectl';

/** Broker settings that must be set explicitly, to the values of scripts/kafka/server.properties.template. */
const REQUIRED_BROKER_SETTINGS = [
  'process.roles',
  'node.id',
  'controller.listener.names',
  'auto.create.topics.enable',
  'default.replication.factor',
  'min.insync.replicas',
  'offsets.topic.replication.factor',
  'transaction.state.log.replication.factor',
  'transaction.state.log.min.isr',
  'group.initial.rebalance.delay.ms',
];
/** Settings that depend on where the broker runs (addresses, paths), so they differ by design. */
const PER_ENVIRONMENT_SETTINGS = new Set([
  'listeners',
  'advertised.listeners',
  'listener.security.protocol.map',
  'controller.quorum.voters',
  'log.dirs',
  'metadata.log.dir',
]);

// ---- Kubernetes objects, as far as these checks read them -------------------------------------------

interface KeyRef {
  name: string;
  key: string;
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { configMapKeyRef?: KeyRef; secretKeyRef?: KeyRef };
}
interface Probe {
  httpGet?: { path: string; port: string | number };
  tcpSocket?: { port: string | number };
  exec?: { command: string[] };
}
interface Container {
  name: string;
  image: string;
  args?: string[];
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: { preStop?: { exec?: { command: string[] } } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number; readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean; capabilities?: { drop?: string[] } };
  volumeMounts?: { name: string; mountPath: string }[];
}
interface PodSpec {
  containers: Container[];
  restartPolicy?: string;
  terminationGracePeriodSeconds?: number;
  securityContext?: { runAsNonRoot?: boolean; runAsUser?: number };
  volumes?: { name: string; emptyDir?: object }[];
}
interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  data?: Record<string, string>;
  spec?: {
    replicas?: number;
    selector?: Record<string, string> | { matchLabels?: Record<string, string> };
    template?: { metadata?: { labels?: Record<string, string> }; spec: PodSpec };
    ports?: { name?: string; port: number; targetPort?: string | number }[];
    maxUnavailable?: number | string;
    minAvailable?: number | string;
  };
}

function render(dir: string): K8sObject[] {
  const result = spawnSync(KUBECTL, ['kustomize', path.join(ROOT, dir)], { encoding: 'utf8', timeout: 60_000 });
  if (result.error) {
    const missing = (result.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? `'${KUBECTL}' is not installed: this test renders ${dir} with 'kubectl kustomize'. Install it with ` +
            `'bash scripts/ci/install-kubectl.sh' (Debian's kubernetes-client), or point KUBECTL at a kubectl.`
        : `'${KUBECTL} kustomize ${dir}' could not run: ${result.error.message}`,
    );
  }
  if (result.status !== 0) throw new Error(`'${KUBECTL} kustomize ${dir}' failed (exit ${result.status}):\n${result.stderr}`);
  const documents = parseAllDocuments(result.stdout);
  const objects = (Array.isArray(documents) ? documents : [documents]).map((d) => {
    if (d.errors.length) throw new Error(`${dir}: kustomize output is not YAML: ${d.errors[0]!.message}`);
    return d.toJS() as K8sObject | null;
  });
  return objects.filter((o): o is K8sObject => o !== null);
}

const ofKind = (objects: K8sObject[], kind: string): K8sObject[] => objects.filter((o) => o.kind === kind);

function only(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.filter((o) => o.kind === kind && o.metadata.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind} '${name}', found ${found.length}`);
  return found[0]!;
}

function podSpec(workload: K8sObject): PodSpec {
  const spec = workload.spec?.template?.spec;
  if (!spec) throw new Error(`${workload.kind} ${workload.metadata.name} has no pod template`);
  return spec;
}

function onlyContainer(workload: K8sObject): Container {
  const { containers } = podSpec(workload);
  if (containers.length !== 1) throw new Error(`${workload.kind} ${workload.metadata.name}: expected one container, found ${containers.length}`);
  return containers[0]!;
}

interface ResolvedValue {
  value: string;
  from: 'literal' | 'ConfigMap' | 'Secret';
}

/** The container's environment as Kubernetes builds it: envFrom in order, then env (which wins). */
function resolveEnv(objects: K8sObject[], container: Container): Map<string, ResolvedValue> {
  const data = (kind: 'ConfigMap' | 'Secret', name: string): Record<string, string> => {
    const found = objects.find((o) => o.kind === kind && o.metadata.name === name);
    if (!found) throw new Error(`container ${container.name} refers to ${kind} '${name}', which is not rendered`);
    const raw = found.data ?? {};
    return kind === 'Secret' ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')])) : raw;
  };
  const lookup = (kind: 'ConfigMap' | 'Secret', ref: KeyRef): string => {
    const value = data(kind, ref.name)[ref.key];
    if (value === undefined) throw new Error(`container ${container.name}: ${kind} '${ref.name}' has no key ${ref.key}`);
    return value;
  };
  const env = new Map<string, ResolvedValue>();
  for (const source of container.envFrom ?? []) {
    if (source.configMapRef) for (const [k, v] of Object.entries(data('ConfigMap', source.configMapRef.name))) env.set(k, { value: v, from: 'ConfigMap' });
    if (source.secretRef) for (const [k, v] of Object.entries(data('Secret', source.secretRef.name))) env.set(k, { value: v, from: 'Secret' });
  }
  for (const variable of container.env ?? []) {
    const { configMapKeyRef, secretKeyRef } = variable.valueFrom ?? {};
    if (configMapKeyRef) env.set(variable.name, { value: lookup('ConfigMap', configMapKeyRef), from: 'ConfigMap' });
    else if (secretKeyRef) env.set(variable.name, { value: lookup('Secret', secretKeyRef), from: 'Secret' });
    else env.set(variable.name, { value: variable.value ?? '', from: 'literal' });
  }
  return env;
}

const values = (env: Map<string, ResolvedValue>): Record<string, string> => Object.fromEntries([...env].map(([k, v]) => [k, v.value]));

function matchLabels(object: K8sObject): Record<string, string> {
  const selector = object.spec?.selector ?? {};
  return 'matchLabels' in selector && typeof selector.matchLabels === 'object' ? selector.matchLabels! : (selector as Record<string, string>);
}

function selects(selector: Record<string, string>, labels: Record<string, string> = {}): boolean {
  return Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** The container port a probe or Service targets (a port name or a number). */
function containerPort(container: Container, port: string | number | undefined): number | undefined {
  if (typeof port === 'number') return port;
  return container.ports?.find((p) => p.name === port)?.containerPort;
}

/** Every problem @parley/config's common schema finds in an environment (what boot would reject). */
function commonConfigProblems(service: ServiceFacts, env: Record<string, string>): string[] {
  const result = commonEnv({ serviceName: service.name, httpPort: service.httpPort }).safeParse(env);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function parsePostgresUrl(url: string): { user: string; password: string; host: string; port: string; database: string } {
  const u = new URL(url);
  return { user: decodeURIComponent(u.username), password: decodeURIComponent(u.password), host: u.hostname, port: u.port || '5432', database: u.pathname.slice(1) };
}

// ---- the code itself ---------------------------------------------------------------------------------

describe('what the deploy checks rely on', () => {
  test('a config.ts is read as the services declare theirs: commonEnv + every .extend(), or not at all', () => {
    const config = `
      const env = commonEnv({ serviceName: SERVICE_NAME, httpPort: 3999 })
        .extend({ FIRST_MS: positiveMs.default(1) })
        .extend({ 'SECOND': z.string() });`;
    expect(configFacts('x.ts', config, 'x')).toEqual({
      httpPort: 3999,
      env: ['DATABASE_URL', 'FIRST_MS', 'HTTP_PORT', 'KAFKA_BROKERS', 'KAFKA_CLIENT_ID', 'LOG_LEVEL', 'SECOND', 'SHUTDOWN_TIMEOUT_MS'],
    });
    expect(() => configFacts('x.ts', 'const env = z.object({ A: z.string() });', 'x')).toThrow(/commonEnv/);
    expect(() => configFacts('x.ts', 'commonEnv({ httpPort: 1 }).extend({ ...more });', 'x')).toThrow(/unsupported member/);
  });

  test('the services are the apps with a main.ts, each with its own port', () => {
    expect(SERVICES.length).toBeGreaterThanOrEqual(5);
    expect(new Set(SERVICES.map((s) => s.httpPort)).size).toBe(SERVICES.length);
  });

  test('no production code reads a named env variable outside the apps’ config.ts (the manifests could not be checked against it)', () => {
    expect(directEnvReads()).toEqual([]);
  });

  test('the topic provisioning tool exists and reads KAFKA_BROKERS', () => {
    expect(existsSync(path.join(ROOT, PROVISION.source))).toBe(true);
    expect(PROVISION.env).toContain('KAFKA_BROKERS');
  });

  test('the local broker never auto-creates topics', () => {
    expect(KAFKA.settings['auto.create.topics.enable']).toBe('false');
  });
});

// ---- Kubernetes --------------------------------------------------------------------------------------

describe.each(['k8s/base', 'k8s/overlays/local'])('kubectl kustomize %s', (dir) => {
  let objects: K8sObject[] = [];
  beforeAll(() => {
    objects = render(dir);
  }, 60_000);

  const deployment = (s: ServiceFacts): K8sObject => only(objects, 'Deployment', s.name);
  const names = (kind: string): string[] => ofKind(objects, kind).map((o) => o.metadata.name).sort();
  const job = (): K8sObject => only(objects, 'Job', 'provision-topics');
  const parleyImage = (): string => onlyContainer(job()).image;

  test('one Deployment, Service and PodDisruptionBudget per service, and no other Deployment', () => {
    const expected = SERVICES.map((s) => s.name).sort();
    expect(names('Deployment')).toEqual(expected);
    for (const kind of ['Service', 'PodDisruptionBudget']) {
      expect(names(kind)).toEqual(expect.arrayContaining(expected));
    }
  });

  test.each(SERVICES.map((s) => [s.name, s] as const))('%s: runs its built main.js from the shared image, listening on its HTTP_PORT', (_, s) => {
    const container = onlyContainer(deployment(s));
    expect(existsSync(path.join(ROOT, 'apps', s.name, 'src', 'main.ts'))).toBe(true);
    expect(container.command).toBeUndefined(); // the image's ENTRYPOINT (node) runs the args
    expect(container.args).toEqual([s.main]);
    expect(container.image).toBe(parleyImage());
    const env = values(resolveEnv(objects, container));
    expect(Number(env.HTTP_PORT)).toBe(s.httpPort);
    expect(container.ports).toEqual([expect.objectContaining({ name: 'http', containerPort: s.httpPort })]);
  });

  test.each(SERVICES.map((s) => [s.name, s] as const))('%s: the Service and the PodDisruptionBudget select its pods; the Service port is HTTP_PORT', (_, s) => {
    const d = deployment(s);
    const container = onlyContainer(d);
    const podLabels = d.spec?.template?.metadata?.labels;
    expect(selects(matchLabels(d), podLabels)).toBe(true);

    const service = only(objects, 'Service', s.name);
    expect(selects(matchLabels(service), podLabels)).toBe(true);
    expect(service.spec?.ports).toHaveLength(1);
    const [port] = service.spec!.ports!;
    expect(port!.port).toBe(s.httpPort);
    expect(containerPort(container, port!.targetPort ?? port!.port)).toBe(s.httpPort);

    const pdb = only(objects, 'PodDisruptionBudget', s.name);
    expect(selects(matchLabels(pdb), podLabels)).toBe(true);
    // A PDB that allows no disruption at all would block every node drain.
    if (pdb.spec?.minAvailable !== undefined) expect(Number(pdb.spec.minAvailable)).toBeLessThan(d.spec?.replicas ?? 1);
    else expect(Number(pdb.spec?.maxUnavailable)).toBeGreaterThanOrEqual(1);
  });

  test.each(SERVICES.map((s) => [s.name, s] as const))('%s: sets exactly the env variables its config reads, with values its config accepts', (_, s) => {
    const env = resolveEnv(objects, onlyContainer(deployment(s)));
    expect([...env.keys()].sort()).toEqual(s.env);
    expect(commonConfigProblems(s, values(env))).toEqual([]);
    // Credentials come from a Secret, never from a literal or a ConfigMap.
    expect(env.get('DATABASE_URL')?.from).toBe('Secret');
    expect(env.get('KAFKA_CLIENT_ID')?.value).toBe(s.name);
  });

  test.each(SERVICES.map((s) => [s.name, s] as const))('%s: liveness on /health/live, readiness on /health, startup on /health/live, all on HTTP_PORT', (_, s) => {
    const container = onlyContainer(deployment(s));
    const probe = (p: Probe | undefined) => ({ path: p?.httpGet?.path, port: containerPort(container, p?.httpGet?.port) });
    expect(probe(container.livenessProbe)).toEqual({ path: '/health/live', port: s.httpPort });
    expect(probe(container.readinessProbe)).toEqual({ path: '/health', port: s.httpPort });
    if (container.startupProbe) expect(probe(container.startupProbe)).toEqual({ path: '/health/live', port: s.httpPort });
  });

  test.each(SERVICES.map((s) => [s.name, s] as const))('%s: requests and limits, non-root, read-only root filesystem with a writable /tmp', (_, s) => {
    const d = deployment(s);
    const pod = podSpec(d);
    const container = onlyContainer(d);
    expect(container.resources?.requests).toEqual(expect.objectContaining({ cpu: expect.any(String), memory: expect.any(String) }));
    expect(container.resources?.limits).toEqual(expect.objectContaining({ memory: expect.any(String) }));
    expect(container.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot).toBe(true);
    expect(container.securityContext?.runAsUser ?? pod.securityContext?.runAsUser).toBe(dockerfileUser());
    expect(container.securityContext).toEqual(expect.objectContaining({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false }));
    expect(container.securityContext?.capabilities?.drop).toContain('ALL');
    const tmp = container.volumeMounts?.find((m) => m.mountPath === '/tmp');
    expect(pod.volumes?.find((v) => v.name === tmp?.name)?.emptyDir).toBeDefined();
  });

  test.each(SERVICES.map((s) => [s.name, s] as const))('%s: Kubernetes waits longer than preStop + SHUTDOWN_TIMEOUT_MS before SIGKILL', (_, s) => {
    const d = deployment(s);
    const container = onlyContainer(d);
    const shutdownMs = Number(values(resolveEnv(objects, container)).SHUTDOWN_TIMEOUT_MS);
    const preStop = container.lifecycle?.preStop?.exec?.command ?? [];
    const preStopMs = preStop[0] === 'sleep' ? Number(preStop[1]) * 1000 : 0;
    const graceMs = (podSpec(d).terminationGracePeriodSeconds ?? 30) * 1000;
    expect(shutdownMs).toBeGreaterThan(0);
    expect(graceMs).toBeGreaterThan(preStopMs + shutdownMs);
  });

  test('the provision-topics Job runs the built provisioning tool from the same image, against the services’ brokers', () => {
    expect(ofKind(objects, 'Job')).toHaveLength(1);
    const j = job();
    const container = onlyContainer(j);
    expect(container.command).toBeUndefined();
    expect(container.args).toEqual([PROVISION.main]);
    expect(['OnFailure', 'Never']).toContain(podSpec(j).restartPolicy);
    const env = values(resolveEnv(objects, container));
    expect(Object.keys(env).every((name) => PROVISION.env.includes(name))).toBe(true);
    expect(Number(env.KAFKA_REPLICATION_FACTOR)).toBeGreaterThanOrEqual(1);
    for (const s of SERVICES) {
      expect(env.KAFKA_BROKERS).toBe(values(resolveEnv(objects, onlyContainer(deployment(s)))).KAFKA_BROKERS);
    }
    expect(container.securityContext).toEqual(expect.objectContaining({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false }));
  });

  test('the image is the one docker-compose.yml builds', () => {
    expect(parleyImage()).toBe(compose().services['provision-topics']!.image);
  });
});

describe('k8s/overlays/local: a complete stack in one namespace', () => {
  let objects: K8sObject[] = [];
  beforeAll(() => {
    objects = render('k8s/overlays/local');
  }, 60_000);
  const serviceEnv = (): Record<string, string> => values(resolveEnv(objects, onlyContainer(only(objects, 'Deployment', SERVICES[0]!.name))));

  test('everything but the Namespace lives in it', () => {
    const [namespace] = ofKind(objects, 'Namespace');
    expect(namespace).toBeDefined();
    for (const o of objects.filter((x) => x.kind !== 'Namespace')) expect(`${o.kind}/${o.metadata.name} in ${o.metadata.namespace}`).toBe(`${o.kind}/${o.metadata.name} in ${namespace!.metadata.name}`);
  });

  test(`Kafka: apache/kafka:${KAFKA.version} (scripts/kafka/pom.xml), one KRaft node set up like scripts/kafka.sh, auto-create off`, () => {
    const kafka = only(objects, 'StatefulSet', 'kafka');
    expect(kafka.spec?.replicas).toBe(1);
    const container = onlyContainer(kafka);
    expect(container.image).toBe(`apache/kafka:${KAFKA.version}`);
    const env = values(resolveEnv(objects, container));
    expectBrokerLikeScripts(env);
    // Service links would inject KAFKA_PORT, KAFKA_SERVICE_HOST, ... which the image reads as settings.
    expect((podSpec(kafka) as PodSpec & { enableServiceLinks?: boolean }).enableServiceLinks).toBe(false);
  });

  test('KAFKA_BROKERS names the kafka Service and the broker’s advertised listener', () => {
    const [host, port] = serviceEnv().KAFKA_BROKERS!.split(':');
    const service = only(objects, 'Service', host!);
    expect(service.spec?.ports?.map((p) => p.port)).toContain(Number(port));
    const kafkaEnv = values(resolveEnv(objects, onlyContainer(only(objects, 'StatefulSet', 'kafka'))));
    expect(kafkaEnv.KAFKA_ADVERTISED_LISTENERS!.split(',')).toContain(`PLAINTEXT://${host}:${port}`);
    expect(selects(matchLabels(service), only(objects, 'StatefulSet', 'kafka').spec?.template?.metadata?.labels)).toBe(true);
  });

  test('the Job gives topics a replication factor the single broker can hold', () => {
    const env = values(resolveEnv(objects, onlyContainer(only(objects, 'Job', 'provision-topics'))));
    expect(env.KAFKA_REPLICATION_FACTOR).toBe('1');
  });

  test('DATABASE_URL names the postgres Service with the credentials and database PostgreSQL is created with', () => {
    const url = parsePostgresUrl(serviceEnv().DATABASE_URL!);
    const postgres = only(objects, 'StatefulSet', 'postgres');
    const pg = values(resolveEnv(objects, onlyContainer(postgres)));
    expect({ user: url.user, password: url.password, database: url.database }).toEqual({ user: pg.POSTGRES_USER, password: pg.POSTGRES_PASSWORD, database: pg.POSTGRES_DB });
    const service = only(objects, 'Service', url.host);
    expect(service.spec?.ports?.map((p) => p.port)).toContain(Number(url.port));
    expect(selects(matchLabels(service), postgres.spec?.template?.metadata?.labels)).toBe(true);
  });
});

// ---- Docker Compose ------------------------------------------------------------------------------------

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string } | string;
  command?: string[];
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] | string };
  restart?: string;
  stop_grace_period?: string;
  read_only?: boolean;
  tmpfs?: string[];
  cap_drop?: string[];
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}

let composeFile: ComposeFile | undefined;
function compose(): ComposeFile {
  // merge: resolve the `<<: *anchor` merge keys as Compose does.
  composeFile ??= parse(readRepoFile('docker-compose.yml'), { merge: true }) as ComposeFile;
  return composeFile;
}

function composeEnv(service: ComposeService): Record<string, string> {
  return Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

/** Go-style durations as Compose writes them: 30s, 1m30s, 500ms. */
function durationMs(text: string): number {
  const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  for (const [, n, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(n) * units[unit!]!;
  return total;
}

describe('docker-compose.yml', () => {
  const svc = (name: string): ComposeService => {
    const found = compose().services[name];
    if (!found) throw new Error(`docker-compose.yml has no service '${name}'`);
    return found;
  };

  test('Kafka, PostgreSQL, provision-topics and one service per app, nothing else', () => {
    expect(Object.keys(compose().services).sort()).toEqual(['kafka', 'postgres', 'provision-topics', ...SERVICES.map((s) => s.name)].sort());
  });

  test.each(SERVICES.map((s) => [s.name, s] as const))('%s: the built main.js of the image built from ./Dockerfile', (_, s) => {
    const service = svc(s.name);
    expect(service.command).toEqual([s.main]);
    expect(service.image).toBe(svc('provision-topics').image);
    expect(service.build).toEqual({ context: '.', dockerfile: 'Dockerfile' });
  });

  test.each(SERVICES.map((s) => [s.name, s] as const))('%s: sets exactly the env variables its config reads, with values its config accepts', (_, s) => {
    const env = composeEnv(svc(s.name));
    expect(Object.keys(env).sort()).toEqual(s.env);
    expect(commonConfigProblems(s, env)).toEqual([]);
    expect(env.KAFKA_CLIENT_ID).toBe(s.name);
  });

  test.each(SERVICES.map((s) => [s.name, s] as const))('%s: published on HTTP_PORT, healthy when GET /health on HTTP_PORT answers', (_, s) => {
    const service = svc(s.name);
    expect(Number(composeEnv(service).HTTP_PORT)).toBe(s.httpPort);
    const containerPorts = (service.ports ?? []).map((p) => Number(String(p).split(':').pop()));
    expect(containerPorts).toEqual([s.httpPort]);
    const check = [service.healthcheck?.test ?? []].flat().join(' ');
    const urls = [...check.matchAll(/http:\/\/[^/'"\s]+:(\d+)(\/[\w/-]*)/g)].map(([, port, urlPath]) => ({ port: Number(port), path: urlPath }));
    expect(urls).toEqual([{ port: s.httpPort, path: '/health' }]);
  });

  test.each(SERVICES.map((s) => [s.name, s] as const))('%s: starts after the topics exist and Kafka and PostgreSQL are healthy', (_, s) => {
    expect(svc(s.name).depends_on).toEqual({
      'provision-topics': { condition: 'service_completed_successfully' },
      kafka: { condition: 'service_healthy' },
      postgres: { condition: 'service_healthy' },
    });
  });

  test.each(SERVICES.map((s) => [s.name, s] as const))('%s: stop_grace_period above SHUTDOWN_TIMEOUT_MS; read-only root filesystem with /tmp', (_, s) => {
    const service = svc(s.name);
    expect(durationMs(service.stop_grace_period ?? '10s')).toBeGreaterThan(Number(composeEnv(service).SHUTDOWN_TIMEOUT_MS));
    expect(service.read_only).toBe(true);
    expect(service.tmpfs?.some((t) => t.split(':')[0] === '/tmp')).toBe(true);
    expect(service.cap_drop).toContain('ALL');
  });

  test('provision-topics: runs the provisioning tool once, after Kafka is healthy, on the services’ brokers', () => {
    const service = svc('provision-topics');
    expect(service.command).toEqual([PROVISION.main]);
    expect(service.restart).toBe('no');
    expect(service.depends_on).toEqual({ kafka: { condition: 'service_healthy' } });
    const env = composeEnv(service);
    expect(Object.keys(env).every((name) => PROVISION.env.includes(name))).toBe(true);
    expect(env.KAFKA_REPLICATION_FACTOR).toBe('1');
    for (const s of SERVICES) expect(env.KAFKA_BROKERS).toBe(composeEnv(svc(s.name)).KAFKA_BROKERS);
  });

  test(`kafka: apache/kafka:${KAFKA.version} (scripts/kafka/pom.xml), one KRaft node set up like scripts/kafka.sh, auto-create off`, () => {
    const kafka = svc('kafka');
    expect(kafka.image).toBe(`apache/kafka:${KAFKA.version}`);
    expect(kafka.healthcheck?.test).toBeDefined();
    const env = composeEnv(kafka);
    expectBrokerLikeScripts(env);
    const brokers = composeEnv(svc(SERVICES[0]!.name)).KAFKA_BROKERS!;
    expect(env.KAFKA_ADVERTISED_LISTENERS!.split(',')).toContain(`PLAINTEXT://${brokers}`);
    expect(brokers.split(':')[0]).toBe('kafka');
  });

  test('postgres: healthy before the services start; DATABASE_URL has its credentials and database', () => {
    const postgres = svc('postgres');
    expect(postgres.healthcheck?.test).toBeDefined();
    const pg = composeEnv(postgres);
    for (const s of SERVICES) {
      const url = parsePostgresUrl(composeEnv(svc(s.name)).DATABASE_URL!);
      expect(url).toEqual({ user: pg.POSTGRES_USER, password: pg.POSTGRES_PASSWORD, database: pg.POSTGRES_DB, host: 'postgres', port: '5432' });
    }
  });
});

function expectBrokerLikeScripts(env: Record<string, string>): void {
  const settings = kafkaImageSettings(env);
  expect(settings['auto.create.topics.enable']).toBe('false');
  expect(Object.fromEntries(REQUIRED_BROKER_SETTINGS.map((k) => [k, settings[k]]))).toEqual(
    Object.fromEntries(REQUIRED_BROKER_SETTINGS.map((k) => [k, KAFKA.settings[k]])),
  );
  // Whatever else is set and also in the template must agree with it.
  const shared = Object.keys(settings).filter((k) => k in KAFKA.settings && !PER_ENVIRONMENT_SETTINGS.has(k));
  expect(Object.fromEntries(shared.map((k) => [k, settings[k]]))).toEqual(Object.fromEntries(shared.map((k) => [k, KAFKA.settings[k]])));
  expect(env.CLUSTER_ID).toBe(KAFKA.clusterId);
  if (env.KAFKA_HEAP_OPTS !== undefined) expect(env.KAFKA_HEAP_OPTS).toBe(KAFKA.heapOpts);
}

// ---- the image -----------------------------------------------------------------------------------------

interface DockerStage {
  from: string;
  name?: string;
  instructions: { op: string; args: string }[];
}

function dockerfileStages(): DockerStage[] {
  const lines = readRepoFile('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: DockerStage[] = [];
  for (const line of lines) {
    const [, op, args] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (!op) continue;
    if (op.toUpperCase() === 'FROM') {
      const [, from, name] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args!) ?? [];
      stages.push({ from: from!, name, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ op: op.toUpperCase(), args: args!.trim() });
    }
  }
  return stages;
}

function dockerfileUser(): number {
  const runtime = dockerfileStages().at(-1)!;
  const user = runtime.instructions.filter((i) => i.op === 'USER').at(-1)?.args ?? '';
  return Number(user.split(':')[0]);
}

describe('Dockerfile', () => {
  const stages = dockerfileStages();
  const runtime = stages.at(-1)!;
  const last = (op: string): string | undefined => runtime.instructions.filter((i) => i.op === op).at(-1)?.args;

  test('the runtime stage runs node from /app, so the manifests’ relative dist/ paths resolve', () => {
    expect(JSON.parse(last('ENTRYPOINT') ?? 'null')).toEqual(['node']);
    expect(last('WORKDIR')).toBe('/app');
    expect(runtime.instructions).toContainEqual({ op: 'COPY', args: expect.stringMatching(/^--from=\S+\s+\/app\/dist\s+\.\/dist$/) });
    expect(JSON.parse(last('CMD') ?? 'null')).toEqual([expect.stringMatching(/^dist\/apps\/[\w-]+\/src\/main\.js$/)]);
    expect(SERVICES.map((s) => s.main)).toContain(JSON.parse(last('CMD')!)[0]);
  });

  test('the dist/ it copies is built with npm run build, and production dependencies come from the lock file', () => {
    const build = stages.find((s) => runtime.instructions.some((i) => i.op === 'COPY' && i.args.startsWith(`--from=${s.name} `)));
    expect(build).toBeDefined();
    const runs = (stage: DockerStage): string[] => stage.instructions.filter((i) => i.op === 'RUN').map((i) => i.args);
    // The build stage may inherit from the deps stage: look along its FROM chain.
    const chain: DockerStage[] = [];
    for (let s: DockerStage | undefined = build; s; s = stages.find((x) => x.name === s!.from)) chain.push(s);
    expect(chain.flatMap(runs)).toContain('npm run build');
    expect(runs(runtime).some((r) => /npm ci\b.*--omit=dev/.test(r))).toBe(true);
  });

  test('every package the deployed code imports is a production dependency (the image installs no others)', () => {
    const { dependencies = {} } = JSON.parse(readRepoFile('package.json')) as { dependencies?: Record<string, string> };
    const imports = productionImports();
    expect(imports.size).toBeGreaterThan(0);
    const missing = [...imports].filter(([pkg]) => !(pkg in dependencies)).map(([pkg, files]) => `${pkg} (${files.join(', ')})`);
    expect(missing).toEqual([]);
  });

  test('runs as a numeric non-root user (what runAsNonRoot can verify)', () => {
    expect(dockerfileUser()).toBeGreaterThan(0);
  });

  test('the Node.js base image satisfies package.json engines', () => {
    for (const stage of stages) {
      const [, major] = /^node:(\d+)/.exec(stage.from) ?? [];
      if (major) expect(Number(major)).toBeGreaterThanOrEqual(nodeEngineMajor());
    }
    expect(stages.some((s) => s.from.startsWith('node:'))).toBe(true);
  });

  test('EXPOSE covers every service port', () => {
    const exposed = (last('EXPOSE') ?? '').split(/\s+/).flatMap((range) => {
      const [from, to = from] = range.split('-').map(Number);
      return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
    });
    expect(exposed).toEqual(expect.arrayContaining(SERVICES.map((s) => s.httpPort)));
  });

  test('.dockerignore keeps the build inputs in the context and node_modules, dist and .kafka out', () => {
    const patterns = readRepoFile('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    for (const needed of ['apps', 'libs', 'tools', 'package.json', 'package-lock.json', 'tsconfig.base.json', 'tsconfig.json']) {
      expect(patterns.filter((p) => p.replace(/^\/|\/$/g, '') === needed || p === '*' || p === '**')).toEqual([]);
    }
    expect(patterns).toEqual(expect.arrayContaining(['node_modules', 'dist', '.kafka']));
  });
});

// ---- the docs ------------------------------------------------------------------------------------------

describe('docs', () => {
  test('docs/deploy.md lists every variable the services and the provisioning tool read', () => {
    const doc = readRepoFile('docs/deploy.md');
    const all = new Set([...SERVICES.flatMap((s) => s.env), ...PROVISION.env]);
    expect([...all].filter((name) => !doc.includes(`\`${name}\``))).toEqual([]);
  });

  test('docs/kafka.md names the pinned Kafka version', () => {
    expect(readRepoFile('docs/kafka.md')).toContain(`Kafka ${KAFKA.version}`);
  });
});
