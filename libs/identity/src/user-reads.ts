import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { Role, UserEntity } from './user.entity.js';

/** A user account as other modules may know it: never its password hash. */
export interface Account {
  readonly userId: string;
  readonly email: string;
  readonly organizationId: string | null;
}

/** The users table's rows for other modules (the notification centre's recipients), oldest account first. */
@Injectable()
export class UserReads {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async idsOfOrganizations(organizationIds: readonly string[]): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    return (await this.users.find({ where: { organizationId: In([...organizationIds]) }, select: { id: true }, order: { createdAt: 'ASC' } })).map(({ id }) => id);
  }

  async moderatorIds(): Promise<string[]> {
    return (await this.users.find({ where: { role: Role.MODERATOR }, select: { id: true }, order: { createdAt: 'ASC' } })).map(({ id }) => id);
  }

  /** The first `limit` accounts of an organisation. */
  async accountsOfOrganization(organizationId: string, limit: number): Promise<Account[]> {
    return (await this.users.find({ where: { organizationId }, order: { createdAt: 'ASC' }, take: limit })).map(accountOf);
  }

  async accounts(userIds: readonly string[]): Promise<Account[]> {
    if (userIds.length === 0) return [];
    return (await this.users.findBy({ id: In([...userIds]) })).map(accountOf);
  }
}

const accountOf = (user: UserEntity): Account => ({ userId: user.id, email: user.email, organizationId: user.organizationId });
