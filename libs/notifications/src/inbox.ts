import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import { keysetPage, type Page, type Viewer } from '@magmatch/core';
import { NotificationEntity } from './notification.entity.js';

/** A user's in-app notifications: only ever their own. */
@Injectable()
export class Inbox {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  page(viewer: Viewer, unreadOnly: boolean, first: number, after?: string | null): Promise<Page<NotificationEntity>> {
    const query = this.notifications.createQueryBuilder('notification').where('notification.user_id = :userId', { userId: viewer.userId });
    if (unreadOnly) query.andWhere('notification.read_at IS NULL');
    return keysetPage(query, 'createdAt', first, after);
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.notifications.countBy({ userId: viewer.userId, readAt: IsNull() });
  }

  /** Marks the viewer's notifications among `ids` read; returns how many were unread. Others' ids are ignored. */
  async markRead(viewer: Viewer, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.notifications.update({ id: In([...ids]), userId: viewer.userId, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }

  /** One of the viewer's notifications, for the live subscription; null when it is not theirs. */
  findOwn(viewer: Viewer, id: string): Promise<NotificationEntity | null> {
    return this.notifications.findOneBy({ id, userId: viewer.userId });
  }
}
