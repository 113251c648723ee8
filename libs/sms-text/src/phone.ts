import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import { BoundedCache } from './bounded-cache';

// The 'max' metadata (about 150 kB, loaded once per process) validates number ranges and types per
// region, so a number that cannot exist is refused here instead of costing a send that can only fail.
// The other side of strictness: a range opened after the installed libphonenumber-js was published is
// refused too, so keep the dependency current.

export type { CountryCode } from 'libphonenumber-js/max';

export type PhoneResult =
  | { ok: true; kind: 'e164'; value: string; region?: string }
  | { ok: true; kind: 'short-code'; value: string }
  | { ok: false; error: string };

/** Short codes are 3 to 8 digits in the markets we serve (US 5-6, UK 5, FR 5, DE 4-5, ...). */
const SHORT_CODE = /^\d{3,8}$/;
/** E.164 allows at most 15 digits including the country code. */
const E164_MAX_DIGITS = 15;
/** Longest digit string worth parsing: an international prefix such as 011 plus a 15-digit number. */
const MAX_DIGITS = 18;
/** What people write around digits: spaces, dashes, dots, slashes (brackets are removed first). */
const ALLOWED = /^\+?[\d\s\-./]+$/;

// libphonenumber-js takes 10-30 µs per number; the same numbers keep coming back (the program's short
// code on every MO, both sides of a conversation), so results are remembered. They are frozen because
// callers share them.
const cache = new BoundedCache<string, PhoneResult>(10_000);

/**
 * Normalizes what a person or an API client typed into an E.164 number or a short code.
 * Accepts national formats of `defaultRegion`, `+` or `00` international prefixes, the region's own
 * international prefix (011 from the US), and `tel:` URIs.
 */
export function normalizePhone(input: string, defaultRegion: CountryCode | (string & {}) = 'US'): PhoneResult {
  const key = `${defaultRegion}\u0000${input}`;
  return cache.get(key) ?? cache.set(key, Object.freeze(normalizeUncached(input, defaultRegion)));
}

function normalizeUncached(input: string, defaultRegion: string): PhoneResult {
  // Regions usually come from configuration, so they are checked here rather than trusted by type.
  if (!isSupportedCountry(defaultRegion)) return fail(`unknown default region "${defaultRegion}"`);
  // Brackets go first so that "(+44) 20 7946 0958" reads as international.
  const text = stripTelUri(input.trim()).replace(/[()]/g, '').trim();
  if (text === '') return fail('phone number is empty');
  if (/\p{L}/u.test(text)) return fail(`phone number contains letters: "${input}"`);
  if (!ALLOWED.test(text)) {
    return fail(`phone number may only contain digits, a leading +, spaces and - . / ( ): "${input}"`);
  }
  const digits = text.replace(/\D/g, '');
  if (digits.length < 3) return fail(`too short for a phone number or short code: "${input}"`);
  const international = text.startsWith('+') || digits.startsWith('00');
  if (international && digits.replace(/^00/, '').length > E164_MAX_DIGITS) {
    return fail(`too long: an international number has at most ${E164_MAX_DIGITS} digits: "${input}"`);
  }
  if (digits.length > MAX_DIGITS) return fail(`too long for a phone number: "${input}"`);
  const compact = text.replace(/\s/g, '');
  if (!international && SHORT_CODE.test(compact)) {
    // Eight digits are a full national number in some regions (Denmark, Norway, Singapore ...).
    const national = parse(digits, defaultRegion);
    return national ? e164(national) : { ok: true, kind: 'short-code', value: digits };
  }

  // libphonenumber-js knows the default region's own international prefix (011 in the US, 00 in
  // most of the world); 00 is also accepted from regions that use another one.
  const parsed = parse(text, defaultRegion) ?? (digits.startsWith('00') ? parse(`+${digits.slice(2)}`, defaultRegion) : undefined);
  if (parsed) return e164(parsed);
  return fail(
    international
      ? `not a valid phone number: "${input}"`
      : `not a valid phone number for region ${defaultRegion}: "${input}"`,
  );
}

function parse(text: string, defaultCountry: CountryCode): PhoneNumber | undefined {
  const parsed = parsePhoneNumberFromString(text, { defaultCountry, extract: false });
  return parsed?.isValid() ? parsed : undefined;
}

function e164(number: PhoneNumber): PhoneResult {
  return number.country
    ? { ok: true, kind: 'e164', value: number.number, region: number.country }
    : { ok: true, kind: 'e164', value: number.number };
}

function fail(error: string): PhoneResult {
  return { ok: false, error };
}

/** `tel:+1-202-555-0143;ext=1` → `+1-202-555-0143` (RFC 3966 parameters mean nothing to SMS). */
function stripTelUri(text: string): string {
  if (!/^tel:/i.test(text)) return text;
  const number = text.slice(4);
  const params = number.indexOf(';');
  return (params < 0 ? number : number.slice(0, params)).trim();
}
