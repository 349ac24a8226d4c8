import { Column, Entity, PrimaryGeneratedColumn, CreateDateColumn } from 'typeorm';

/** An entry of the replication list (复制推广清单): a material proven in a scenario by a named buyer. */
@Entity({ name: 'proven_applications' })
export class ProvenApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'purchase_id' })
  purchaseId: string;

  @Column('text')
  grade: string;

  @Column('text')
  form: string;

  @Column('text')
  scenario: string;

  @Column('uuid', { name: 'buyer_id' })
  buyerId: string;

  @Column('text', { name: 'case_text' })
  caseText: string;

  @Column('uuid', { name: 'published_by' })
  publishedBy: string;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}
