import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'consent_state' })
export class ConsentState {
  @PrimaryColumn('text') phone!: string;
  @PrimaryColumn('text', { name: 'short_code' }) shortCode!: string;
  @PrimaryColumn('text', { name: 'program_id' }) programId!: string;
  @Column('text') status!: 'opted-in' | 'opted-out';
  @Column('timestamptz', { name: 'changed_at' }) changedAt!: Date;
}
