// Phone numbers are personal data: logs keep enough to correlate (country prefix and last four
// digits) and no more. Matches a run of 8-15 digits (optionally '+') that is not part of a longer
// token such as a UUID, so ids and offsets stay readable.
const PHONE_LIKE = /(?<![\w-])\+?\d{8,15}(?![\w-])/g;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/[^:/\s@]+):[^@\s]+@/gi;

/** `+15551234567` → `+1555***4567`. */
export function maskPhone(value: string): string {
  const plus = value.startsWith('+') ? '+' : '';
  const digits = plus ? value.slice(1) : value;
  if (digits.length < 8) return value;
  return `${plus}${digits.slice(0, 4)}***${digits.slice(-4)}`;
}

/** Masks every phone number and URL password inside a free-text string. */
export function maskSensitiveText(text: string): string {
  return text.replace(PHONE_LIKE, maskPhone).replace(URL_CREDENTIALS, '$1:***@');
}

const SECRET_KEY = /pass(word)?|secret|token|authorization|api[-_]?key|signature|credential/i;
const BODY_KEY = /^(text|body|Body|message_payload|short_message)$/;

/**
 * Returns a copy safe to log: phone numbers masked everywhere, secrets removed, and message bodies
 * replaced by their length unless `keepBodies` (debug level) is set.
 */
export function sanitizeForLog(value: unknown, keepBodies: boolean, depth = 0): unknown {
  if (typeof value === 'string') return maskSensitiveText(value);
  if (value === null || typeof value !== 'object' || depth > 6) return value;
  if (value instanceof Error) return { type: value.name, message: maskSensitiveText(value.message), stack: value.stack && maskSensitiveText(value.stack) };
  if (Array.isArray(value)) return value.map((v) => sanitizeForLog(v, keepBodies, depth + 1));
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (SECRET_KEY.test(key)) out[key] = '[redacted]';
    else if (!keepBodies && BODY_KEY.test(key) && typeof v === 'string') out[key] = `[${v.length} chars]`;
    else out[key] = sanitizeForLog(v, keepBodies, depth + 1);
  }
  return out;
}
