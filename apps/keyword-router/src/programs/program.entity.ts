import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'program' })
export class ProgramRow {
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'short_code' }) shortCode!: string;
  @Column('text') name!: string;
  @Column('text') description!: string;
  @Column('text') frequency!: string;
  @Column('text', { name: 'support_email' }) supportEmail!: string;
  @Column('text', { name: 'support_phone' }) supportPhone!: string;
  @Column('text', { name: 'default_reply', nullable: true }) defaultReply!: string | null;
  @OneToMany(() => KeywordRuleRow, (k) => k.program) keywords!: KeywordRuleRow[];
}

@Entity({ name: 'keyword_rule' })
export class KeywordRuleRow {
  @PrimaryGeneratedColumn() id!: number;
  @Column('text', { name: 'program_id' }) programId!: string;
  @ManyToOne(() => ProgramRow, (p) => p.keywords)
  @JoinColumn({ name: 'program_id' })
  program!: ProgramRow;
  @Column('text') keyword!: string;
  @Column('text') action!: 'opt-in' | 'opt-out' | 'help' | 'auto-reply';
  @Column('text', { name: 'reply_text', nullable: true }) replyText!: string | null;
  @Column('text') category!: 'transactional' | 'marketing';
}
