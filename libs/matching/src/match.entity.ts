import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { MatchReason } from './scoring.js';

export enum MatchState {
  PROPOSED = 'PROPOSED',
  ENDORSED = 'ENDORSED',
  DISMISSED = 'DISMISSED',
  SUPPLIER_INTERESTED = 'SUPPLIER_INTERESTED',
  SUPPLIER_DECLINED = 'SUPPLIER_DECLINED',
  ACCEPTED = 'ACCEPTED',
  CLOSED = 'CLOSED',
}

/** A stored pairing of a requirement and a listing, with its score and reasons. */
@Entity({ name: 'matches' })
export class MatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'requirement_id' })
  requirementId: string;

  @Column('uuid', { name: 'listing_id' })
  listingId: string;

  /** The listing's supplier, kept on the match so matching reads a supplier's answers from its own table. */
  @Column('uuid', { name: 'supplier_id' })
  supplierId: string;

  @Column('double precision')
  score: number;

  @Column('jsonb')
  reasons: MatchReason[];

  @Column('text', { default: MatchState.PROPOSED })
  state: MatchState;

  /** When a moderator endorsed the match; kept once the supplier answers, so monitoring can count endorsements. */
  @Column('timestamptz', { name: 'endorsed_at', nullable: true })
  endorsedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
