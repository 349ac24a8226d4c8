import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ModerationModule } from '@magmatch/moderation';
import { CatalogGradeEntity } from './grades/catalog-grade.entity.js';
import { GradeCatalog } from './grades/grade-catalog.js';
import { GradeChangeEntity } from './grades/grade-change.entity.js';
import { GradeProposalEntity } from './grades/grade-proposal.entity.js';
import { GradeProposals } from './grades/grade-proposals.js';

/** The catalogue's tables: grades of the reference data set and of producers, proposals, history. */
@Module({
  imports: [TypeOrmModule.forFeature([CatalogGradeEntity, GradeChangeEntity, GradeProposalEntity]), ModerationModule],
  providers: [GradeCatalog, GradeProposals],
  exports: [GradeCatalog, GradeProposals],
})
export class CatalogModule {}
