import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ElementLimit, MaterialClass, ProductForm, ScrapClass } from '@magmatch/catalog';
import { OPTIONAL_NUMBER } from '@magmatch/core';
import type { Price } from '@magmatch/trade';

export enum RequirementState {
  DRAFT = 'DRAFT',
  PENDING_REVIEW = 'PENDING_REVIEW',
  OPEN = 'OPEN',
  REJECTED = 'REJECTED',
  AWARDED = 'AWARDED',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

/** A constraint a scenario template can fill. */
export type TemplateConstraint = 'minTensileStrengthMpa' | 'minElongationPct' | 'acceptableGrades';

/** Who may see a requirement and its buyer. */
export enum Visibility {
  /** Every signed-in user sees it and its buyer. */
  PUBLIC = 'PUBLIC',
  /** Only suppliers it is matched with (and the buyer and moderators) see it. */
  MATCHED_ONLY = 'MATCHED_ONLY',
  /** Everyone signed in sees it, but not who the buyer is, until an introduction. */
  ANONYMOUS = 'ANONYMOUS',
}

@Entity({ name: 'requirements' })
export class RequirementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'buyer_id' })
  buyerId: string;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { nullable: true })
  scenario: string | null;

  @Column('text', { name: 'material_class' })
  materialClass: MaterialClass;

  /** SCRAP requirements: the scrap classes accepted; empty: any. */
  @Column('text', { name: 'scrap_classes', array: true, default: '{}' })
  scrapClasses: ScrapClass[];

  /** Canonical catalogue codes; empty means any grade meeting the properties. */
  @Column('text', { name: 'acceptable_grades', array: true, default: '{}' })
  acceptableGrades: string[];

  /** The designations as the buyer wrote them ("ZK61M", "MDC1D"); empty for requirements older than this field. */
  @Column('text', { name: 'acceptable_grades_as_typed', array: true, default: '{}' })
  acceptableGradesAsTyped: string[];

  /** The constraints its scenario's template filled, not the buyer: minTensileStrengthMpa, minElongationPct, acceptableGrades. */
  @Column('text', { name: 'template_constraints', array: true, default: '{}' })
  templateConstraints: TemplateConstraint[];

  /** Composition limits a listing must guarantee, wt% (e.g. Mg min 99.90, Fe max 0.004). */
  @Column('jsonb', { default: [] })
  composition: ElementLimit[];

  @Column('text', { nullable: true })
  form: ProductForm | null;

  @Column({ ...OPTIONAL_NUMBER, name: 'min_tensile_strength_mpa' })
  minTensileStrengthMpa: number | null;

  @Column({ ...OPTIONAL_NUMBER, name: 'min_yield_strength_mpa' })
  minYieldStrengthMpa: number | null;

  @Column({ ...OPTIONAL_NUMBER, name: 'min_elongation_pct' })
  minElongationPct: number | null;

  @Column({ ...OPTIONAL_NUMBER, name: 'max_density_g_cm3' })
  maxDensityGCm3: number | null;

  @Column({ ...OPTIONAL_NUMBER, name: 'service_temperature_c' })
  serviceTemperatureC: number | null;

  @Column('double precision', { name: 'quantity_tonnes_per_month' })
  quantityTonnesPerMonth: number;

  @Column('integer', { name: 'duration_months', nullable: true })
  durationMonths: number | null;

  /** A calendar date, `YYYY-MM-DD`. */
  @Column('date', { name: 'needed_by', nullable: true })
  neededBy: string | null;

  @Column('text', { nullable: true })
  city: string | null;

  @Column('text', { name: 'required_certifications', array: true, default: '{}' })
  requiredCertifications: string[];

  /** The buyer's price limit with its basis: never shown to suppliers. */
  @Column('jsonb', { name: 'max_price', nullable: true })
  maxPrice: Price | null;

  /** The basis of `maxPrice` was assumed (a bare CNY/t number) and the buyer has not confirmed it. */
  @Column('boolean', { name: 'max_price_basis_assumed', default: false })
  maxPriceBasisAssumed: boolean;

  @Column('text', { default: Visibility.PUBLIC })
  visibility: Visibility;

  @Column('text', { default: RequirementState.DRAFT })
  state: RequirementState;

  @Column('text', { name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'opened_at', nullable: true })
  openedAt: Date | null;
}

export type RequirementContent = Omit<
  RequirementEntity,
  'id' | 'buyerId' | 'createdBy' | 'state' | 'rejectionReason' | 'createdAt' | 'updatedAt' | 'openedAt'
>;
