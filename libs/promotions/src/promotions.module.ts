import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@magmatch/catalog';
import { MatchingModule } from '@magmatch/matching';
import { QuotesModule } from '@magmatch/quotes';
import { MessagingModule } from '@magmatch/messaging';
import { ModerationModule } from '@magmatch/moderation';
import { ApplicationsService } from './applications.service.js';
import { Eligibility } from './eligibility.js';
import { EvidenceDocumentEntity } from './evidence-document.entity.js';
import { EvidenceStore } from './evidence-store.js';
import { ProgramReports } from './program-report.js';
import { ProgramsService } from './programs.service.js';
import { PromotionApplicationEntity } from './promotion-application.entity.js';
import { ApplicationDecided, PromotionLaunched, PurchaseEligible } from './promotion-events.js';
import { PromotionProgramEntity } from './promotion-program.entity.js';
import { ProvenApplicationEntity } from './proven-application.entity.js';
import { PurchaseEntity } from './purchase.entity.js';
import { InsurancePolicyEntity } from './insurance-policy.entity.js';
import { PurchasesService } from './purchases.service.js';
import { ReplicationList } from './replication-list.js';

/** First-purchase / first-use / first-batch programs, purchases, applications and the replication list. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PromotionProgramEntity, PurchaseEntity, PromotionApplicationEntity, EvidenceDocumentEntity, ProvenApplicationEntity, InsurancePolicyEntity]),
    MessagingModule.forFeature([PromotionLaunched, PurchaseEligible, ApplicationDecided]),
    CatalogModule,
    MatchingModule,
    ModerationModule,
    QuotesModule,
  ],
  providers: [ApplicationsService, Eligibility, EvidenceStore, ProgramReports, ProgramsService, PurchasesService, ReplicationList],
  exports: [ApplicationsService, Eligibility, ProgramReports, ProgramsService, PurchasesService, ReplicationList, MatchingModule, QuotesModule],
})
export class PromotionsModule {}
