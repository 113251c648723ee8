import { z } from 'zod';

const DAY_MS = 24 * 60 * 60 * 1000;
export const RETENTION = { days: (n: number) => n * DAY_MS } as const;

/** A phone number in E.164: '+', country code, subscriber number, 8 to 15 digits in all. */
export const e164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 number such as +15551234567');
/** A short code: 3 to 8 digits. */
export const shortCode = z.string().regex(/^\d{3,8}$/, 'must be a short code of 3 to 8 digits');
/** Where a message is addressed on our side: a short code or a long number. */
export const senderAddress = z.union([shortCode, e164]);
export const messageId = z.uuid();
export const timestamp = z.iso.datetime({ offset: true });
export const programId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lowercase slug');

/** The longest text we carry: 10 concatenated GSM-7 segments. */
export const MAX_TEXT_CHARS = 1600;
export const messageText = z.string().min(1, 'must not be empty').max(MAX_TEXT_CHARS);

/** Keys conversations by handset and short code, so each conversation stays in order. */
export const conversationKey = (handset: string, shortCodeOrNumber: string) => `${handset}|${shortCodeOrNumber}`;
