import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ConsentStatus = 'opted-in' | 'opted-out';

@Entity({ name: 'subscription' })
export class Subscription {
  @PrimaryColumn('text') phone!: string;
  @PrimaryColumn('text', { name: 'short_code' }) shortCode!: string;
  @PrimaryColumn('text', { name: 'program_id' }) programId!: string;
  @Column('text') status!: ConsentStatus;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}

@Entity({ name: 'consent_ledger' })
export class ConsentLedgerEntry {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'request_id' }) requestId!: string;
  @Column('text') phone!: string;
  @Column('text', { name: 'short_code' }) shortCode!: string;
  @Column('text', { name: 'program_id' }) programId!: string;
  @Column('text') action!: 'opt-in' | 'opt-out';
  @Column('text') scope!: 'program' | 'all';
  @Column('text', { name: 'previous_status' }) previousStatus!: ConsentStatus | 'none';
  @Column('text') status!: ConsentStatus;
  @Column('text') rule!: string;
  @Column('jsonb') source!: { channel: 'sms' | 'web' | 'api' | 'import'; moId?: string; text?: string };
  @Column('timestamptz', { name: 'requested_at' }) requestedAt!: Date;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
  /** Order of application (several entries may share recorded_at); set by the database. */
  @Column({ type: 'bigint', insert: false, update: false, select: false }) seq!: string;
}
