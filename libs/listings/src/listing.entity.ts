import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ByProductDetails, CardProperties, ElementLimit, MaterialClass, ProductForm, ScrapDetails } from '@magmatch/catalog';
import { OPTIONAL_NUMBER } from '@magmatch/core';
import type { Price } from '@magmatch/trade';

export enum ReviewState {
  DRAFT = 'DRAFT',
  PENDING_REVIEW = 'PENDING_REVIEW',
  PUBLISHED = 'PUBLISHED',
  REJECTED = 'REJECTED',
  ARCHIVED = 'ARCHIVED',
}

/** A supplier's product with its material performance card (性能卡片). */
@Entity({ name: 'listings' })
export class ListingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'supplier_id' })
  supplierId: string;

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @Column('text')
  title: string;

  @Column('text', { name: 'title_en', nullable: true })
  titleEn: string | null;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { name: 'description_en', nullable: true })
  descriptionEn: string | null;

  @Column('text', { name: 'material_class' })
  materialClass: MaterialClass;

  /** Canonical catalogue code, e.g. AZ91D; null for mixed-alloy scrap and by-products. */
  @Column('text', { nullable: true })
  grade: string | null;

  /** The designation as the supplier wrote it ("MDC1D", "AM60B-F"); null for listings older than this field. */
  @Column('text', { name: 'grade_as_typed', nullable: true })
  gradeAsTyped: string | null;

  /** Composition limits the supplier guarantees, wt%; empty: only what the grade's standard guarantees. */
  @Column('jsonb', { default: [] })
  composition: ElementLimit[];

  @Column('text', { nullable: true })
  temper: string | null;

  @Column('text')
  form: ProductForm;

  /** SCRAP listings only. */
  @Column('jsonb', { nullable: true })
  scrap: ScrapDetails | null;

  /** BY_PRODUCT listings only. */
  @Column('jsonb', { name: 'by_product', nullable: true })
  byProduct: ByProductDetails | null;

  /** The performance card: a range per property with its basis, density, test standard. */
  @Column('jsonb')
  card: CardProperties;

  @Column('double precision', { name: 'monthly_capacity_tonnes' })
  monthlyCapacityTonnes: number;

  /** Monthly tonnes taken by accepted matches; never above the capacity (a CHECK). */
  @Column('double precision', { name: 'committed_tonnes_per_month', default: 0 })
  committedTonnesPerMonth: number;

  @Column({ ...OPTIONAL_NUMBER, name: 'min_order_tonnes' })
  minOrderTonnes: number | null;

  /** The price band with its basis; `priceTo` on the basis of `priceFrom`. */
  @Column('jsonb', { name: 'price_from', nullable: true })
  priceFrom: Price | null;

  @Column('jsonb', { name: 'price_to', nullable: true })
  priceTo: Price | null;

  /** The basis was assumed (a bare CNY/t number) and its supplier has not confirmed it. */
  @Column('boolean', { name: 'price_basis_assumed', default: false })
  priceBasisAssumed: boolean;

  @Column('integer', { name: 'lead_time_days', nullable: true })
  leadTimeDays: number | null;

  @Column('text', { name: 'delivery_regions', array: true, default: '{}' })
  deliveryRegions: string[];

  @Column('text', { array: true, default: '{}' })
  certifications: string[];

  @Column('text', { array: true, default: '{}' })
  scenarios: string[];

  @Column('text', { nullable: true })
  city: string | null;

  @Column({ ...OPTIONAL_NUMBER, name: 'recycled_content_pct' })
  recycledContentPct: number | null;

  @Column({ ...OPTIONAL_NUMBER, name: 'carbon_footprint_kg_co2e_per_kg' })
  carbonFootprintKgCo2ePerKg: number | null;

  @Column('boolean', { name: 'first_batch_new_material', default: false })
  firstBatchNewMaterial: boolean;

  @Column('text', { name: 'catalogue_entry', nullable: true })
  catalogueEntry: string | null;

  /** The first-batch catalogue entry the listing claims to be. */
  @Column('uuid', { name: 'first_batch_entry_id', nullable: true })
  firstBatchEntryId: string | null;

  /** A moderator checked the claim against its evidence (a test report); reset when the claim changes. */
  @Column('boolean', { name: 'first_batch_verified', default: false })
  firstBatchVerified: boolean;

  @Column('uuid', { name: 'first_batch_verified_by', nullable: true })
  firstBatchVerifiedBy: string | null;

  @Column('timestamptz', { name: 'first_batch_verified_at', nullable: true })
  firstBatchVerifiedAt: Date | null;

  @Column('text', { name: 'first_batch_verification_note', nullable: true })
  firstBatchVerificationNote: string | null;

  @Column('text', { default: ReviewState.DRAFT })
  state: ReviewState;

  @Column('text', { name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;
}

/** The fields a supplier writes; everything else is kept by the lifecycle. */
export type ListingContent = Omit<
  ListingEntity,
  | 'id' | 'supplierId' | 'createdBy' | 'state' | 'rejectionReason' | 'createdAt' | 'updatedAt' | 'publishedAt' | 'committedTonnesPerMonth'
  | 'firstBatchVerified' | 'firstBatchVerifiedBy' | 'firstBatchVerifiedAt' | 'firstBatchVerificationNote'
>;
