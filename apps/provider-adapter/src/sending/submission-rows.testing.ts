import type { DataSource } from 'typeorm';

/**
 * For the integration specs of this folder: a submission row as the sender leaves it, claimed `claims`
 * times (1 unless given), last touched `ageMs` ago, with the provider's id once the provider answered.
 */
export async function insertSubmission(db: DataSource, to: string, row: { status: string; ageMs: number; claims?: number; providerMessageId?: string | null }): Promise<string> {
  const mtId = crypto.randomUUID();
  await db.query(
    `INSERT INTO provider_adapter.submission (mt_id, provider, from_address, to_number, text, encoding, segments, status, claims, provider_message_id, submitted_at, updated_at)
     VALUES ($1, 'simulator', '12345', $2, 'Your code is 4821', 'GSM-7', 1, $3, $4, $5, now(), now() - make_interval(secs => $6::double precision / 1000))`,
    [mtId, to, row.status, row.claims ?? 1, row.providerMessageId ?? null, row.ageMs],
  );
  return mtId;
}
