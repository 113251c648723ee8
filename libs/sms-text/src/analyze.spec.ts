import { analyze, SEGMENT_LIMITS } from './analyze';
import { GSM7_BASIC, GSM7_EXTENSION, isGsm7 } from './gsm7';

/** No lone surrogate: a part boundary never fell inside a surrogate pair. */
const isWellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

const septets = (segment: string) => [...segment].reduce((n, c) => n + (GSM7_EXTENSION.has(c) ? 2 : 1), 0);

describe('GSM-7 alphabet', () => {
  it('has 128 positions in the default table and 10 extension characters', () => {
    expect(GSM7_BASIC).toHaveLength(128);
    expect(GSM7_EXTENSION.size).toBe(10);
  });

  it('covers the accented letters of the default table but not their neighbours', () => {
    expect(isGsm7('Café à Göteborg, Ñoño, Ø, ù')).toBe(true);
    expect(isGsm7('ç')).toBe(false);
    expect(isGsm7('á')).toBe(false);
    expect(isGsm7('\x1b')).toBe(false);
  });
});

describe('analyze, GSM-7', () => {
  it.each([
    ['empty text', '', 0, 1],
    ['160 characters', 'a'.repeat(160), 160, 1],
    ['161 characters', 'a'.repeat(161), 161, 2],
    ['306 characters (2 × 153)', 'a'.repeat(306), 306, 2],
    ['307 characters', 'a'.repeat(307), 307, 3],
  ])('%s → %i septets in %i segment(s)', (_name, text, units, segments) => {
    const result = analyze(text);
    expect(result.encoding).toBe('GSM-7');
    expect(result.units).toBe(units);
    expect(result.segments).toHaveLength(segments);
    expect(result.segments.join('')).toBe(text);
    expect(result.ucs2Chars).toEqual([]);
  });

  it('returns one empty segment for an empty text', () => {
    expect(analyze('').segments).toEqual(['']);
  });

  it('splits 161 characters into parts of at most 153 septets', () => {
    const { segments } = analyze('a'.repeat(161));
    expect(segments.map((s) => s.length)).toEqual([153, 8]);
  });

  it('counts extension characters as two septets', () => {
    const result = analyze('{[€]}');
    expect(result).toMatchObject({ encoding: 'GSM-7', units: 10, segments: ['{[€]}'] });
    expect(analyze('€'.repeat(80)).segments).toHaveLength(1);
    expect(analyze('€'.repeat(81)).segments).toHaveLength(2);
  });

  it('keeps 152 a + € in one message (154 septets)', () => {
    expect(analyze('a'.repeat(152) + '€')).toMatchObject({ units: 154, segments: ['a'.repeat(152) + '€'] });
  });

  it('never splits an escape pair at the 153 boundary', () => {
    const text = 'a'.repeat(152) + '€' + 'b'.repeat(10);
    const { units, segments } = analyze(text);
    expect(units).toBe(164);
    expect(segments).toEqual(['a'.repeat(152), '€' + 'b'.repeat(10)]);
    expect(segments.every((s) => septets(s) <= 153)).toBe(true);
  });

  it('needs three segments for 153 "]" (306 septets), as carriers bill it', () => {
    const { units, segments } = analyze(']'.repeat(153));
    expect(units).toBe(306);
    expect(segments.map((s) => s.length)).toEqual([76, 76, 1]);
    expect(segments.every((s) => septets(s) <= 153)).toBe(true);
  });

  it('leaves one septet less per part with a 16-bit reference', () => {
    const { segments } = analyze('a'.repeat(161), { referenceBits: 16 });
    expect(segments.map((s) => s.length)).toEqual([SEGMENT_LIMITS['GSM-7'].concatenated16, 9]);
  });
});

describe('analyze, UCS-2', () => {
  it.each([
    ['70 characters', 'ж'.repeat(70), 70, [70]],
    ['71 characters', 'ж'.repeat(71), 71, [67, 4]],
    ['134 characters', 'ж'.repeat(134), 134, [67, 67]],
    ['135 characters', 'ж'.repeat(135), 135, [67, 67, 1]],
  ])('%s → %i units in parts of %j', (_name, text, units, lengths) => {
    const result = analyze(text);
    expect(result.encoding).toBe('UCS-2');
    expect(result.units).toBe(units);
    expect(result.segments.map((s) => s.length)).toEqual(lengths);
  });

  it('switches the whole message to UCS-2 for one character outside GSM-7', () => {
    const result = analyze('a'.repeat(100) + 'ç');
    expect(result).toMatchObject({ encoding: 'UCS-2', units: 101, ucs2Chars: ['ç'] });
    expect(result.segments.map((s) => s.length)).toEqual([67, 34]);
  });

  it('counts an emoji outside the BMP as two units', () => {
    expect(analyze('Hi 😀')).toMatchObject({ encoding: 'UCS-2', units: 5, ucs2Chars: ['😀'] });
    expect(analyze('😀'.repeat(35)).segments).toHaveLength(1);
    expect(analyze('😀'.repeat(36)).segments).toHaveLength(2);
  });

  it('never splits a surrogate pair at the 67 boundary', () => {
    const text = 'a'.repeat(66) + '😀' + 'b'.repeat(10);
    const { segments } = analyze(text);
    expect(segments).toEqual(['a'.repeat(66), '😀' + 'b'.repeat(10)]);
    for (const segment of segments) {
      expect(segment.length).toBeLessThanOrEqual(67);
      expect(isWellFormed(segment)).toBe(true);
    }
  });

  it('keeps every part of a long emoji text within 67 units and well formed', () => {
    const text = 'x' + '👍🏽'.repeat(60);
    const { segments } = analyze(text);
    expect(segments.join('')).toBe(text);
    for (const segment of segments) {
      expect(segment.length).toBeLessThanOrEqual(67);
      expect(isWellFormed(segment)).toBe(true);
    }
  });

  it('lists each character that forced UCS-2 once, in order of appearance', () => {
    expect(analyze('Привет 😀 “hi” 😀 Привет').ucs2Chars).toEqual(['П', 'р', 'и', 'в', 'е', 'т', '😀', '“', '”']);
  });

  it('leaves one unit less per part with a 16-bit reference', () => {
    expect(analyze('ж'.repeat(71), { referenceBits: 16 }).segments.map((s) => s.length)).toEqual([66, 5]);
  });
});

describe('analyze with transliteration', () => {
  it('turns a smart-quoted text back into one GSM-7 segment and reports what changed', () => {
    const original = 'Don’t miss our “sale” – 50% off…';
    const result = analyze(original, { transliterate: true });
    expect(result).toMatchObject({ encoding: 'GSM-7', segments: ['Don\'t miss our "sale" - 50% off...'], ucs2Chars: [] });
    expect(result.transliteration).toEqual({
      original,
      changes: [
        { index: 3, from: '’', to: "'" },
        { index: 15, from: '“', to: '"' },
        { index: 20, from: '”', to: '"' },
        { index: 22, from: '–', to: '-' },
        { index: 31, from: '…', to: '...' },
      ],
    });
  });

  it('still reports UCS-2 and the culprits when something has no GSM-7 look-alike', () => {
    const result = analyze('Café ç 😀', { transliterate: true });
    expect(result).toMatchObject({ encoding: 'UCS-2', ucs2Chars: ['😀'] });
    expect(result.transliteration?.changes).toEqual([{ index: 5, from: 'ç', to: 'c' }]);
  });

  it('reports no changes for a text that is GSM-7 already', () => {
    expect(analyze('Café', { transliterate: true }).transliteration).toEqual({ original: 'Café', changes: [] });
  });
});

describe('isWellFormed (test helper)', () => {
  it('spots a lone surrogate', () => {
    expect(isWellFormed('😀')).toBe(true);
    expect(isWellFormed('😀'.slice(0, 1))).toBe(false);
    expect(isWellFormed('😀'.slice(1))).toBe(false);
  });
});
