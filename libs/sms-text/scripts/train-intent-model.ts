// Trains the statistical fallback of classifyIntent (src/intent/intent-model.ts) on corpus/intents.tsv,
// chooses its thresholds by 5-fold cross-validation, prints the cross-validated figures and writes
// src/intent/intent-model-weights.ts. Deterministic: fixed seed, fixed order, same file every run.
//
//   npm run train:intent-model                       # build, train, write the weights
//   node dist/libs/sms-text/scripts/train-intent-model.js [--check] [--bits=18] [--l2=...] [--epochs=...]
//
// --check writes nothing and fails when the committed weights differ from the ones trained now.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { classifyIntent, type Intent } from '../src/intent/classify-intent';
import { encodeIntentModel, featureRoom, featuresOf, MODEL_INTENTS, packedView, type IntentModel } from '../src/intent/intent-model';
import { normalizeIntentText } from '../src/intent/normalize-intent-text';

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? 'true'] as const;
  }),
);
const numberArg = (name: string, fallback: number) => (args.has(name) ? Number(args.get(name)) : fallback);

const BITS = numberArg('bits', 16);
const EPOCHS = numberArg('epochs', 30);
const LEARNING_RATE = numberArg('lr', 0.2);
const L2 = numberArg('l2', 1e-3);
const FOLDS = 5;
const SEED = 0x5eed1234;
/** Per class, the most (as a share of the held-out texts of other classes) the model alone may take for it. */
const MAX_FALSE: Record<string, number> = { 'opt-out': 0.005, 'opt-in': 0.0025, help: 0.005 };
/** Thresholds are looked for on this grid, never below one half (so at most one class can pass). */
const THRESHOLD_GRID = Array.from({ length: 100 }, (_, i) => (500 + 5 * i) / 1000);

const inDist = __dirname.split(sep).includes('dist');
const libRoot = resolve(__dirname, inDist ? '../../../../libs/sms-text' : '..');
const corpusFile = join(libRoot, 'corpus/intents.tsv');
const weightsFile = join(libRoot, 'src/intent/intent-model-weights.ts');

interface Example {
  text: string;
  label: number;
  category: string;
  normalized: string;
  features: Int32Array;
}

function load(): Example[] {
  const lines = readFileSync(corpusFile, 'utf8').split('\n').filter((line) => line.trim() !== '');
  return lines.slice(1).map((line) => {
    const [text, intent, category] = line.split('\t');
    const label = MODEL_INTENTS.indexOf(intent as (typeof MODEL_INTENTS)[number]);
    if (label < 0) throw new Error(`bad intent in ${line}`);
    const normalized = normalizeIntentText(text);
    const room = new Int32Array(featureRoom(normalized.length));
    const features = room.slice(0, featuresOf(normalized, BITS, room));
    return { text, label, category, normalized, features };
  });
}

function xorshift(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * Multinomial logistic regression by AdaGrad, on features scaled by 1 / sqrt(their number), with L2 on
 * the weights a text touches; then quantized to int8 relative to none.
 */
function train(examples: readonly Example[], seed: number): IntentModel {
  const buckets = 1 << BITS;
  const w = new Float64Array(4 * buckets);
  const g2 = new Float64Array(4 * buckets);
  const bias = new Float64Array(4);
  const biasG2 = new Float64Array(4);
  const random = xorshift(seed);
  const order = examples.map((_, i) => i);
  const z = new Float64Array(4);
  for (let epoch = 0; epoch < EPOCHS; epoch += 1) {
    shuffle(order, random);
    for (const index of order) {
      const { features, label } = examples[index];
      const v = 1 / Math.sqrt(features.length);
      for (let c = 0; c < 4; c += 1) {
        let sum = bias[c];
        for (const b of features) sum += w[4 * b + c] * v;
        z[c] = sum;
      }
      const top = Math.max(z[0], z[1], z[2], z[3]);
      let total = 0;
      for (let c = 0; c < 4; c += 1) total += (z[c] = Math.exp(z[c] - top));
      for (let c = 0; c < 4; c += 1) {
        const gradient = z[c] / total - (c === label ? 1 : 0);
        biasG2[c] += gradient * gradient;
        bias[c] -= (LEARNING_RATE * gradient) / Math.sqrt(biasG2[c] + 1e-8);
        for (const b of features) {
          const at = 4 * b + c;
          const g = gradient * v + L2 * w[at];
          g2[at] += g * g;
          w[at] -= (LEARNING_RATE * g) / Math.sqrt(g2[at] + 1e-8);
        }
      }
    }
  }
  let largest = 0;
  for (let b = 0; b < buckets; b += 1) for (let c = 1; c < 4; c += 1) largest = Math.max(largest, Math.abs(w[4 * b + c] - w[4 * b]));
  const scale = largest / 127;
  const weights = new Int8Array(4 * buckets);
  for (let b = 0; b < buckets; b += 1) for (let c = 1; c < 4; c += 1) weights[4 * b + c - 1] = Math.round((w[4 * b + c] - w[4 * b]) / scale);
  return { bits: BITS, bias: Float64Array.from(bias, (x) => round6(x)), weights, packed: packedView(weights), scale: round6(scale, 9), thresholds: Float64Array.from([1, 1, 1, 1]) };
}

const round6 = (x: number, digits = 6) => Number(x.toFixed(digits));

/** The probabilities the (quantized) model gives a text, as classification computes them. */
function probabilities(model: IntentModel, features: Int32Array): Float64Array {
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (const b of features) {
    s1 += model.weights[4 * b];
    s2 += model.weights[4 * b + 1];
    s3 += model.weights[4 * b + 2];
  }
  const f = model.scale / Math.sqrt(features.length);
  const z = [model.bias[0], model.bias[1] + s1 * f, model.bias[2] + s2 * f, model.bias[3] + s3 * f];
  const top = Math.max(...z);
  const e = z.map((x) => Math.exp(x - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return Float64Array.from(e, (x) => x / sum);
}

/**
 * Folds stratified by label and category; texts that fold to the same words ("STOP", "stop!") stay in one
 * fold, so no held-out text is a copy of a training one.
 */
function assignFolds(examples: readonly Example[]): number[] {
  const groups = new Map<string, number[]>();
  for (const [i, e] of examples.entries()) {
    const members = groups.get(e.normalized);
    if (members) members.push(i);
    else groups.set(e.normalized, [i]);
  }
  const strata = new Map<string, number[][]>();
  for (const members of groups.values()) {
    const first = examples[members[0]];
    const key = `${first.label}/${first.category}`;
    const list = strata.get(key);
    if (list) list.push(members);
    else strata.set(key, [members]);
  }
  const random = xorshift(SEED ^ 0x9e3779b9);
  const fold = new Array<number>(examples.length).fill(0);
  let next = 0;
  for (const key of [...strata.keys()].sort()) {
    for (const members of shuffle(strata.get(key)!, random)) {
      for (const i of members) fold[i] = next % FOLDS;
      next += 1;
    }
  }
  return fold;
}

/**
 * The least threshold on the grid at which the class takes at most its share of the other classes' texts
 * among `counted` (every text: the model alone; or the texts the rules leave to the model).
 */
function chooseThreshold(cls: number, examples: readonly Example[], oof: Float64Array[], counted: readonly boolean[]): number {
  const others = examples.filter((e, i) => counted[i] && e.label !== cls).length;
  const allowed = Math.floor(MAX_FALSE[MODEL_INTENTS[cls]] * others);
  for (const t of THRESHOLD_GRID) {
    let falses = 0;
    for (const [i, e] of examples.entries()) if (counted[i] && e.label !== cls && oof[i][cls] >= t) falses += 1;
    if (falses <= allowed) return t;
  }
  return 1;
}

function modelAnswer(p: Float64Array, thresholds: Float64Array): number {
  for (let c = 1; c < 4; c += 1) if (p[c] >= thresholds[c]) return c;
  return 0;
}

const pct = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)} %`);

function main(): void {
  const examples = load();
  const fold = assignFolds(examples);
  const lines: string[] = [];
  const say = (line: string) => {
    lines.push(line);
    console.log(line);
  };
  say(`intent model: ${examples.length} texts, ${FOLDS}-fold cross-validation, 2^${BITS} buckets, ${EPOCHS} epochs, lr ${LEARNING_RATE}, l2 ${L2}`);

  // Out-of-fold probabilities: each text scored by the model trained without its fold.
  const oof: Float64Array[] = new Array(examples.length);
  const foldModels: IntentModel[] = [];
  for (let k = 0; k < FOLDS; k += 1) {
    const model = train(
      examples.filter((_, i) => fold[i] !== k),
      SEED + k,
    );
    foldModels.push(model);
    for (const [i, e] of examples.entries()) if (fold[i] === k) oof[i] = probabilities(model, e.features);
  }
  if (args.has('diag')) {
    const neg = examples.map((e, i) => ({ e, p: oof[i][1] })).filter(({ e }) => e.label !== 1).sort((a, b) => b.p - a.p);
    for (const { e, p } of neg.slice(0, 25)) console.log('  false?', p.toFixed(4), e.category, JSON.stringify(e.text));
    const pos = examples.map((_, i) => oof[i][1]).filter((_, i) => examples[i].label === 1).sort((a, b) => a - b);
    console.log('opt-out p quantiles', [0.05, 0.1, 0.2, 0.3, 0.5, 0.7].map((q) => pos[Math.floor(q * pos.length)].toFixed(3)).join(' '));
  }
  // Which texts the rules leave to the model (rule none, no negated phrase): a model that always answers
  // answers exactly those.
  const always: IntentModel = { ...foldModels[0], thresholds: Float64Array.from([0, 0, 0, 0]) };
  const asked = examples.map((e) => classifyIntent(e.text, { model: always }).rule.startsWith('model:'));
  const every = examples.map(() => true);
  // Each threshold keeps the model within its share of false answers both alone on every held-out text and
  // on the held-out texts the rules leave to it (most of them hard negatives).
  const thresholds = Float64Array.from([0, 1, 2, 3].map((c) => (c === 0 ? 1 : Math.max(chooseThreshold(c, examples, oof, every), chooseThreshold(c, examples, oof, asked)))));
  say(`thresholds (least probability taken): opt-out ${thresholds[1]}, opt-in ${thresholds[2]}, help ${thresholds[3]}`);
  say(`  texts the rules leave to the model: ${asked.filter(Boolean).length} (${examples.filter((e, i) => asked[i] && e.label !== 0).length} of them labeled other than none)`);

  // The model alone on held-out folds.
  say('model alone, held-out folds:');
  for (let c = 1; c < 4; c += 1) {
    const answered = examples.map((e, i) => ({ e, a: modelAnswer(oof[i], thresholds) }));
    const tp = answered.filter(({ e, a }) => a === c && e.label === c).length;
    const taken = answered.filter(({ a }) => a === c).length;
    const labeled = examples.filter((e) => e.label === c).length;
    const others = examples.length - labeled;
    say(
      `  ${MODEL_INTENTS[c].padEnd(8)} precision ${pct(tp, taken)}  recall ${pct(tp, labeled)}  other texts taken for it ${pct(taken - tp, others)} (${taken - tp} of ${others})`,
    );
  }
  const categories = [...new Set(examples.map((e) => e.category))].sort();
  say('model alone, recall per category (held-out folds):');
  for (const category of categories) {
    const inCategory = examples.map((e, i) => ({ e, i })).filter(({ e }) => e.category === category);
    const right = inCategory.filter(({ e, i }) => modelAnswer(oof[i], thresholds) === e.label).length;
    say(`  ${category.padEnd(15)} ${String(inCategory.length).padStart(4)} texts  ${pct(right, inCategory.length)}`);
  }

  // The real rules with each fold's model behind them, on that fold.
  let fired = 0;
  const combined = examples.map((e, i) => {
    const model = foldModels[fold[i]];
    model.thresholds = thresholds;
    const result = classifyIntent(e.text, { model });
    if (result.rule.startsWith('model:')) fired += 1;
    return { e, actual: result.intent as Intent };
  });
  say(`rules + model (rules as they are, model trained without the fold), ${fired} answers by the model:`);
  for (const category of categories) {
    const inCategory = combined.filter(({ e }) => e.category === category);
    const right = inCategory.filter(({ e, actual }) => actual === MODEL_INTENTS[e.label]).length;
    say(`  ${category.padEnd(15)} ${String(inCategory.length).padStart(4)} texts  recall ${pct(right, inCategory.length)}`);
  }
  const notOptOut = combined.filter(({ e }) => e.label !== 1);
  const falseOptOuts = notOptOut.filter(({ actual }) => actual === 'opt-out').length;
  say(`  texts that are not opt-outs taken for opt-outs: ${pct(falseOptOuts, notOptOut.length)} (${falseOptOuts} of ${notOptOut.length})`);

  const model = train(examples, SEED);
  model.thresholds = thresholds;
  const serialized = encodeIntentModel(model);
  const nonZero = Buffer.from(serialized.weights, 'base64').length;
  const source =
    '// Generated by libs/sms-text/scripts/train-intent-model.ts (npm run train:intent-model): do not edit.\n' +
    lines.map((line) => `// ${line}`).join('\n') +
    `\nimport type { SerializedIntentModel } from './intent-model';\n\n` +
    `export const INTENT_MODEL_WEIGHTS: SerializedIntentModel = {\n` +
    `  bits: ${serialized.bits},\n  scale: ${serialized.scale},\n  bias: [${serialized.bias.join(', ')}],\n` +
    `  thresholds: { 'opt-out': ${serialized.thresholds['opt-out']}, 'opt-in': ${serialized.thresholds['opt-in']}, help: ${serialized.thresholds.help} },\n` +
    `  weights:\n    '${serialized.weights}',\n};\n`;
  console.log(`weights: ${nonZero} bytes packed, ${source.length} characters of source`);
  if (args.has('check')) {
    const same = existsSync(weightsFile) && readFileSync(weightsFile, 'utf8') === source;
    console.log(same ? `${weightsFile} is up to date` : `${weightsFile} differs from the model trained now`);
    if (!same) process.exit(1);
    return;
  }
  if (args.has('dry-run')) return;
  writeFileSync(weightsFile, source);
  console.log(`wrote ${weightsFile}`);
}

main();
