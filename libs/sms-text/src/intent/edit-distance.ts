/**
 * Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring):
 * insertions, deletions, substitutions and transpositions of adjacent letters each cost one. Stops
 * early and returns `max + 1` once the distance must exceed `max`. Words up to 63 letters.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length >= ROW_SIZE || b.length >= ROW_SIZE) return max + 1;
  let previousPrevious = rows[0];
  let previous = rows[1];
  let current = rows[2];
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, previousPrevious[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const spare = previousPrevious;
    previousPrevious = previous;
    previous = current;
    current = spare;
  }
  return previous[b.length];
}

const ROW_SIZE = 64;
/** Three reused rows: the distance is computed on every short inbound text. */
const rows = [new Int32Array(ROW_SIZE), new Int32Array(ROW_SIZE), new Int32Array(ROW_SIZE)];

/** "stooop" → "stop", "helpp" → "help": runs of one letter count once. */
export function collapseRepeats(word: string): string {
  // Most words have no letter twice in a row, and need no regular expression to say so.
  for (let i = 1; i < word.length; i += 1) if (word.charCodeAt(i) === word.charCodeAt(i - 1)) return word.replace(REPEATS, '$1');
  return word;
}

const REPEATS = /(.)\1+/g;
