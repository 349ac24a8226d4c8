import { Inject } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { JOB_QUEUE, RequireRoles, pageSize, type JobQueue, type Viewer } from '@magmatch/core';
import { CurrentViewer } from '@magmatch/identity';
import { JobRegistry } from '@magmatch/messaging';
import { Deliveries } from '../deliveries.js';
import { DeliverNotification } from '../notification-jobs.js';
import { FanOutProgresses } from '../fan-out-progresses.js';
import { Inbox } from '../inbox.js';
import { LiveNotifications } from '../live-notifications.js';
import { NotificationPreferences as Preferences } from '../preferences.js';
import { NotificationPreferencesInput } from './notification.inputs.js';
import {
  FanOutProgress,
  Notification,
  NotificationConnection,
  NotificationDelivery,
  NotificationLanguage,
  NotificationPreferences,
  QueueStats,
} from './notification.models.js';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly inbox: Inbox,
    private readonly preferences: Preferences,
    private readonly deliveries: Deliveries,
    private readonly fanOuts: FanOutProgresses,
    private readonly live: LiveNotifications,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
    private readonly registry: JobRegistry,
  ) {}

  @Query(() => NotificationConnection, { description: 'Your in-app notifications, newest first.' })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<NotificationConnection> {
    const [page, unreadCount] = await Promise.all([
      this.inbox.page(viewer, unreadOnly ?? false, pageSize(first, 20, 100), after),
      this.inbox.unreadCount(viewer),
    ]);
    return { edges: page.edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor }, unreadCount };
  }

  @Mutation(() => Int, { description: 'Marks your notifications among `ids` read; returns how many were unread.' })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.inbox.markRead(viewer, ids.slice(0, 500));
  }

  @Query(() => NotificationPreferences, { description: 'How you hear from MagMatch.' })
  async notificationPreferences(@CurrentViewer() viewer: Viewer): Promise<NotificationPreferences> {
    const preferences = await this.preferences.of(viewer);
    return { ...preferences, language: preferences.language as NotificationLanguage };
  }

  @Mutation(() => Boolean, { description: 'Changes the given settings. A webhook URL needs `rotateWebhookSecret` for its secret.' })
  async updateNotificationPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: NotificationPreferencesInput,
  ): Promise<boolean> {
    await this.preferences.update(viewer, {
      channels: input.channels ?? undefined,
      digest: input.digest ?? undefined,
      mutedTypes: input.mutedTypes ?? undefined,
      language: input.language ?? undefined,
      email: input.email?.trim().toLowerCase() ?? input.email,
      webhookUrl: input.webhookUrl?.trim() || (input.webhookUrl === undefined ? undefined : null),
    });
    return true;
  }

  @RequireRoles('SELLER', 'BUYER')
  @Mutation(() => String, { description: "A new secret that signs your organisation's webhook calls; shown only this once." })
  rotateWebhookSecret(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.preferences.rotateWebhookSecret(viewer);
  }

  @Subscription(() => Notification, {
    description: 'Your new in-app notifications, as they arrive (graphql-ws; send the access token as `authorization`).',
    resolve: (notification: Notification) => notification,
  })
  async *notificationAdded(@CurrentViewer() viewer: Viewer): AsyncGenerator<Notification> {
    for await (const id of this.live.idsFor(viewer.userId)) {
      const notification = await this.inbox.findOwn(viewer, id);
      if (notification) yield notification;
    }
  }

  @RequireRoles('MODERATOR')
  @Query(() => [NotificationDelivery], { description: 'E-mails and webhook calls that failed every attempt. Moderators only.' })
  deadNotificationDeliveries(@Args('first', { type: () => Int, nullable: true }) first?: number | null): Promise<NotificationDelivery[]> {
    return this.deliveries.dead(pageSize(first, 20, 100));
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => NotificationDelivery, { description: 'Gives a DEAD delivery a fresh set of attempts. Moderators only.' })
  retryNotificationDelivery(@Args('id', { type: () => ID }) id: string): Promise<NotificationDelivery> {
    return this.deliveries.retry(id);
  }

  @RequireRoles('MODERATOR')
  @Query(() => [FanOutProgress], { description: 'Recent announcements and how far their batches got. Moderators only.' })
  notificationFanOuts(@Args('first', { type: () => Int, nullable: true }) first?: number | null): Promise<FanOutProgress[]> {
    return this.fanOuts.recent(pageSize(first, 20, 100));
  }

  @RequireRoles('MODERATOR')
  @Query(() => [QueueStats], { description: 'Jobs per queue and dead deliveries. Moderators only.' })
  async queueStats(): Promise<QueueStats[]> {
    const [counts, dead] = await Promise.all([this.queue.counts(), this.deliveries.deadCount()]);
    const declared = this.registry.declaredJobs().map((job) => job.queue);
    const names = [...new Set([...declared, ...counts.map((count) => count.queue)])].sort();
    return names.map((queue) => {
      const count = counts.find((candidate) => candidate.queue === queue);
      return {
        queue,
        waiting: (count?.waiting ?? 0) + (count?.delayed ?? 0),
        active: count?.active ?? 0,
        failed: count?.failed ?? 0,
        dead: queue === DeliverNotification.queue ? dead : 0,
      };
    });
  }
}
