import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A purchase a buyer recorded on an accepted match: the deal that promotion programs evaluate. */
@Entity({ name: 'purchases' })
export class PurchaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'match_id' })
  matchId: string;

  @Column('uuid', { name: 'buyer_id' })
  buyerId: string;

  @Column('uuid', { name: 'supplier_id' })
  supplierId: string;

  /** The listing's grade (canonical code) and its family, as bought. */
  @Column('text')
  grade: string;

  @Column('text', { name: 'grade_family' })
  gradeFamily: string;

  @Column('double precision', { name: 'quantity_tonnes' })
  quantityTonnes: number;

  @Column('double precision', { name: 'amount_cny' })
  amountCny: number;

  @Column('date', { name: 'contract_signed_at' })
  contractSignedAt: string;

  /** The acceptance report's date. */
  @Column('date', { name: 'first_use_at', nullable: true })
  firstUseAt: string | null;

  /** The buyer's word that the first use went well: what the replication list needs. */
  @Column('boolean', { name: 'use_succeeded', nullable: true })
  useSucceeded: boolean | null;

  @Column('timestamptz', { name: 'delivery_confirmed_at', nullable: true })
  deliveryConfirmedAt: Date | null;

  /** The deal the purchase was made under, when it was awarded on the platform. */
  @Column('uuid', { name: 'deal_id', nullable: true })
  dealId: string | null;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
