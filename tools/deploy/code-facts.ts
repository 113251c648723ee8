/**
 * What the code and the local scripts say about running Parley: the services (apps/ with a main.ts),
 * the port and environment variables each one's config reads, what the topic provisioning tool reads,
 * and the Kafka that scripts/kafka.sh runs. The deploy test (deploy-manifests.spec.ts) holds
 * docker-compose.yml, k8s/ and the Dockerfile to these facts.
 *
 * Why the apps' config files are parsed rather than imported: the module-boundary lint rule forbids
 * importing an app from anywhere else, and it should. The apps' configs are small and uniform
 * (`commonEnv({ serviceName, httpPort }).extend({ ...own variables })`), and anything else that reads
 * the environment directly is reported by `directEnvReads()`, so nothing is missed silently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { commonEnv } from '@parley/config';

export const ROOT = path.resolve(__dirname, '..', '..');

const read = (relative: string): string => readFileSync(path.join(ROOT, relative), 'utf8');

export interface ServiceFacts {
  /** The directory under apps/, which is also the service's name everywhere (k8s, compose). */
  name: string;
  /** The HTTP_PORT default in apps/<name>/src/config.ts. */
  httpPort: number;
  /** Every environment variable the service's config reads, sorted. */
  env: string[];
  /** The built entry point, relative to the image's WORKDIR: dist/apps/<name>/src/main.js. */
  main: string;
}

/** The five (or however many) deployables: every apps/<name> with a src/main.ts. */
export function services(): ServiceFacts[] {
  return readdirSync(path.join(ROOT, 'apps'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, 'apps', d.name, 'src', 'main.ts')))
    .map((d) => d.name)
    .sort()
    .map(serviceFacts);
}

function serviceFacts(name: string): ServiceFacts {
  const file = `apps/${name}/src/config.ts`;
  return { name, ...configFacts(file, read(file), name), main: `dist/apps/${name}/src/main.js` };
}

/** The HTTP_PORT default and the variables of one app's config.ts (given as text: testable). */
export function configFacts(file: string, text: string, serviceName: string): { httpPort: number; env: string[] } {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const fail = (what: string): never => {
    throw new Error(`${file}: ${what} (tools/deploy/code-facts.ts reads the config's shape; update it if the shape changed)`);
  };

  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'commonEnv') calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (calls.length !== 1) fail(`expected exactly one commonEnv(...) call, found ${calls.length}`);
  const call = calls[0]!;

  const options = call.arguments[0];
  if (!options || !ts.isObjectLiteralExpression(options)) return fail('commonEnv() takes an object literal');
  const httpPortInit = propertyInitializer(options, 'httpPort');
  if (!httpPortInit || !ts.isNumericLiteral(httpPortInit)) return fail('commonEnv({ httpPort }) must be a number literal');
  const httpPort = Number(httpPortInit.text);

  // The common variables come from the real schema; the service's own from each chained .extend({...}).
  const env = new Set(Object.keys(commonEnv({ serviceName, httpPort }).shape));
  let node: ts.Expression = call;
  while (
    ts.isPropertyAccessExpression(node.parent) &&
    node.parent.name.text === 'extend' &&
    ts.isCallExpression(node.parent.parent)
  ) {
    const extension = node.parent.parent;
    const shape = extension.arguments[0];
    if (!shape || !ts.isObjectLiteralExpression(shape)) return fail('.extend() takes an object literal');
    for (const property of shape.properties) {
      if (!ts.isPropertyAssignment(property) || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) {
        return fail(`unsupported member in .extend({...}): ${property.getText(source)}`);
      }
      env.add(property.name.text);
    }
    node = extension;
  }
  return { httpPort, env: [...env].sort() };
}

function propertyInitializer(object: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && property.name.text === name) return property.initializer;
  }
  return undefined;
}

/** The topic provisioning tool: its built entry point and the variables it reads. */
export function provisionTool(): { main: string; source: string; env: string[] } {
  const source = 'tools/platform/provision-topics.ts';
  const env = new Set([...read(source).matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)].map((m) => m[1]!));
  return { main: 'dist/tools/platform/provision-topics.js', source, env: [...env].sort() };
}

/**
 * Reads of a named variable (`process.env.X`, `process.env['X']`) in production code outside the
 * apps' config.ts files: each would be configuration that the manifests cannot be checked against.
 * (libs/testing is test support, never deployed.)
 */
export function directEnvReads(): string[] {
  const found: string[] = [];
  const roots = [
    ...readdirSync(path.join(ROOT, 'apps')).map((a) => `apps/${a}/src`),
    ...readdirSync(path.join(ROOT, 'libs'))
      .filter((l) => l !== 'testing')
      .map((l) => `libs/${l}/src`),
  ];
  for (const root of roots.filter((r) => existsSync(path.join(ROOT, r)))) {
    for (const file of tsFiles(root)) {
      const lines = read(file).split('\n');
      lines.forEach((line, i) => {
        if (/process\.env\s*(\.\s*[A-Za-z_]|\[)/.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
  }
  return found;
}

/**
 * Packages that the deployed code loads at run time: non-type imports and re-exports of a bare module
 * name in apps/<app>/src, libs/<lib>/src (but libs/testing) and the provisioning tool, by package name.
 * The image installs `dependencies` only (npm ci --omit=dev), so each must be one.
 */
export function productionImports(): Map<string, string[]> {
  const roots = [
    ...readdirSync(path.join(ROOT, 'apps')).map((a) => `apps/${a}/src`),
    ...readdirSync(path.join(ROOT, 'libs'))
      .filter((l) => l !== 'testing')
      .map((l) => `libs/${l}/src`),
  ].filter((r) => existsSync(path.join(ROOT, r)));
  const files = [...roots.flatMap(tsFiles), provisionTool().source];
  const found = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, false);
    for (const statement of source.statements) {
      let specifier: ts.Expression | undefined;
      if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) specifier = statement.moduleSpecifier;
      if (ts.isExportDeclaration(statement) && !statement.isTypeOnly) specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier)) continue;
      const name = specifier.text;
      if (name.startsWith('.') || name.startsWith('node:') || name.startsWith('@parley/')) continue;
      const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!;
      found.set(pkg, [...(found.get(pkg) ?? []), file]);
    }
  }
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return tsFiles(relative);
    return entry.name.endsWith('.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(entry.name) ? [relative] : [];
  });
}

/** The local Kafka of scripts/kafka.sh: version (scripts/kafka/pom.xml), defaults and broker settings. */
export function localKafka(): { version: string; clusterId: string; heapOpts: string; settings: Record<string, string> } {
  const version = /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(read('scripts/kafka/pom.xml'))?.[1];
  const script = read('scripts/kafka.sh');
  const clusterId = /KAFKA_CLUSTER_ID:-([A-Za-z0-9_-]+)\}/.exec(script)?.[1];
  const heapOpts = /KAFKA_HEAP_OPTS:-([^}]+)\}/.exec(script)?.[1];
  if (!version || !clusterId || !heapOpts) throw new Error('cannot read kafka.version, the cluster id or the heap from scripts/kafka.sh + pom.xml');
  const settings: Record<string, string> = {};
  for (const line of read('scripts/kafka/server.properties.template').split('\n')) {
    const match = /^\s*([a-z][a-z0-9.-]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) settings[match[1]!] = match[2]!;
  }
  return { version, clusterId, heapOpts, settings };
}

/**
 * Broker settings from the apache/kafka image's environment, as the image maps them:
 * KAFKA_AUTO_CREATE_TOPICS_ENABLE → auto.create.topics.enable (`___` → `-`, `__` → `_`, `_` → `.`).
 * JVM and logging variables are not settings.
 */
export function kafkaImageSettings(env: Record<string, string>): Record<string, string> {
  const notSettings = new Set(['KAFKA_HEAP_OPTS', 'KAFKA_OPTS', 'KAFKA_JMX_OPTS', 'KAFKA_LOG4J_OPTS', 'KAFKA_JVM_PERFORMANCE_OPTS', 'KAFKA_GC_LOG_OPTS']);
  const settings: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('KAFKA_') || notSettings.has(name)) continue;
    const key = name
      .slice('KAFKA_'.length)
      .toLowerCase()
      .split('___')
      .map((part) => part.split('__').map((word) => word.replace(/_/g, '.')).join('_'))
      .join('-');
    settings[key] = value;
  }
  return settings;
}

/** The `major` of package.json's engines.node (">=20" → 20). */
export function nodeEngineMajor(): number {
  const engines = (JSON.parse(read('package.json')) as { engines?: { node?: string } }).engines?.node ?? '';
  const major = /(\d+)/.exec(engines)?.[1];
  if (!major) throw new Error(`package.json engines.node has no version: '${engines}'`);
  return Number(major);
}

export { read as readRepoFile };
