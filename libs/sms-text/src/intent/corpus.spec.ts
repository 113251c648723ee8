import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyIntent, type Intent } from './classify-intent';

/**
 * The labeled corpus (libs/sms-text/corpus/intents.tsv) against classifyIntent. Prints precision and
 * recall per intent and recall per category, then holds the bar: every standard keyword right, at
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

function loadCorpus(): Row[] {
  const lines = readFileSync(join(__dirname, '../../corpus/intents.tsv'), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const [header, ...rows] = lines;
  expect(header).toBe('text\tintent\tcategory');
  return rows.map((line, index) => {
    const [text, expected, category] = line.split('\t');
    if (!INTENTS.includes(expected as Intent) || !category) throw new Error(`intents.tsv line ${index + 2} is malformed: ${line}`);
    const result = classifyIntent(text);
    return { text, expected: expected as Intent, category, actual: result.intent, rule: result.rule };
  });
}

const rows = loadCorpus();
const percent = (part: number, whole: number) => (whole === 0 ? 100 : Math.round((1000 * part) / whole) / 10);
const recallOf = (subset: Row[]) => percent(subset.filter((row) => row.actual === row.expected).length, subset.length);

describe('intent corpus', () => {
  it('holds at least 300 labeled texts, 100 of them negatives', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((row) => row.category === 'negative').length).toBeGreaterThanOrEqual(100);
  });

  it('prints precision and recall per intent and recall per category', () => {
    const perIntent = INTENTS.map((intent) => {
      const truePositives = rows.filter((row) => row.expected === intent && row.actual === intent).length;
      return {
        intent,
        labeled: rows.filter((row) => row.expected === intent).length,
        precision: percent(truePositives, rows.filter((row) => row.actual === intent).length),
        recall: percent(truePositives, rows.filter((row) => row.expected === intent).length),
      };
    });
    const categories = [...new Set(rows.map((row) => row.category))];
    const perCategory = categories.map((category) => {
      const subset = rows.filter((row) => row.category === category);
      return { category, texts: subset.length, recall: recallOf(subset) };
    });
    const misses = rows.filter((row) => row.actual !== row.expected).map((row) => `${JSON.stringify(row.text)} (${row.category}): expected ${row.expected}, got ${row.actual} by ${row.rule}`);
    // The figures are the point of this test: print them where `npm test` shows them.
    process.stdout.write(
      `\nclassifyIntent on ${rows.length} labeled texts\n` +
        `per intent:\n${perIntent.map((r) => `  ${r.intent.padEnd(8)} labeled ${String(r.labeled).padStart(3)}  precision ${r.precision}%  recall ${r.recall}%`).join('\n')}\n` +
        `per category:\n${perCategory.map((r) => `  ${r.category.padEnd(14)} ${String(r.texts).padStart(3)} texts  recall ${r.recall}%`).join('\n')}\n` +
        `misclassified (${misses.length}):\n${misses.map((m) => `  ${m}`).join('\n') || '  none'}\n`,
    );
    expect(perIntent.every((r) => r.labeled > 0)).toBe(true);
  });

  it('recognizes every standard keyword, in any case and with punctuation', () => {
    const wrong = rows.filter((row) => row.category === 'standard' && row.actual !== row.expected).map((row) => row.text);
    expect(wrong).toEqual([]);
  });

  it.each(['plain-language', 'misspelling', 'es', 'fr'])('recalls at least 95 %% of %s requests', (category) => {
    const subset = rows.filter((row) => row.category === category);
    expect(subset.length).toBeGreaterThanOrEqual(25);
    expect(recallOf(subset)).toBeGreaterThanOrEqual(95);
  });

  it('takes at most 1 % of texts that are not opt-outs for opt-outs', () => {
    const notOptOut = rows.filter((row) => row.expected !== 'opt-out');
    const falseOptOuts = notOptOut.filter((row) => row.actual === 'opt-out');
    expect(percent(falseOptOuts.length, notOptOut.length)).toBeLessThanOrEqual(1);
    const negatives = rows.filter((row) => row.category === 'negative');
    expect(percent(negatives.filter((row) => row.actual === 'opt-out').length, negatives.length)).toBeLessThanOrEqual(1);
  });
});
