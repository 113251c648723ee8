/**
 * FNV-1a over the UTF-16 units of a word: the hash normalizeIntentText computes for each word as it
 * writes it, and word-cues.ts looks words up by.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

export function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i += 1) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}

/**
 * The words of a folded text: hash, start and end of each, in order. Filled by foldIntentText as it
 * folds, or by word-cues.ts from the folded text. In a long text foldIntentText notes only the words that
 * may matter, those whose hash `filter` may hold and those that begin a sentence; `complete` says whether
 * every word is there.
 */
export interface FoldedWords {
  hashes: Int32Array;
  /** start, end of word k at 2k, 2k + 1. */
  bounds: Int32Array;
  count: number;
  /** False when the folded text was changed after its words were noted ("S T O P" joined into "stop"). */
  valid: boolean;
  complete: boolean;
  readonly filter: Int32Array | undefined;
}

export function newFoldedWords(filter?: Int32Array): FoldedWords {
  return { hashes: new Int32Array(256), bounds: new Int32Array(512), count: 0, valid: true, complete: true, filter };
}

/**
 * A bit filter of hashes: one bit per 2^14 hash values (2^18 bits, 32 KB). A clear bit means no word of
 * the filter has this hash; for a few hundred words, about one other word in a hundred finds its bit set.
 */
const FILTER_SHIFT = 14;

export function newFilter(): Int32Array {
  return new Int32Array(1 << (32 - FILTER_SHIFT - 5));
}

export function mayHold(filter: Int32Array, hash: number): boolean {
  const bit = hash >>> FILTER_SHIFT;
  return (filter[bit >>> 5] & (1 << (bit & 31))) !== 0;
}

export function addToFilter(filter: Int32Array, word: string): void {
  const bit = hashOf(word) >>> FILTER_SHIFT;
  filter[bit >>> 5] |= 1 << (bit & 31);
}

export function addWord(words: FoldedWords, hash: number, start: number, end: number): void {
  if (words.count === words.hashes.length) {
    const hashes = new Int32Array(words.hashes.length * 2);
    hashes.set(words.hashes);
    words.hashes = hashes;
    const bounds = new Int32Array(words.bounds.length * 2);
    bounds.set(words.bounds);
    words.bounds = bounds;
  }
  words.hashes[words.count] = hash;
  words.bounds[2 * words.count] = start;
  words.bounds[2 * words.count + 1] = end;
  words.count += 1;
}
