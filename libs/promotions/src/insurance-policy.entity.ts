import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One policy year of the quality and liability insurance a producer bought for the user of a purchase. */
@Entity({ name: 'insurance_policies' })
export class InsurancePolicyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'purchase_id' })
  purchaseId: string;

  @Column('text', { name: 'policy_number' })
  policyNumber: string;

  @Column('text')
  insurer: string;

  @Column('double precision', { name: 'premium_cny' })
  premiumCny: number;

  @Column('double precision', { name: 'liability_limit_cny' })
  liabilityLimitCny: number;

  /** YYYY-MM-DD */
  @Column('date', { name: 'period_from' })
  periodFrom: string;

  /** YYYY-MM-DD */
  @Column('date', { name: 'period_to' })
  periodTo: string;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
