import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@magmatch/catalog';
import { IdentityModule } from '@magmatch/identity';
import { InvestmentModule } from '@magmatch/investment';
import { ListingsModule } from '@magmatch/listings';
import { MatchingModule } from '@magmatch/matching';
import { MessagingModule } from '@magmatch/messaging';
import { PromotionsModule } from '@magmatch/promotions';
import { QuotesModule } from '@magmatch/quotes';
import { RequirementsModule } from '@magmatch/requirements';
import { ChallengeAnnouncer } from './announcers/challenge-announcer.js';
import { MatchAnnouncer } from './announcers/match-announcer.js';
import { MatchStories } from './announcers/match-story.js';
import { PromotionAnnouncer } from './announcers/promotion-announcer.js';
import { QuoteAnnouncer } from './announcers/quote-announcer.js';
import { ReviewAnnouncer } from './announcers/review-announcer.js';
import { CHANNEL_SENDERS } from './channels/channel-sender.js';
import { EmailSender } from './channels/email-sender.js';
import { WebhookSender } from './channels/webhook-sender.js';
import { Deliveries } from './deliveries.js';
import { DeliveryEntity } from './delivery.entity.js';
import { Digests } from './digests.js';
import { FanOutEntity } from './fan-out.entity.js';
import { FanOutProgresses } from './fan-out-progresses.js';
import { NotificationFanOut } from './fan-out.js';
import { Inbox } from './inbox.js';
import { LiveNotifications } from './live-notifications.js';
import { DeliverNotification, NotifyBatch, RemindNeededBy, RemindProgramClosing, RemindUnansweredMatch, SendDigests } from './notification-jobs.js';
import { NotificationPreferenceEntity } from './notification-preference.entity.js';
import { NotificationEntity } from './notification.entity.js';
import { NotifyBatchHandler } from './notify-batch.js';
import { NotificationPreferences } from './preferences.js';
import { Recipients } from './recipients.js';
import { Reminders } from './reminders.js';

/**
 * The notification centre: announcers turn events into announcements, which fan out in batches to inbox
 * items and e-mail/webhook deliveries on each recipient's channels, now or in their digest.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity, DeliveryEntity, FanOutEntity]),
    MessagingModule.forFeature([NotifyBatch, DeliverNotification, SendDigests, RemindNeededBy, RemindUnansweredMatch, RemindProgramClosing]),
    CatalogModule,
    IdentityModule,
    InvestmentModule,
    ListingsModule,
    MatchingModule,
    RequirementsModule,
    PromotionsModule,
    QuotesModule,
  ],
  providers: [
    ChallengeAnnouncer,
    EmailSender,
    WebhookSender,
    { provide: CHANNEL_SENDERS, inject: [EmailSender, WebhookSender], useFactory: (email: EmailSender, webhook: WebhookSender) => [email, webhook] },
    Deliveries,
    Digests,
    FanOutProgresses,
    Inbox,
    LiveNotifications,
    MatchAnnouncer,
    MatchStories,
    QuoteAnnouncer,
    NotificationFanOut,
    NotificationPreferences,
    NotifyBatchHandler,
    PromotionAnnouncer,
    Recipients,
    Reminders,
    ReviewAnnouncer,
  ],
  exports: [NotificationFanOut, Recipients, Inbox, NotificationPreferences, Deliveries, Digests, FanOutProgresses, LiveNotifications, Reminders],
})
export class NotificationsModule {}
