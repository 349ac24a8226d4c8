import { Module } from '@nestjs/common';
import { PromotionsModule } from '../promotions.module.js';
import { ApplicationsResolver } from './applications.resolver.js';
import { ProgramsResolver } from './programs.resolver.js';
import { PurchasesResolver } from './purchases.resolver.js';
import { ReplicationListResolver } from './replication-list.resolver.js';

@Module({ imports: [PromotionsModule], providers: [ProgramsResolver, PurchasesResolver, ApplicationsResolver, ReplicationListResolver] })
export class PromotionsApiModule {}
