import { FNV_OFFSET, FNV_PRIME, hashOf } from './word-hash';

/**
 * The statistical fallback behind the rules: a multinomial logistic regression over hashed features of
 * the folded text (normalizeIntentText), trained on corpus/intents.tsv by
 * scripts/train-intent-model.ts, which writes intent-model-weights.ts. classifyIntent asks it only when
 * the rules found nothing (rule `none`, and no negated opt-out phrase), and takes its answer only above a
 * threshold chosen by cross-validation.
 *
 * Features, each hashed into one of 2^bits buckets (no string is made for any of them):
 * - every word (the same FNV-1a hash foldIntentText computes, word-hash.ts), and every pair of adjacent
 *   words, the first word with the start of the text and the last with its end;
 * - the character 3- and 4-grams of every word with its boundaries ("^st", "sto", "top", "op$", "^sto",
 *   "stop", "top$"), which carry typos and texting-speak ("stahp", "msgs") to the words they resemble;
 * - every word of the three after a negation ("don't", "no", "jamais" ...) once more, marked negated, so
 *   "don't stop the deals" does not weigh like "stop the deals";
 * - the number of words (1, 2, 3, 4-5, 6-9, 10 or more).
 * A text is the sum of its features' weights divided by the square root of their number, plus a bias.
 */
export const MODEL_INTENTS = ['none', 'opt-out', 'opt-in', 'help'] as const;
export type ModelIntent = (typeof MODEL_INTENTS)[number];

/** Folded texts longer than this are not given to the model: it learned from texts of a sentence or two. */
export const MODEL_MAX_LENGTH = 160;

export interface IntentModel {
  /** log2 of the number of buckets. */
  bits: number;
  /** Per class (MODEL_INTENTS order), the bias. */
  bias: Float64Array;
  /**
   * Per bucket, the weights of opt-out, opt-in and help relative to none (none's is 0: softmax only needs
   * the differences), as multiples of `scale`: bucket b at 4b + 0, 1, 2 (4b + 3 unused).
   */
  weights: Int8Array;
  /** `weights` read four bytes at a time (one load per feature): opt-out in the low byte. */
  packed: Int32Array;
  scale: number;
  /** The least probability at which the model's answer is taken, per class (none's unused). */
  thresholds: Float64Array;
}

/** What a stored model looks like (intent-model-weights.ts). */
export interface SerializedIntentModel {
  bits: number;
  scale: number;
  bias: readonly number[];
  thresholds: { 'opt-out': number; 'opt-in': number; help: number };
  /** base64 of, per bucket with a weight, in increasing order: the gap from the last one (LEB128), then three int8. */
  weights: string;
}

export function decodeIntentModel(serialized: SerializedIntentModel): IntentModel {
  const weights = new Int8Array(4 << serialized.bits);
  const bytes = Buffer.from(serialized.weights, 'base64');
  let bucket = -1;
  let at = 0;
  while (at < bytes.length) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at];
      at += 1;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += gap;
    for (let c = 0; c < 3; c += 1) weights[4 * bucket + c] = (bytes[at + c] << 24) >> 24;
    at += 3;
  }
  const { thresholds } = serialized;
  return {
    bits: serialized.bits,
    bias: Float64Array.from(serialized.bias),
    weights,
    packed: packedView(weights),
    scale: serialized.scale,
    thresholds: Float64Array.from([1, thresholds['opt-out'], thresholds['opt-in'], thresholds.help]),
  };
}

/** The weights as little-endian 32-bit words, one per bucket. */
export function packedView(weights: Int8Array): Int32Array {
  if (!LITTLE_ENDIAN) throw new Error('intent-model: a little-endian platform is assumed');
  return new Int32Array(weights.buffer, weights.byteOffset, weights.length >> 2);
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

export function encodeIntentModel(model: IntentModel): SerializedIntentModel {
  const bytes: number[] = [];
  let last = -1;
  for (let bucket = 0; bucket < 1 << model.bits; bucket += 1) {
    const w = model.weights;
    if (w[4 * bucket] === 0 && w[4 * bucket + 1] === 0 && w[4 * bucket + 2] === 0) continue;
    let gap = bucket - last;
    last = bucket;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
    for (let c = 0; c < 3; c += 1) bytes.push(w[4 * bucket + c] & 0xff);
  }
  return {
    bits: model.bits,
    scale: model.scale,
    bias: [...model.bias],
    thresholds: { 'opt-out': model.thresholds[1], 'opt-in': model.thresholds[2], help: model.thresholds[3] },
    weights: Buffer.from(bytes).toString('base64'),
  };
}

const UNIGRAM = 0x1b873593;
const BIGRAM = 0x2c1b3c6d;
const GRAM3 = 0x297a2d39;
const GRAM4 = 0x68e31da4;
const LENGTH = 0x5bd1e995;
const NEGATED = 0x61c88647;
/** Stand-ins for the start and end of the text (bigrams) and of a word (character grams). */
const TEXT_START = 0x3c6ef372;
const TEXT_END = 0x7f4a7c15;
const WORD_START = 1;
const WORD_END = 2;

/** Fibonacci hashing: the bucket is the top bits of the hash times 2^32 / φ. */
const GOLDEN = 0x9e3779b1 | 0;

/** Room featuresOf needs for a folded text of `length` characters. */
export function featureRoom(length: number): number {
  return 4 * length + 8;
}

/**
 * The buckets of a folded text's features, written to `out` (room for featureRoom(normalized.length));
 * returns how many. A bucket may appear more than once (a feature twice, or two that collide).
 */
export function featuresOf(normalized: string, bits: number, out: Int32Array): number {
  const shift = 32 - bits;
  const length = normalized.length;
  let n = 0;
  let words = 0;
  let previous = TEXT_START;
  let hash = FNV_OFFSET;
  let start = 0;
  let negated = 0; // words left that a negation reaches
  let units = 0; // the bits of the word's characters: below 256 when all are Latin-1
  for (let i = 0; i <= length; i += 1) {
    const code = i < length ? normalized.charCodeAt(i) : 32;
    if (code !== 32) {
      hash = Math.imul(hash ^ code, FNV_PRIME);
      units |= code;
      continue;
    }
    if (i > start) {
      out[n] = Math.imul(hash ^ UNIGRAM, GOLDEN) >>> shift;
      out[n + 1] = Math.imul(Math.imul(previous ^ BIGRAM, FNV_PRIME) ^ hash, GOLDEN) >>> shift;
      n += 2;
      if (i - start <= 6 && isNegation(hash)) negated = 3;
      else if (negated > 0) {
        out[n] = Math.imul(hash ^ NEGATED, GOLDEN) >>> shift;
        n += 1;
        negated -= 1;
      }
      n = characterGrams(normalized, start, i, shift, out, n, units < 256);
      previous = hash;
      words += 1;
    }
    hash = FNV_OFFSET;
    units = 0;
    start = i + 1;
  }
  out[n] = Math.imul(Math.imul(previous ^ BIGRAM, FNV_PRIME) ^ TEXT_END, GOLDEN) >>> shift;
  out[n + 1] = Math.imul(LENGTH + lengthClass(words), GOLDEN) >>> shift;
  return n + 2;
}

/** Folded negations, by hash (word-hash.ts). */
const NEGATION_HASHES = Int32Array.from(
  ['no', 'not', 'dont', 'never', 'didnt', 'doesnt', 'wont', 'cant', 'nunca', 'jamas', 'ni', 'ne', 'n', 'pas', 'jamais', 'non'].map(hashOf),
);

function isNegation(hash: number): boolean {
  for (let k = 0; k < NEGATION_HASHES.length; k += 1) if (NEGATION_HASHES[k] === hash) return true;
  return false;
}

function lengthClass(words: number): number {
  if (words <= 3) return words;
  if (words <= 5) return 4;
  return words <= 9 ? 5 : 6;
}

/**
 * The 3- and 4-grams of the word at [start, end) with its boundaries. Characters below 256 (every folded
 * Latin text) are packed into one 32-bit key per gram, one multiplication each; others are hashed.
 */
function characterGrams(text: string, start: number, end: number, shift: number, out: Int32Array, from: number, latin1: boolean): number {
  let n = from;
  const last = end - start + 1; // index of WORD_END in the padded word
  let a = WORD_START;
  let b = text.charCodeAt(start);
  let c = codeAt(text, start, 2, last);
  // Padded word: WORD_START, the letters, WORD_END; gram k begins at padded index k.
  for (let k = 0; k + 2 <= last; k += 1) {
    const key3 = latin1 ? (a << 16) | (b << 8) | c : Math.imul(Math.imul(Math.imul(a, FNV_PRIME) ^ b, FNV_PRIME) ^ c, FNV_PRIME);
    out[n] = Math.imul(key3 ^ GRAM3, GOLDEN) >>> shift;
    n += 1;
    if (k + 3 > last) break;
    const d = codeAt(text, start, k + 3, last);
    const key4 = latin1 ? (a << 24) | (b << 16) | (c << 8) | d : Math.imul(key3 ^ d, FNV_PRIME);
    out[n] = Math.imul(key4 ^ GRAM4, GOLDEN) >>> shift;
    n += 1;
    a = b;
    b = c;
    c = d;
  }
  return n;
}

function codeAt(text: string, start: number, padded: number, last: number): number {
  return padded === last ? WORD_END : text.charCodeAt(start + padded - 1);
}

/** Scratch for featuresOf at classification time (folded texts up to MODEL_MAX_LENGTH). */
const scratch = new Int32Array(featureRoom(MODEL_MAX_LENGTH));

/**
 * The probability of each class (MODEL_INTENTS order) for a folded text, written to `out`. For
 * training and evaluation; classification uses modelIntent.
 */
export function modelProbabilities(normalized: string, model: IntentModel, out: Float64Array, features?: Int32Array): void {
  const buffer = features ?? (normalized.length <= MODEL_MAX_LENGTH ? scratch : new Int32Array(featureRoom(normalized.length)));
  scores(buffer, featuresOf(normalized, model.bits, buffer), model, out);
}

function scores(buffer: Int32Array, n: number, model: IntentModel, out: Float64Array): void {
  const packed = model.packed;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let k = 0; k < n; k += 1) {
    const w = packed[buffer[k]];
    s1 += (w << 24) >> 24;
    s2 += (w << 16) >> 24;
    s3 += (w << 8) >> 24;
  }
  const factor = model.scale / Math.sqrt(n);
  const bias = model.bias;
  const z0 = bias[0];
  const z1 = bias[1] + s1 * factor;
  const z2 = bias[2] + s2 * factor;
  const z3 = bias[3] + s3 * factor;
  const top = Math.max(z0, z1, z2, z3);
  const e0 = Math.exp(z0 - top);
  const e1 = Math.exp(z1 - top);
  const e2 = Math.exp(z2 - top);
  const e3 = Math.exp(z3 - top);
  const sum = e0 + e1 + e2 + e3;
  out[0] = e0 / sum;
  out[1] = e1 / sum;
  out[2] = e2 / sum;
  out[3] = e3 / sum;
}

const probabilities = new Float64Array(4);

/**
 * The class the model answers for a folded text, when its probability reaches that class's threshold
 * (every threshold is above one half, so at most one can), with the probability; undefined otherwise,
 * and for texts longer than MODEL_MAX_LENGTH.
 */
export function modelIntent(normalized: string, model: IntentModel): { intent: Exclude<ModelIntent, 'none'>; confidence: number } | undefined {
  if (normalized.length > MODEL_MAX_LENGTH || normalized.length === 0) return undefined;
  scores(scratch, featuresOf(normalized, model.bits, scratch), model, probabilities);
  for (let c = 1; c < 4; c += 1) {
    if (probabilities[c] >= model.thresholds[c]) return { intent: MODEL_INTENTS[c] as Exclude<ModelIntent, 'none'>, confidence: probabilities[c] };
  }
  return undefined;
}
