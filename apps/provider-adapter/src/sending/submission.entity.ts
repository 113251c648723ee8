import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'submission' })
export class Submission {
  @PrimaryColumn('uuid', { name: 'mt_id' }) mtId!: string;
  @Column('text') provider!: string;
  @Column('text', { name: 'provider_message_id', nullable: true }) providerMessageId!: string | null;
  @Column('text', { name: 'from_address' }) from!: string;
  @Column('text', { name: 'to_number' }) to!: string;
  @Column('uuid', { name: 'in_reply_to', nullable: true }) inReplyTo!: string | null;
  @Column('text') status!: string;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
