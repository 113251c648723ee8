import { isInQuietHours, isQuietHoursFor, localTimeIn, localTimesFor, TCPA_QUIET_HOURS } from './quiet-hours';

// 2025-07-15 01:30 UTC = 21:30 in New York (EDT), 18:30 in Los Angeles (PDT), 02:30 in London (BST).
const SUMMER_EVENING_EAST = new Date('2025-07-15T01:30:00Z');
// 2025-01-15 17:00 UTC = 12:00 in New York (EST), 09:00 in Los Angeles, 17:00 in London.
const WINTER_NOON_EAST = new Date('2025-01-15T17:00:00Z');

describe('localTimeIn', () => {
  it('follows daylight saving time', () => {
    expect(localTimeIn('America/New_York', SUMMER_EVENING_EAST)).toEqual({ timeZone: 'America/New_York', hour: 21, minute: 30 });
    expect(localTimeIn('America/New_York', WINTER_NOON_EAST)).toEqual({ timeZone: 'America/New_York', hour: 12, minute: 0 });
    expect(localTimeIn('Asia/Kolkata', WINTER_NOON_EAST)).toEqual({ timeZone: 'Asia/Kolkata', hour: 22, minute: 30 });
  });

  it('reports midnight as hour 0', () => {
    expect(localTimeIn('Europe/London', new Date('2025-01-15T00:05:00Z')).hour).toBe(0);
  });
});

describe('localTimesFor', () => {
  it('gives the local time in each zone the number may be in', () => {
    expect(localTimesFor('+18505550123', SUMMER_EVENING_EAST)).toEqual([
      { timeZone: 'America/New_York', hour: 21, minute: 30 },
      { timeZone: 'America/Chicago', hour: 20, minute: 30 },
    ]);
  });

  it('returns undefined for a number of no region', () => {
    expect(localTimesFor('+80012345678', SUMMER_EVENING_EAST)).toBeUndefined();
  });
});

describe('isInQuietHours', () => {
  it.each([
    [7, true],
    [8, false],
    [12, false],
    [20, false],
    [21, true],
    [23, true],
    [0, true],
  ])('hour %i → %s with the 21:00-08:00 window', (hour, quiet) => {
    expect(isInQuietHours({ hour }, TCPA_QUIET_HOURS)).toBe(quiet);
  });

  it('handles a window that does not wrap midnight', () => {
    expect(isInQuietHours({ hour: 13 }, { startHour: 12, endHour: 14 })).toBe(true);
    expect(isInQuietHours({ hour: 14 }, { startHour: 12, endHour: 14 })).toBe(false);
  });
});

describe('isQuietHoursFor', () => {
  it('holds a New York number at 21:30 local but not a Los Angeles one at 18:30', () => {
    expect(isQuietHoursFor('+12125550123', SUMMER_EVENING_EAST)).toBe(true);
    expect(isQuietHoursFor('+13105550123', SUMMER_EVENING_EAST)).toBe(false);
  });

  it('holds a number when any of its possible zones is in quiet hours', () => {
    // 13:30 UTC in winter: 07:30 in Chicago, 08:30 in New York; area code 850 spans both.
    const at = new Date('2025-01-15T13:30:00Z');
    expect(isQuietHoursFor('+12125550123', at)).toBe(false);
    expect(isQuietHoursFor('+18505550123', at)).toBe(true);
  });

  it('leaves the decision to the caller when no zone is known', () => {
    expect(isQuietHoursFor('+80012345678', WINTER_NOON_EAST)).toBeUndefined();
  });
});
