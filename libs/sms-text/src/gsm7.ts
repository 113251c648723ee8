// GSM 03.38 / 3GPP TS 23.038 default alphabet and its extension table. The tables are indexed by the
// septet value, so the same data serves counting (analyze), encoding and decoding (codec).

/** The 128 characters of the default alphabet, in septet order (0x1B is the escape to the extension table). */
export const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** Extension table: character → septet sent after the escape. Each costs two septets. */
export const GSM7_EXTENSION: ReadonlyMap<string, number> = new Map([
  ['\f', 0x0a],
  ['^', 0x14],
  ['{', 0x28],
  ['}', 0x29],
  ['\\', 0x2f],
  ['[', 0x3c],
  ['~', 0x3d],
  [']', 0x3e],
  ['|', 0x40],
  ['€', 0x65],
]);

export const GSM7_ESCAPE = 0x1b;

/**
 * Septets per UTF-16 code unit: 1 = default alphabet, 2 = extension table, 0 = not in GSM-7.
 * A flat 64 KiB table keeps the hot loop in analyze() to one array read per character.
 */
export const GSM7_COST = new Uint8Array(0x10000);
/** UTF-16 code unit → septet (default alphabet) or 0x100 + septet (extension); -1 when absent. */
export const GSM7_SEPTET = new Int16Array(0x10000).fill(-1);

for (let septet = 0; septet < GSM7_BASIC.length; septet += 1) {
  if (septet === GSM7_ESCAPE) continue; // a bare escape is not a character anyone can type
  const code = GSM7_BASIC.charCodeAt(septet);
  GSM7_COST[code] = 1;
  GSM7_SEPTET[code] = septet;
}
for (const [char, septet] of GSM7_EXTENSION) {
  const code = char.charCodeAt(0);
  GSM7_COST[code] = 2;
  GSM7_SEPTET[code] = 0x100 + septet;
}

/** True when every character of `text` is in the GSM-7 default alphabet or its extension table. */
export function isGsm7(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (GSM7_COST[text.charCodeAt(i)] === 0) return false;
  return true;
}
