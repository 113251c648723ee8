import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Ingress' record of every inbound message, so its status can be looked up (GET /v1/mo/:id). */
@Entity({ name: 'mo_message' })
export class MoMessage {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') provider!: string;
  @Column('text', { name: 'provider_message_id', nullable: true }) providerMessageId!: string | null;
  @Column('text', { name: 'from_number' }) from!: string;
  @Column('text', { name: 'to_address' }) to!: string;
  @Column('int', { nullable: true }) segments!: number | null;
  @Column('text', { nullable: true }) encoding!: string | null;
  @Column('text') status!: 'accepted' | 'routed';
  @Column('text', { nullable: true }) outcome!: string | null;
  @Column('text', { nullable: true }) rule!: string | null;
  @Column('text', { name: 'program_id', nullable: true }) programId!: string | null;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  @Column('timestamptz', { name: 'accepted_at' }) acceptedAt!: Date;
  @Column('timestamptz', { name: 'routed_at', nullable: true }) routedAt!: Date | null;
}
