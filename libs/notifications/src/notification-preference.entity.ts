import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DigestFrequency, NotificationChannel, type Language } from './notification-type.js';

/** How one user wants to hear from MagMatch. A user without a row has the defaults of the column. */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @Column('text', { array: true, default: () => `'{IN_APP,EMAIL}'` })
  channels: NotificationChannel[];

  /** How often digestible notifications go out by e-mail and webhook. */
  @Column('text', { default: DigestFrequency.DAILY })
  digest: DigestFrequency;

  @Column('text', { name: 'muted_types', array: true, default: () => `'{}'` })
  mutedTypes: string[];

  /** Where e-mails go; the account's e-mail when null. */
  @Column('text', { nullable: true })
  email: string | null;

  @Column('text', { name: 'webhook_url', nullable: true })
  webhookUrl: string | null;

  @Column('text', { default: 'zh' })
  language: Language;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export const DEFAULT_PREFERENCES: Omit<NotificationPreferenceEntity, 'userId' | 'updatedAt'> = {
  channels: [NotificationChannel.IN_APP, NotificationChannel.EMAIL],
  digest: DigestFrequency.DAILY,
  mutedTypes: [],
  email: null,
  webhookUrl: null,
  language: 'zh',
};
