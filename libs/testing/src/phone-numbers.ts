import { randomInt } from 'node:crypto';

// 8,000,000 valid numbers in area code 202 (exchanges 200-999: NANP exchanges never start with 0 or 1,
// and libphonenumber rejects them). Each process starts at a random place and counts up, so tests
// and benchmarks running side by side, and reruns against the same database, do not share handsets.
const SPACE = 8_000_000;
let next = randomInt(SPACE);

/** Lines the simulator provider fails on purpose (0400 undeliverable, 0503 throttled): never handed out. */
const SIMULATOR_FAILURE_LINES = new Set([400, 503]);

/**
 * A US handset number (+1 202 NXX XXXX) that this process has not handed out before, and that the
 * simulator delivers to (tests that want a failure build those numbers themselves).
 */
export function uniqueHandset(): string {
  do next = (next + 1) % SPACE;
  while (SIMULATOR_FAILURE_LINES.has(next % 10_000));
  const exchange = 200 + Math.floor(next / 10_000);
  const line = next % 10_000;
  return `+1202${exchange}${String(line).padStart(4, '0')}`;
}
