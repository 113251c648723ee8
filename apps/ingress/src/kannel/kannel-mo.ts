import type { RawMo } from '../mo/mo-input';

/**
 * Kannel's MO forwarding (sms-service get-url / post-url), mapped to Parley's inbound shape.
 * Configure Kannel with, for example:
 *   get-url  = "http://ingress:3000/v1/providers/kannel/mo?from=%p&to=%P&text=%a&id=%I&time=%T&smsc=%i&coding=%c"
 *   post-url = "http://ingress:3000/v1/providers/kannel/mo?from=%p&to=%P&id=%I&time=%T"   (body = text)
 * and `max-messages = 0` so Kannel never turns our (empty) answer into a reply SMS.
 */
export interface KannelRequest {
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  /** The raw POST body (post-url), if any. */
  body?: Buffer;
}

export function kannelToRawMo(request: KannelRequest): RawMo {
  const q = (name: string) => (typeof request.query[name] === 'string' ? (request.query[name] as string) : undefined);
  const h = (name: string) => {
    const v = request.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const text = request.body && request.body.length > 0 ? decodeBody(request.body, h('content-type'), h('x-kannel-coding') ?? q('coding')) : q('text');
  return {
    from: q('from') ?? h('x-kannel-from'),
    to: q('to') ?? h('x-kannel-to'),
    text: text ?? '',
    providerMessageId: q('id') || undefined,
    receivedAt: kannelTime(q('time') ?? h('x-kannel-time')),
  };
}

/** Kannel sends %T (epoch seconds) or %t (`YYYY-MM-DD HH:MM:SS`, taken as UTC). */
export function kannelTime(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^\d{9,11}$/.test(value)) return new Date(Number(value) * 1000).toISOString();
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  return value; // left as given: validation will say it is not a date-time
}

/** post-url bodies carry their charset; UCS-2 messages (coding 2) arrive as UTF-16BE. */
export function decodeBody(body: Buffer, contentType: string | undefined, coding: string | undefined): string {
  const charset = /charset=([^;]+)/i.exec(contentType ?? '')?.[1]?.trim().toLowerCase().replace(/"/g, '');
  if (charset === 'utf-16be' || charset === 'ucs-2' || (!charset && coding === '2')) return utf16be(body);
  if (charset === 'iso-8859-1' || charset === 'latin1') return body.toString('latin1');
  return body.toString('utf8');
}

function utf16be(body: Buffer): string {
  const swapped = Buffer.from(body);
  swapped.swap16();
  return swapped.toString('utf16le');
}
