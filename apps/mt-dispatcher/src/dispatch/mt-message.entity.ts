import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MtStatus } from '@parley/contracts';

export interface StatusStep {
  status: MtStatus;
  at: string;
  reason?: string;
  providerStatus?: string;
}

/** The dispatcher's record of each MT and the statuses it went through (GET /v1/mt/:id). */
@Entity({ name: 'mt_message' })
export class MtMessage {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'from_address' }) from!: string;
  @Column('text', { name: 'to_number' }) to!: string;
  @Column('text') text!: string;
  @Column('text') category!: string;
  @Column('text', { name: 'program_id', nullable: true }) programId!: string | null;
  @Column('text') priority!: string;
  @Column('uuid', { name: 'in_reply_to', nullable: true }) inReplyTo!: string | null;
  @Column('text', { name: 'requested_by' }) requestedBy!: string;
  @Column('text') encoding!: string;
  @Column('int') segments!: number;
  @Column('text') status!: MtStatus;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('text', { nullable: true }) provider!: string | null;
  @Column('text', { name: 'provider_message_id', nullable: true }) providerMessageId!: string | null;
  @Column('jsonb') history!: StatusStep[];
  @Column('timestamptz', { name: 'requested_at' }) requestedAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
