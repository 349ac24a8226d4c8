import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, QueryFailedError, type Repository } from 'typeorm';
import { DomainError, DomainErrorCode } from '@magmatch/core';
import { AuditLog } from '@magmatch/moderation';
import { AccessTokens } from './access-tokens.js';
import { RefreshTokens } from './refresh-tokens.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { checkCreditCode } from './credit-code.js';
import { OrganizationEntity, OrganizationType, VerificationLevel } from './organization.entity.js';
import { hashPassword, passwordMatches } from './passwords.js';
import { Role, UserEntity } from './user.entity.js';

export interface Registration {
  readonly organizationName: string;
  readonly type: OrganizationType;
  readonly creditCode: string;
  readonly city?: string | null;
  readonly region?: string | null;
  readonly cluster?: string | null;
  readonly businessType?: string | null;
  readonly email: string;
  readonly password: string;
  readonly displayName?: string | null;
}

export interface SignedIn {
  readonly user: UserEntity;
  readonly accessToken: string;
  readonly refreshToken: string;
}

const ROLE_OF: Record<Exclude<OrganizationType, OrganizationType.ASSOCIATION>, Role> = {
  [OrganizationType.SUPPLIER]: Role.SUPPLIER,
  [OrganizationType.BUYER]: Role.BUYER,
};
const LEVELS = [VerificationLevel.LISTED, VerificationLevel.REVIEWED, VerificationLevel.VERIFIED];
const WRONG_CREDENTIALS = 'The e-mail address or the password is wrong';

/** Organisations, users, sign-up, sign-in and verification levels. */
@Injectable()
export class IdentityService {
  /** Compared against when the e-mail is unknown, so a failed sign-in takes as long either way. */
  private readonly decoyHash = hashPassword('decoy-password-for-unknown-users');

  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly tokens: AccessTokens,
    private readonly audit: AuditLog,
    private readonly throttle: SignInThrottle,
    private readonly refreshTokens: RefreshTokens,
  ) {}

  /** Creates a supplier or buyer organisation with its first user, and signs that user in. */
  async register(registration: Registration): Promise<SignedIn> {
    if (registration.type === OrganizationType.ASSOCIATION) {
      throw new DomainError(
        DomainErrorCode.NotPermitted,
        'The industry association is not registered through sign-up; ask an existing moderator',
        'type',
      );
    }
    const role = ROLE_OF[registration.type];
    const credit = checkCreditCode(registration.creditCode);
    if ('problem' in credit) {
      throw new DomainError(DomainErrorCode.InvalidInput, `creditCode ${credit.problem}`, 'creditCode');
    }
    const passwordHash = await hashPassword(registration.password);
    const user = await this.uniquely(() =>
      this.organizations.manager.transaction(async (manager) => {
        const organization = await manager.save(
          manager.create(OrganizationEntity, {
            name: registration.organizationName.trim(),
            type: registration.type,
            creditCode: credit.code,
            city: registration.city?.trim() || null,
            region: registration.region?.trim() || null,
            cluster: registration.cluster?.trim() || null,
            businessType: registration.businessType?.trim() || null,
          }),
        );
        return manager.save(
          manager.create(UserEntity, {
            email: registration.email.trim().toLowerCase(),
            passwordHash,
            role,
            organizationId: organization.id,
            displayName: registration.displayName?.trim() || null,
          }),
        );
      }),
    );
    return this.signedIn(user);
  }

  /** Signs in; repeated failures for an address slow it down and then lock it (see `SignInThrottle`). */
  async login(email: string, password: string): Promise<SignedIn> {
    const address = email.trim().toLowerCase();
    await this.throttle.beforeAttempt(address);
    const user = await this.users.findOneBy({ email: address });
    const matches = await passwordMatches(user?.passwordHash ?? (await this.decoyHash), password);
    if (!user || !matches) {
      await this.throttle.failed(address);
      throw new DomainError(DomainErrorCode.NotAuthenticated, WRONG_CREDENTIALS);
    }
    await this.throttle.succeeded(address);
    return this.signedIn(user);
  }

  /** Trades a refresh token for a new access token and the next refresh token. */
  async refresh(refreshToken: string): Promise<SignedIn> {
    const { userId, refreshToken: next } = await this.refreshTokens.rotate(refreshToken);
    const user = await this.user(userId);
    return { user, accessToken: await this.tokens.issue(user), refreshToken: next };
  }

  /** Changes the viewer's password and signs out every session (refresh token) of theirs. */
  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.user(userId);
    if (!(await passwordMatches(user.passwordHash, currentPassword))) {
      throw new DomainError(DomainErrorCode.InvalidInput, 'currentPassword is wrong', 'currentPassword');
    }
    const passwordHash = await hashPassword(newPassword);
    await this.users.manager.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { passwordHash });
      await this.refreshTokens.revokeAll(userId, manager);
    });
  }

  private async signedIn(user: UserEntity): Promise<SignedIn> {
    return { user, accessToken: await this.tokens.issue(user), refreshToken: await this.refreshTokens.issue(user.id) };
  }

  hasUser(email: string): Promise<boolean> {
    return this.users.existsBy({ email: email.trim().toLowerCase() });
  }

  async user(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new DomainError(DomainErrorCode.NotAuthenticated, 'This account no longer exists: sign in again');
    return user;
  }

  /** Organisations a moderator has yet to verify fully, longest waiting first. */
  awaitingVerification(first: number): Promise<OrganizationEntity[]> {
    return this.organizations.find({
      where: { verificationLevel: In([VerificationLevel.LISTED, VerificationLevel.REVIEWED]), type: In([OrganizationType.SUPPLIER, OrganizationType.BUYER]) },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: first,
    });
  }

  async organizationsByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return ids.length === 0 ? [] : this.organizations.findBy(ids.map((id) => ({ id })));
  }

  /** Raises an organisation's verification level (never lowers it) and records who did it and why. */
  async verifyOrganization(
    id: string,
    level: VerificationLevel,
    moderatorId: string,
    reason: string | null,
  ): Promise<OrganizationEntity> {
    return this.organizations.manager.transaction(async (manager) => {
      const organization = await manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw new DomainError(DomainErrorCode.NotFound, `No organisation has id ${id}`, 'id');
      const before = organization.verificationLevel;
      if (LEVELS.indexOf(level) <= LEVELS.indexOf(before)) {
        throw new DomainError(
          DomainErrorCode.Conflict,
          `${organization.name} is already ${before}; verification can only be raised`,
          'level',
        );
      }
      organization.verificationLevel = level;
      await manager.save(organization);
      await this.audit.record(manager, {
        actorId: moderatorId,
        action: 'organization.verify',
        subjectType: 'organization',
        subjectId: id,
        before: { verificationLevel: before },
        after: { verificationLevel: level },
        reason,
      });
      return organization;
    });
  }

  /** Creates the configured first moderator unless a user with that e-mail exists. */
  async ensureModerator(email: string, password: string): Promise<void> {
    if (await this.users.existsBy({ email })) return;
    await this.uniquely(async () =>
      this.users.save(this.users.create({ email, passwordHash: await hashPassword(password), role: Role.MODERATOR })),
    );
  }

  private async uniquely<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
      if (constraint === 'users_email_key') {
        throw new DomainError(DomainErrorCode.Conflict, 'An account with this e-mail address already exists', 'email');
      }
      if (constraint === 'organizations_credit_code_key') {
        throw new DomainError(DomainErrorCode.Conflict, 'An organisation with this credit code is already registered', 'creditCode');
      }
      throw error;
    }
  }
}
