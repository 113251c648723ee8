import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/max';
import { areaTimeZones } from './area-time-zones';
import { REGION_TIME_ZONES } from './region-time-zones';

export interface PhoneTimeZones {
  /** ISO 3166 region the number belongs to (libphonenumber-js's country). */
  region: string;
  /**
   * Every IANA zone the holder may be in, most likely first. One zone when the area code or the region
   * settles it; several when it does not (mobiles in Australia, toll-free numbers, split area codes).
   */
  timeZones: readonly string[];
}

/** The region of an E.164 number, or undefined when it is not a number of any one region. */
export function phoneRegion(e164: string): string | undefined {
  const number = parseE164(e164);
  return number ? regionOf(number) : undefined;
}

/**
 * The time zones the holder of an E.164 number may be in, from the region and, where it says more
 * (US and Canadian area codes, Australian and Brazilian geographic numbers), the area code.
 * Undefined for numbers of no region (+800, +882, ...) and for unparseable input.
 */
export function timeZonesFor(e164: string): PhoneTimeZones | undefined {
  const number = parseE164(e164);
  const region = number && regionOf(number);
  if (!number || !region) return undefined;
  const timeZones = areaTimeZones(region, number.nationalNumber) ?? REGION_TIME_ZONES.get(region);
  return timeZones ? { region, timeZones } : undefined;
}

function parseE164(e164: string): PhoneNumber | undefined {
  return parsePhoneNumberFromString(e164.trim(), { extract: false });
}

// libphonenumber-js names the region only for valid numbers; a number it cannot place (a range newer
// than its metadata) still has a region when its calling code belongs to exactly one.
function regionOf(number: PhoneNumber): string | undefined {
  if (number.country) return number.country;
  const candidates = number.getPossibleCountries();
  return candidates.length === 1 ? candidates[0] : undefined;
}
