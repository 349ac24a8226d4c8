import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import type { UserEntity } from './user.entity.js';

interface AccessClaims {
  sub: string;
  role: Viewer['role'];
  org: string | null;
}

/** Signs and reads the short-lived bearer tokens the API accepts. */
@Injectable()
export class AccessTokens {
  constructor(private readonly jwt: JwtService) {}

  issue(user: UserEntity): Promise<string> {
    const claims: AccessClaims = { sub: user.id, role: user.role, org: user.organizationId };
    return this.jwt.signAsync(claims);
  }

  /** The viewer an `Authorization` header names; null without one; an error for a bad or expired token. */
  async viewerOf(authorization: string | undefined): Promise<Viewer | null> {
    if (!authorization) return null;
    const [scheme, token] = authorization.split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new DomainError(DomainErrorCode.NotAuthenticated, 'Send the access token as "Authorization: Bearer <token>"');
    }
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token);
      return { userId: claims.sub, role: claims.role, organizationId: claims.org };
    } catch {
      throw new DomainError(DomainErrorCode.NotAuthenticated, 'The access token is invalid or has expired: sign in again');
    }
  }
}
