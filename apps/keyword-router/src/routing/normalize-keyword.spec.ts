import { normalizeKeyword } from './normalize-keyword';

describe('normalizeKeyword', () => {
  it.each([
    ['JOIN', 'JOIN'],
    [' join ', 'JOIN'],
    ['Join!', 'JOIN'],
    ['"discount."', 'DISCOUNT'],
    ['¡ayuda!', 'AYUDA'],
    ['stop   all', 'STOP ALL'],
    ['🙂 join 🙂', 'JOIN'],
  ])('%p → %p', (input, expected) => expect(normalizeKeyword(input)).toBe(expected));

  it('keeps inner punctuation, so a different word stays different', () => {
    expect(normalizeKeyword('JOIN-NOW')).toBe('JOIN-NOW');
  });
});
