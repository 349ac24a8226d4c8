import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Price } from '@magmatch/trade';

/** Where a quote stands; SUBMITTED, COUNTERED and REVISED are open (the quote-lifecycle table in README.md). */
export enum QuoteState {
  SUBMITTED = 'SUBMITTED',
  COUNTERED = 'COUNTERED',
  REVISED = 'REVISED',
  WITHDRAWN = 'WITHDRAWN',
  DECLINED = 'DECLINED',
  AWARDED = 'AWARDED',
  EXPIRED = 'EXPIRED',
}

export const OPEN_QUOTE_STATES: readonly QuoteState[] = [QuoteState.SUBMITTED, QuoteState.COUNTERED, QuoteState.REVISED];

/** One offer on the table: the supplier's first quote and each revision, or a buyer's counter-offer. */
export interface QuoteRevision {
  readonly by: 'SUPPLIER' | 'BUYER';
  readonly price: Price;
  readonly quantityTonnesPerMonth: number;
  readonly message: string | null;
  /** ISO 8601 */
  readonly at: string;
}

/** A supplier's priced offer on a match, and the counter-offers and revisions that follow it. */
@Entity({ name: 'quotes' })
export class QuoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'match_id' })
  matchId: string;

  @Column('uuid', { name: 'requirement_id' })
  requirementId: string;

  /** The listing offered: the match's, or another of the supplier's as a substitute. */
  @Column('uuid', { name: 'listing_id' })
  listingId: string;

  @Column('uuid', { name: 'supplier_id' })
  supplierId: string;

  @Column('uuid', { name: 'buyer_id' })
  buyerId: string;

  /** Why the supplier offers another listing than the matched one; null when it offers the matched one. */
  @Column('text', { name: 'substitute_reason', nullable: true })
  substituteReason: string | null;

  /** The offer on the table now: the latest revision's. */
  @Column('jsonb')
  price: Price;

  @Column('double precision', { name: 'quantity_tonnes_per_month' })
  quantityTonnesPerMonth: number;

  @Column('integer', { name: 'lead_time_days', nullable: true })
  leadTimeDays: number | null;

  /** YYYY-MM-DD: the last day it may be awarded. */
  @Column('date', { name: 'valid_until' })
  validUntil: string;

  @Column('text', { default: QuoteState.SUBMITTED })
  state: QuoteState;

  /** The supplier's message with the quote. */
  @Column('text', { nullable: true })
  message: string | null;

  @Column('text', { name: 'decline_reason', nullable: true })
  declineReason: string | null;

  /** Every offer made, oldest first: the quote itself, then counter-offers and revisions. */
  @Column('jsonb', { default: () => "'[]'" })
  revisions: QuoteRevision[];

  @Column('uuid', { name: 'created_by' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
