import { getCountries } from 'libphonenumber-js/max';
import { NANP_AREA_CODES } from './area-time-zones';
import { REGION_TIME_ZONES } from './region-time-zones';
import { phoneRegion, timeZonesFor } from './time-zones';

const ALL_US = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'America/Adak', 'Pacific/Honolulu'];

describe('timeZonesFor', () => {
  it.each([
    ['+12125550123', 'US', ['America/New_York']],
    ['+13105550123', 'US', ['America/Los_Angeles']],
    ['+13125550123', 'US', ['America/Chicago']],
    ['+13035550123', 'US', ['America/Denver']],
    ['+16025550123', 'US', ['America/Phoenix']],
    ['+18085550123', 'US', ['Pacific/Honolulu']],
    ['+19075550123', 'US', ['America/Anchorage', 'America/Adak']],
    ['+18505550123', 'US', ['America/New_York', 'America/Chicago']],
    ['+14165550199', 'CA', ['America/Toronto']],
    ['+16045550199', 'CA', ['America/Vancouver']],
    ['+17095550199', 'CA', ['America/St_Johns', 'America/Halifax']],
    ['+442079460958', 'GB', ['Europe/London']],
    ['+33612345678', 'FR', ['Europe/Paris']],
    ['+61293744000', 'AU', ['Australia/Sydney']],
    ['+61892345678', 'AU', ['Australia/Adelaide', 'Australia/Darwin', 'Australia/Perth']],
    ['+551123456789', 'BR', ['America/Sao_Paulo']],
    ['+559223456789', 'BR', ['America/Manaus']],
    ['+17875550123', 'PR', ['America/Puerto_Rico']],
  ])('%s → %s %j', (e164, region, timeZones) => {
    expect(timeZonesFor(e164)).toEqual({ region, timeZones });
  });

  it('lists every Australian zone for a mobile, which says nothing about where its holder is', () => {
    const result = timeZonesFor('+61412345678');
    expect(result?.region).toBe('AU');
    expect(result?.timeZones).toEqual(expect.arrayContaining(['Australia/Sydney', 'Australia/Brisbane', 'Australia/Adelaide', 'Australia/Darwin', 'Australia/Perth']));
  });

  it('lists every US zone for a toll-free number', () => {
    expect(timeZonesFor('+18005550100')).toEqual({ region: 'US', timeZones: ALL_US });
  });

  it('lists every zone of a multi-zone region with no area table (Russia, Indonesia)', () => {
    expect(timeZonesFor('+79161234567')?.timeZones).toContain('Europe/Moscow');
    expect(timeZonesFor('+79161234567')?.timeZones).toContain('Asia/Vladivostok');
    expect(timeZonesFor('+6281234567890')?.timeZones).toEqual(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);
  });

  it('returns undefined for numbers of no region and for garbage', () => {
    expect(timeZonesFor('+80012345678')).toBeUndefined();
    expect(timeZonesFor('+15555550123')).toBeUndefined();
    expect(timeZonesFor('not a number')).toBeUndefined();
    expect(timeZonesFor('')).toBeUndefined();
  });
});

describe('phoneRegion', () => {
  it('names the region of a number', () => {
    expect(phoneRegion('+12025550143')).toBe('US');
    expect(phoneRegion('+14165550199')).toBe('CA');
    expect(phoneRegion('+442079460958')).toBe('GB');
    expect(phoneRegion('+80012345678')).toBeUndefined();
  });
});

describe('time zone tables', () => {
  const isKnownZone = (zone: string) => {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone.length > 0;
    } catch {
      return false;
    }
  };

  it('has zones for every region libphonenumber-js knows', () => {
    expect(getCountries().filter((region) => !REGION_TIME_ZONES.has(region))).toEqual([]);
  });

  it('names only zones the runtime knows', () => {
    const zones = new Set([...REGION_TIME_ZONES.values()].flat());
    expect([...zones].filter((zone) => !isKnownZone(zone))).toEqual([]);
  });

  it('lists each NANP area code once, and every listed one resolves to a zone in the region table', () => {
    expect(new Set(NANP_AREA_CODES).size).toBe(NANP_AREA_CODES.length);
    expect(NANP_AREA_CODES.length).toBeGreaterThan(380);
    const usAndCa = new Set([...REGION_TIME_ZONES.get('US')!, ...REGION_TIME_ZONES.get('CA')!]);
    for (const code of NANP_AREA_CODES) {
      const zones = timeZonesFor(`+1${code}2345678`)?.timeZones ?? [];
      expect(zones.every((zone) => usAndCa.has(zone))).toBe(true);
    }
  });
});
