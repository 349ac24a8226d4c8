import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ApplicationState {
  PENDING = 'PENDING',
  GRANTED = 'GRANTED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** A buyer's application for a program's subsidy on one purchase. */
@Entity({ name: 'promotion_applications' })
export class PromotionApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'program_id' })
  programId: string;

  @Column('uuid', { name: 'purchase_id' })
  purchaseId: string;

  @Column('text')
  state: ApplicationState;

  /** The estimated subsidy when the buyer applied. */
  @Column('double precision', { name: 'requested_cny' })
  requestedCny: number;

  /** The amount reserved from the budget while GRANTED. */
  @Column('double precision', { name: 'granted_cny', nullable: true })
  grantedCny: number | null;

  /** INSURANCE_PREMIUM: the policy year claimed. */
  @Column('uuid', { name: 'policy_id', nullable: true })
  policyId: string | null;

  /** The arithmetic of the amount requested, or granted, in words. */
  @Column('text', { nullable: true })
  explanation: string | null;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
