import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The progress of one announcement to many recipients, sent in batches. */
@Entity({ name: 'notification_fan_outs' })
export class FanOutEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey: string;

  @Column('text')
  type: string;

  @Column('integer')
  recipients: number;

  @Column('integer')
  batches: number;

  @Column('integer', { name: 'batches_done' })
  batchesDone: number;

  /** Recipients who got an in-app item or a delivery (the muted are skipped). */
  @Column('integer')
  notified: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt: Date | null;
}
