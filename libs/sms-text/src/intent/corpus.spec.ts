import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyIntent, type Intent } from './classify-intent';

/**
 * The labeled corpora (libs/sms-text/corpus/intents.tsv and intents-holdout.tsv) against classifyIntent.
 * Prints precision and recall per intent and recall per category, then holds each to the bar: every standard keyword right, at
 * least 95 % recall on plain-language, misspelled, Spanish and French requests, and at most 1 % of
 * texts that are not opt-outs taken for one.
 */
interface Row {
  text: string;
  expected: Intent;
  category: string;
  actual: Intent;
  rule: string;
}

const INTENTS: readonly Intent[] = ['opt-out', 'opt-in', 'help', 'none'];

function loadCorpus(file: string): Row[] {
  const lines = readFileSync(join(__dirname, '../../corpus', file), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const [header, ...rows] = lines;
  expect(header).toBe('text\tintent\tcategory');
  return rows.map((line, index) => {
    const [text, expected, category] = line.split('\t');
    if (!INTENTS.includes(expected as Intent) || !category) throw new Error(`${file} line ${index + 2} is malformed: ${line}`);
    const result = classifyIntent(text);
    return { text, expected: expected as Intent, category, actual: result.intent, rule: result.rule };
  });
}

const rows = loadCorpus('intents.tsv');
const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10);
const recallOf = (subset: Row[]) => percent(subset.filter((row) => row.actual === row.expected).length, subset.length);

/**
 * Both corpora are held to the bar. intents.tsv is what the rules and the model learned from, so there the
 * bar is a regression floor. intents-holdout.tsv was written by someone who never saw the rules and has
 * not been learned from: its figures estimate accuracy on texts nobody has seen. A miss there is
 * learned from only together with a fresh held-out set to take its place.
 */
const corpora = [
  { file: 'intents.tsv', title: 'intents.tsv (the rules were written with it in view: a regression floor)', rows },
  { file: 'intents-holdout.tsv', title: 'intents-holdout.tsv (held out: written without sight of the rules)', rows: loadCorpus('intents-holdout.tsv') },
];

describe('intent corpus', () => {
  it('holds at least 300 labeled texts, 100 of them negatives', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((row) => row.category === 'negative').length).toBeGreaterThanOrEqual(100);
  });

  describe.each(corpora)('$file', ({ title, rows: corpus }) => {
    it('prints precision and recall per intent and recall per category', () => {
      process.stdout.write(report(title, corpus));
      expect(INTENTS.every((intent) => corpus.some((row) => row.expected === intent))).toBe(true);
    });

    it('recognizes every standard keyword, in any case and with punctuation', () => {
      const wrong = corpus.filter((row) => row.category === 'standard' && row.actual !== row.expected).map((row) => row.text);
      expect(wrong).toEqual([]);
    });

    it.each(['plain-language', 'misspelling', 'es', 'fr'])('recalls at least 95 %% of %s requests', (category) => {
      const subset = corpus.filter((row) => row.category === category);
      expect(subset.length).toBeGreaterThanOrEqual(25);
      expect(recallOf(subset)).toBeGreaterThanOrEqual(95);
    });

    it('takes at most 1 % of texts that are not opt-outs for opt-outs', () => {
      const notOptOut = corpus.filter((row) => row.expected !== 'opt-out');
      const falseOptOuts = notOptOut.filter((row) => row.actual === 'opt-out');
      expect(percent(falseOptOuts.length, notOptOut.length)).toBeLessThanOrEqual(1);
      const negatives = corpus.filter((row) => row.category === 'negative');
      expect(percent(negatives.filter((row) => row.actual === 'opt-out').length, negatives.length)).toBeLessThanOrEqual(1);
    });
  });
});

function report(title: string, subset: Row[]): string {
  const perIntent = INTENTS.map((intent) => {
    const truePositives = subset.filter((row) => row.expected === intent && row.actual === intent).length;
    return {
      intent,
      labeled: subset.filter((row) => row.expected === intent).length,
      precision: percent(truePositives, subset.filter((row) => row.actual === intent).length),
      recall: percent(truePositives, subset.filter((row) => row.expected === intent).length),
    };
  });
  const perCategory = [...new Set(subset.map((row) => row.category))].map((category) => {
    const inCategory = subset.filter((row) => row.category === category);
    return { category, texts: inCategory.length, recall: recallOf(inCategory) };
  });
  const notOptOut = subset.filter((row) => row.expected !== 'opt-out');
  const falseOptOuts = percent(notOptOut.filter((row) => row.actual === 'opt-out').length, notOptOut.length);
  const misses = subset.filter((row) => row.actual !== row.expected).map((row) => `${JSON.stringify(row.text)} (${row.category}): expected ${row.expected}, got ${row.actual} by ${row.rule}`);
  return (
    `\nclassifyIntent on ${subset.length} labeled texts of ${title}\n` +
    `per intent:\n${perIntent.map((r) => `  ${r.intent.padEnd(8)} labeled ${String(r.labeled).padStart(3)}  precision ${r.precision}%  recall ${r.recall}%`).join('\n')}\n` +
    `per category:\n${perCategory.map((r) => `  ${r.category.padEnd(14)} ${String(r.texts).padStart(3)} texts  recall ${r.recall}%`).join('\n')}\n` +
    `texts that are not opt-outs taken for opt-outs: ${falseOptOuts}%\n` +
    `misclassified (${misses.length}):\n${misses.map((m) => `  ${m}`).join('\n') || '  none'}\n`
  );
}
