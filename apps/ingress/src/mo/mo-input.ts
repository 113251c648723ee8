import { z } from 'zod';
import { analyze, normalizePhone } from '@parley/sms-text';

/** An inbound message as a provider hands it over, before validation. */
export interface RawMo {
  from?: unknown;
  to?: unknown;
  text?: unknown;
  providerMessageId?: unknown;
  receivedAt?: unknown;
}

export interface ValidMo {
  from: string;
  to: string;
  text: string;
  providerMessageId?: string;
  receivedAt: string;
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
}

const shape = z.object({
  from: z.string({ error: 'is required' }).min(1, 'is required'),
  to: z.string({ error: 'is required' }).min(1, 'is required'),
  text: z.string({ error: 'is required and must be a string' }),
  providerMessageId: z.string().min(1).max(200, 'must be at most 200 characters').optional(),
  receivedAt: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time, e.g. 2026-11-23T10:15:00Z' }).optional(),
});

export type MoValidation = { ok: true; mo: ValidMo } | { ok: false; problems: string[] };

/**
 * Checks and normalizes an inbound message: the sender becomes E.164 (default region for national
 * formats), the recipient a short code or E.164; the text must be present and within the limit.
 */
export function validateMo(raw: RawMo, limits: { maxTextChars: number; defaultRegion: string }, now = new Date()): MoValidation {
  const parsed = shape.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`) };
  }
  const input = parsed.data;
  const problems: string[] = [];
  const from = normalizePhone(input.from, limits.defaultRegion);
  if (!from.ok) problems.push(`from: ${from.error}`);
  else if (from.kind !== 'e164') problems.push('from: must be a handset number, not a short code');
  const to = normalizePhone(input.to, limits.defaultRegion);
  if (!to.ok) problems.push(`to: ${to.error}`);
  if (input.text.trim().length === 0) problems.push('text: must not be empty');
  const chars = [...input.text].length;
  if (chars > limits.maxTextChars) problems.push(`text: is ${chars} characters, the limit is ${limits.maxTextChars}`);
  if (problems.length || !from.ok || !to.ok) return { ok: false, problems };
  const analysis = analyze(input.text);
  return {
    ok: true,
    mo: {
      from: from.value,
      to: to.value,
      text: input.text,
      providerMessageId: input.providerMessageId,
      receivedAt: input.receivedAt ?? now.toISOString(),
      encoding: analysis.encoding,
      segments: analysis.segments.length,
    },
  };
}
