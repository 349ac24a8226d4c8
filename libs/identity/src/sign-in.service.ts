import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DomainError, DomainErrorCode } from '@magmatch/core';
import { AccessTokens } from './access-tokens.js';
import { hashPassword, passwordMatches } from './passwords.js';
import { RefreshTokens } from './refresh-tokens.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { UserEntity } from './user.entity.js';

export interface SignedIn {
  readonly user: UserEntity;
  readonly accessToken: string;
  readonly refreshToken: string;
}

const WRONG_CREDENTIALS = 'The e-mail address or the password is wrong';

/** Sessions: sign-in, token refresh, password change, and the signed-in user. */
@Injectable()
export class SignInService {
  /** Compared against when the e-mail is unknown, so a failed sign-in takes as long either way. */
  private readonly decoyHash = hashPassword('decoy-password-for-unknown-users');

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly tokens: AccessTokens,
    private readonly throttle: SignInThrottle,
    private readonly refreshTokens: RefreshTokens,
  ) {}

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

  /** Trades a refresh token for a new access token and the next refresh token (see `RefreshTokens.rotate` for the grace). */
  async refresh(refreshToken: string, reuseGraceMs = 0): Promise<SignedIn> {
    const { userId, refreshToken: next } = await this.refreshTokens.rotate(refreshToken, reuseGraceMs);
    const user = await this.user(userId);
    return { user, accessToken: await this.tokens.issue(user), refreshToken: next };
  }

  /** Ends the session a refresh token belongs to. */
  signOut(refreshToken: string): Promise<void> {
    return this.refreshTokens.revokeFamilyOf(refreshToken);
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

  /** A new session for a user who just proved who they are (signed in or registered). */
  async signedIn(user: UserEntity): Promise<SignedIn> {
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
}
