import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityModule } from '../identity.module.js';
import { AuthGuard } from './auth.guard.js';
import { BrowserSessionController } from './browser-session.controller.js';
import { GradeOwnerResolver } from './grade-owner.resolver.js';
import { IdentityResolver } from './identity.resolver.js';
import { OrganizationResolver } from './organization.resolver.js';

@Module({
  imports: [IdentityModule],
  controllers: [BrowserSessionController],
  providers: [IdentityResolver, OrganizationResolver, GradeOwnerResolver, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class IdentityApiModule {}
