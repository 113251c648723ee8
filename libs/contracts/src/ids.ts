import { v5 as uuidv5, v4 as uuidv4 } from 'uuid';

// A fixed namespace: deterministic ids make redelivery harmless, since every consumer dedupes by id.
const PARLEY_NAMESPACE = '6f1b7a52-4c1e-4f0e-9c55-6a3e0c2f5d11';

/** The id of an inbound message: stable for the same provider message, random when it has none. */
export function moIdFor(provider: string, providerMessageId?: string): string {
  return providerMessageId ? uuidv5(`mo:${provider}:${providerMessageId}`, PARLEY_NAMESPACE) : uuidv4();
}

/** The id of something caused by another event: the same cause always yields the same id. */
export function derivedId(causeId: string, purpose: string): string {
  return uuidv5(`${causeId}:${purpose}`, PARLEY_NAMESPACE);
}

export const newId = (): string => uuidv4();
