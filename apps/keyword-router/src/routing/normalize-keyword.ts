/**
 * How a person's text is compared with a program keyword: case, surrounding spaces and punctuation
 * do not matter (" join! " is JOIN), inner spacing is collapsed.
 */
export function normalizeKeyword(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ')
    .toUpperCase();
}
