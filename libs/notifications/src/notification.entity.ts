import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One item of a user's in-app inbox. */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  type: string;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('jsonb')
  data: Record<string, string>;

  /** The event and recipient it came from; unique, so a re-run job cannot add it twice. */
  @Column('text', { name: 'idempotency_key' })
  idempotencyKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'read_at', nullable: true })
  readAt: Date | null;
}
