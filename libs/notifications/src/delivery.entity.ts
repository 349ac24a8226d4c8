import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ExternalChannel } from './notification-type.js';

export enum DeliveryState {
  /** Waiting for its delivery job (or for the retry after a failure). */
  PENDING = 'PENDING',
  /** Waiting for the user's digest. */
  DEFERRED = 'DEFERRED',
  /** Went out inside a digest (`digestId`). */
  DIGESTED = 'DIGESTED',
  SENT = 'SENT',
  /** Failed every attempt; a moderator can retry it. */
  DEAD = 'DEAD',
}

/**
 * One e-mail or webhook call for one notification and recipient. Its idempotency key (event, recipient,
 * channel) is unique, and the sender moves it out of PENDING once: that is what makes a delivery happen
 * once whatever the queue repeats. The receiver gets the key too, to drop the rare resend after a crash.
 */
@Entity({ name: 'notification_deliveries' })
export class DeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { name: 'idempotency_key' })
  idempotencyKey: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  channel: ExternalChannel;

  /** The e-mail address or webhook URL, as chosen when the notification was made. */
  @Column('text')
  address: string;

  @Column('text')
  type: string;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column('jsonb')
  data: Record<string, string>;

  @Column('text')
  state: DeliveryState;

  @Column('integer')
  attempts: number;

  @Column('text', { name: 'last_error', nullable: true })
  lastError: string | null;

  @Column('uuid', { name: 'digest_id', nullable: true })
  digestId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
