import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { PromotionKind, PromotionRules } from './promotion-rules.js';
import { Beneficiary, SubsidyModel } from './subsidy-models.js';

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

  /** How the program pays, and to whom; each model reads its own parameters below (null where not its own). */
  @Column('text', { name: 'subsidy_model', default: SubsidyModel.PERCENT_OF_PURCHASE })
  subsidyModel: SubsidyModel;

  @Column('text', { default: Beneficiary.BUYER })
  beneficiary: Beneficiary;

  @Column('double precision', { name: 'subsidy_pct', nullable: true })
  subsidyPct: number | null;

  @Column('double precision', { name: 'premium_share_pct', nullable: true })
  premiumSharePct: number | null;

  @Column('double precision', { name: 'max_premium_rate_pct', nullable: true })
  maxPremiumRatePct: number | null;

  @Column('double precision', { name: 'max_liability_multiple', nullable: true })
  maxLiabilityMultiple: number | null;

  @Column('integer', { name: 'max_years', nullable: true })
  maxYears: number | null;

  @Column('double precision', { name: 'subsidy_per_tonne_cny', nullable: true })
  subsidyPerTonneCny: number | null;

  @Column('double precision', { name: 'fixed_amount_cny', nullable: true })
  fixedAmountCny: number | null;

  /** The first-batch edition the program follows; null: whichever is in force on a purchase's contract date. */
  @Column('uuid', { name: 'first_batch_edition_id', nullable: true })
  firstBatchEditionId: string | null;

  /** Per beneficiary and calendar year (of the contract date); null: none. */
  @Column('double precision', { name: 'annual_cap_cny', nullable: true })
  annualCapCny: number | null;

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
