import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PromotionKind, PromotionRules } from './promotion-rules.js';

export enum ProgramState {
  DRAFT = 'DRAFT',
  LAUNCHED = 'LAUNCHED',
  CLOSED = 'CLOSED',
}

export enum ProgramLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
}

/** A support program run by the association: its terms, its rules (data, versioned) and its budget. */
@Entity({ name: 'promotion_programs' })
export class PromotionProgramEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: PromotionKind;

  @Column('text')
  level: ProgramLevel;

  @Column('text', { name: 'legal_basis', nullable: true })
  legalBasis: string | null;

  @Column('jsonb')
  rules: PromotionRules;

  /** Bumped on every edit of the rules, so an evaluation can say which rules it applied. */
  @Column('integer', { name: 'rules_version' })
  rulesVersion: number;

  @Column('double precision', { name: 'subsidy_pct' })
  subsidyPct: number;

  @Column('double precision', { name: 'cap_per_purchase_cny' })
  capPerPurchaseCny: number;

  @Column('double precision', { name: 'budget_cny' })
  budgetCny: number;

  /** Money reserved by granted applications; a CHECK keeps it within the budget. */
  @Column('double precision', { name: 'committed_cny' })
  committedCny: number;

  @Column('timestamptz', { name: 'starts_at' })
  startsAt: Date;

  @Column('timestamptz', { name: 'ends_at' })
  endsAt: Date;

  @Column('text')
  state: ProgramState;

  @Column('timestamptz', { name: 'launched_at', nullable: true })
  launchedAt: Date | null;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
