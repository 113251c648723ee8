import { isGsm7 } from './gsm7';
import { transliterate } from './transliterate';

describe('transliterate', () => {
  it.each([
    ['curly single quotes', '‘quoted’', "'quoted'"],
    ['curly double quotes and guillemets', '“a” «b»', '"a" "b"'],
    ['en and em dashes, minus sign', '1–2 — 3 − 4', '1-2 - 3 - 4'],
    ['ellipsis', 'wait…', 'wait...'],
    ['non-breaking and thin spaces', '10\u00a0€ 5\u2009kg', '10 € 5 kg'],
    ['zero-width characters', 'S\u200bT\u2060OP\ufeff', 'STOP'],
    ['accents GSM-7 lacks', 'áâãíóúýÿ ÁÍÓÚ ç ş ž', 'aaaiouyy AIOU c s z'],
    ['ligatures and special letters', 'Œuvre łódź straße', 'OEuvre lodz straße'],
    ['Greek capitals that look Latin', 'ΑΘΗΝΑ', 'AΘHNA'],
    ['a decomposed accent GSM-7 has', 'Cafe\u0301', 'Café'],
    ['a decomposed accent GSM-7 lacks', 'a\u0302', 'a'],
  ])('%s', (_name, input, expected) => {
    const result = transliterate(input);
    expect(result.text).toBe(expected);
    expect(isGsm7(result.text)).toBe(true);
  });

  it('keeps letters that are already GSM-7 (é, ñ, ü, Ç, ø, ß)', () => {
    const text = 'é ñ ü Ç ø ß Δ';
    expect(transliterate(text)).toEqual({ text, changes: [] });
  });

  it('reports each change with its index in the original text', () => {
    expect(transliterate('“Olá” – ça va…').changes).toEqual([
      { index: 0, from: '“', to: '"' },
      { index: 3, from: 'á', to: 'a' },
      { index: 4, from: '”', to: '"' },
      { index: 6, from: '–', to: '-' },
      { index: 8, from: 'ç', to: 'c' },
      { index: 13, from: '…', to: '...' },
    ]);
  });

  it('reports a letter and its combining accent as one change', () => {
    expect(transliterate('Cafe\u0301!').changes).toEqual([{ index: 3, from: 'e\u0301', to: 'é' }]);
  });

  it('leaves what has no look-alike: emoji (with their joiners), Cyrillic, CJK', () => {
    const family = '👨\u200d👩\u200d👧';
    for (const text of [family, 'Привет', 'й', 'и\u0306', '你好']) expect(transliterate(text)).toEqual({ text, changes: [] });
  });
});
