import { Inject, Injectable, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, JWT_SECRET, type AppConfig } from '@magmatch/core';
import { ModerationModule } from '@magmatch/moderation';
import { AccessTokens } from './access-tokens.js';
import { CertificationsService } from './certifications.service.js';
import { OrganizationCertificationEntity } from './organization-certification.entity.js';
import { IdentityLoaders } from './identity.loaders.js';
import { RefreshTokens } from './refresh-tokens.js';
import { SignInThrottle } from './sign-in-throttle.js';
import { IdentityService } from './identity.service.js';
import { OrganizationEntity } from './organization.entity.js';
import { UserEntity } from './user.entity.js';

/** How long an access token is valid. */
/** Short-lived: a session goes on through refresh tokens (`refreshAccessToken`), which a password change revokes. */
const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

@Injectable()
class BootstrapModerator implements OnApplicationBootstrap {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly identity: IdentityService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const moderator = this.config.bootstrapModerator;
    if (moderator) await this.identity.ensureModerator(moderator.email, moderator.password);
  }
}

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
  providers: [IdentityService, CertificationsService, IdentityLoaders, AccessTokens, BootstrapModerator, SignInThrottle, RefreshTokens],
  exports: [IdentityService, CertificationsService, IdentityLoaders, AccessTokens],
})
export class IdentityModule {}
