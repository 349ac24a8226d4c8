import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JWT_SECRET } from '@magmatch/core';
import { ModerationModule } from '@magmatch/moderation';
import { AccessTokens } from './access-tokens.js';
import { CertificationsService } from './certifications.service.js';
import { OrganizationCertificationEntity } from './organization-certification.entity.js';
import { IdentityLoaders } from './identity.loaders.js';
import { RefreshTokens } from './refresh-tokens.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { ModeratorBootstrap } from './moderator-bootstrap.js';
import { OrganizationsService } from './organizations.service.js';
import { RegistrationService } from './registration.service.js';
import { SignInService } from './sign-in.service.js';
import { OrganizationEntity } from './organization.entity.js';
import { UserEntity } from './user.entity.js';

import { UserReads } from './user-reads.js';

/** Short-lived: a session goes on through refresh tokens (`refreshAccessToken`), which a password change revokes. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

@Module({
  imports: [
    ModerationModule,
    TypeOrmModule.forFeature([OrganizationEntity, UserEntity, OrganizationCertificationEntity]),
    JwtModule.registerAsync({
      inject: [JWT_SECRET],
      useFactory: (secret: string) => ({
        secret,
        signOptions: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL_SECONDS },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    SignInService,
    RegistrationService,
    OrganizationsService,
    ModeratorBootstrap,
    CertificationsService,
    IdentityLoaders,
    AccessTokens,
    SignInThrottle,
    RefreshTokens,
    UserReads,
  ],
  exports: [SignInService, RegistrationService, OrganizationsService, UserReads, ModeratorBootstrap, CertificationsService, IdentityLoaders, AccessTokens],
})
export class IdentityModule {}
