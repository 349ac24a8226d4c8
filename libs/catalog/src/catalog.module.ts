import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationModule } from '@magmatch/moderation';
import { FirstBatchCatalogue } from './first-batch/first-batch-catalogue.js';
import { FirstBatchEditionEntity, FirstBatchEntryEntity } from './first-batch/first-batch.entities.js';
import { CatalogGradeEntity } from './grades/catalog-grade.entity.js';
import { GradeCatalog } from './grades/grade-catalog.js';
import { GradeChangeEntity } from './grades/grade-change.entity.js';
import { GradeProposalEntity } from './grades/grade-proposal.entity.js';
import { GradeProposals } from './grades/grade-proposals.js';

/** The catalogue's tables: grades of the reference data set and of producers, proposals, history; the first-batch catalogue. */
@Module({
  imports: [TypeOrmModule.forFeature([CatalogGradeEntity, GradeChangeEntity, GradeProposalEntity, FirstBatchEditionEntity, FirstBatchEntryEntity]), ModerationModule],
  providers: [GradeCatalog, GradeProposals, FirstBatchCatalogue],
  exports: [GradeCatalog, GradeProposals, FirstBatchCatalogue],
})
export class CatalogModule {}
