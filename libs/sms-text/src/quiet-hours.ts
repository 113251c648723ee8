import { timeZonesFor } from './time-zones';

export interface LocalTime {
  timeZone: string;
  /** 0-23 */
  hour: number;
  minute: number;
}

/** A daily window in local time, `startHour` inclusive to `endHour` exclusive; it may wrap midnight. */
export interface QuietHours {
  startHour: number;
  endHour: number;
}

/** No solicitation before 08:00 or from 21:00 in the recipient's local time (47 CFR 64.1200(c)(1)). */
export const TCPA_QUIET_HOURS: QuietHours = { startHour: 21, endHour: 8 };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time at `at` in `timeZone`. */
export function localTimeIn(timeZone: string, at: Date): LocalTime {
  let hour = 0;
  let minute = 0;
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type === 'hour') hour = Number(part.value);
    else if (part.type === 'minute') minute = Number(part.value);
  }
  return { timeZone, hour, minute };
}

/** The local time at `at` in every zone the number's holder may be in; undefined when no zone is known. */
export function localTimesFor(e164: string, at: Date): LocalTime[] | undefined {
  return timeZonesFor(e164)?.timeZones.map((zone) => localTimeIn(zone, at));
}

/** True when `time` falls inside the quiet window. */
export function isInQuietHours(time: Pick<LocalTime, 'hour'>, quiet: QuietHours = TCPA_QUIET_HOURS): boolean {
  return quiet.startHour <= quiet.endHour
    ? time.hour >= quiet.startHour && time.hour < quiet.endHour
    : time.hour >= quiet.startHour || time.hour < quiet.endHour;
}

/**
 * Whether a solicitation to this number must wait. When the number's zone is uncertain it is quiet if it
 * is quiet in any of its possible zones, the only reading that keeps every holder inside the rule.
 * Undefined when the number has no known zone: the caller decides (hold, or use the account's zone).
 */
export function isQuietHoursFor(e164: string, at: Date, quiet: QuietHours = TCPA_QUIET_HOURS): boolean | undefined {
  return localTimesFor(e164, at)?.some((time) => isInQuietHours(time, quiet));
}
