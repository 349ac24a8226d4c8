import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '@magmatch/core';
import { DeliveryState } from '../delivery.entity.js';
import { DigestFrequency, NotificationChannel } from '../notification-type.js';

registerEnumType(NotificationChannel, { name: 'NotificationChannel' });
registerEnumType(DigestFrequency, { name: 'DigestFrequency' });
registerEnumType(DeliveryState, { name: 'DeliveryState' });

export enum NotificationLanguage {
  ZH = 'zh',
  EN = 'en',
}
registerEnumType(NotificationLanguage, { name: 'NotificationLanguage', description: 'The language of e-mails and inbox items.' });

@ObjectType()
export class Notification {
  @Field(() => ID)
  id: string;

  @Field({ description: 'MATCH_PROPOSED, MATCH_ENDORSED, REVIEW_DECIDED, …; the names `mutedTypes` takes.' })
  type: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;
}

@ObjectType()
export class NotificationEdge {
  @Field(() => Notification)
  node: Notification;

  @Field()
  cursor: string;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: "The viewer's unread notifications in all, whatever the page." })
  unreadCount: number;
}

@ObjectType()
export class NotificationPreferences {
  @Field(() => [NotificationChannel])
  channels: NotificationChannel[];

  @Field(() => DigestFrequency, { description: 'How often matches and review work go out by e-mail and webhook.' })
  digest: DigestFrequency;

  @Field(() => [String])
  mutedTypes: string[];

  @Field(() => String, { nullable: true, description: "Where e-mails go; the account's e-mail when null." })
  email: string | null;

  @Field(() => String, { nullable: true })
  webhookUrl: string | null;

  @Field(() => NotificationLanguage)
  language: NotificationLanguage;
}

@ObjectType({ description: 'An e-mail or webhook call, as moderators see it when it failed.' })
export class NotificationDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationChannel)
  channel: NotificationChannel;

  @Field()
  type: string;

  @Field()
  title: string;

  @Field(() => DeliveryState)
  state: DeliveryState;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('NotificationFanOut', { description: 'The progress of one announcement sent to many recipients in batches.' })
export class FanOutProgress {
  @Field(() => ID)
  id: string;

  @Field()
  type: string;

  @Field(() => Int)
  recipients: number;

  @Field(() => Int)
  batches: number;

  @Field(() => Int)
  batchesDone: number;

  @Field(() => Int, { description: 'Recipients who got an inbox item or a delivery (the muted are skipped).' })
  notified: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;
}

@ObjectType()
export class QueueStats {
  @Field()
  queue: string;

  @Field(() => Int, { description: 'Ready to run, or delayed until later.' })
  waiting: number;

  @Field(() => Int)
  active: number;

  @Field(() => Int, { description: 'Jobs that failed every attempt of the queue (a crashed or broken handler).' })
  failed: number;

  @Field(() => Int, { description: 'Deliveries of this queue that failed every attempt and wait for a retry.' })
  dead: number;
}
