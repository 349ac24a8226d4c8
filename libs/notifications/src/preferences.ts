import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { APP_CONFIG, DomainError, DomainErrorCode, type AppConfig, type Viewer } from '@magmatch/core';
import { webhookUrlProblem } from './channels/webhook-address.js';
import { DEFAULT_PREFERENCES, NotificationPreferenceEntity } from './notification-preference.entity.js';
import { NotificationChannel, NotificationType } from './notification-type.js';

export type PreferenceChanges = Partial<Omit<NotificationPreferenceEntity, 'userId' | 'updatedAt'>>;

/** A user's notification settings, and their organisation's webhook signing secret. */
@Injectable()
export class NotificationPreferences {
  constructor(
    @InjectRepository(NotificationPreferenceEntity) private readonly preferences: Repository<NotificationPreferenceEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async of(viewer: Viewer): Promise<Omit<NotificationPreferenceEntity, 'updatedAt'>> {
    return (await this.preferences.findOneBy({ userId: viewer.userId })) ?? { userId: viewer.userId, ...DEFAULT_PREFERENCES };
  }

  /** Applies the given fields, leaving the others as they are; refuses settings that could never deliver. */
  async update(viewer: Viewer, changes: PreferenceChanges): Promise<void> {
    const next = { ...(await this.of(viewer)), ...definedOnly(changes) };
    const unknownType = next.mutedTypes.find((type) => !(type in NotificationType));
    if (unknownType) {
      throw new DomainError(DomainErrorCode.InvalidInput, `mutedTypes: "${unknownType}" is not a notification type (${Object.keys(NotificationType).join(', ')})`, 'mutedTypes');
    }
    if (next.webhookUrl) {
      const problem = webhookUrlProblem(next.webhookUrl, this.config.notifications.webhookAllowPrivate);
      if (problem) throw new DomainError(DomainErrorCode.InvalidInput, `webhookUrl ${problem}`, 'webhookUrl');
      if (!viewer.organizationId) throw new DomainError(DomainErrorCode.InvalidInput, 'webhookUrl: webhooks belong to organisations; moderators receive e-mail', 'webhookUrl');
    }
    if (next.channels.includes(NotificationChannel.WEBHOOK) && !next.webhookUrl) {
      throw new DomainError(DomainErrorCode.InvalidInput, 'channels: WEBHOOK needs a webhookUrl', 'channels');
    }
    await this.preferences.manager.transaction(async (manager) => {
      await manager.upsert(NotificationPreferenceEntity, { ...next, userId: viewer.userId }, ['userId']);
      if (next.webhookUrl && viewer.organizationId) {
        await manager.query(`INSERT INTO webhook_secrets (organization_id, secret) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [viewer.organizationId, newSecret()]);
      }
    });
  }

  /** A new signing secret for the viewer's organisation, shown once; the old one stops working at once. */
  async rotateWebhookSecret(viewer: Viewer): Promise<string> {
    if (!viewer.organizationId) throw new DomainError(DomainErrorCode.NotPermitted, 'Webhook secrets belong to organisations');
    const secret = newSecret();
    await this.preferences.query(
      `INSERT INTO webhook_secrets (organization_id, secret) VALUES ($1, $2)
       ON CONFLICT (organization_id) DO UPDATE SET secret = excluded.secret, created_at = now()`,
      [viewer.organizationId, secret],
    );
    return secret;
  }
}

const newSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
