import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ChainLink } from '@magmatch/catalog';

/** An enterprise of the magnesium chain in the association's investment-attraction database, member of MagMatch or not. */
@Entity({ name: 'enterprises' })
export class EnterpriseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  /** Its unified social credit code, when known: one record per enterprise. */
  @Column('text', { name: 'credit_code', nullable: true })
  creditCode: string | null;

  @Column('text', { name: 'chain_links', array: true })
  chainLinks: ChainLink[];

  @Column('text', { nullable: true })
  city: string | null;

  @Column('text', { nullable: true })
  cluster: string | null;

  /** The organisation it trades as on MagMatch, if it does. */
  @Column('uuid', { name: 'organization_id', nullable: true })
  organizationId: string | null;

  /** e.g. 链主 (chain leader), 专精特新小巨人 (specialised "little giant"), 单项冠军 (single-product champion). */
  @Column('text', { array: true, default: '{}' })
  tags: string[];

  @Column('text', { array: true, default: '{}' })
  products: string[];

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
