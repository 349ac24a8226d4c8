import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@magmatch/identity';
import { ModerationModule } from '@magmatch/moderation';
import { MonitoringModule } from '@magmatch/monitoring';
import { ChainMap } from './chain-map.js';
import { EnterpriseDirectory } from './enterprise-directory.js';
import { EnterpriseEntity } from './enterprise.entity.js';
import { ExpertDirectory } from './expert-directory.js';
import { ExpertEntity } from './expert.entity.js';
import { InvestmentProjectEntity } from './investment-project.entity.js';
import { InvestmentProjects } from './investment-projects.js';

/** Investment attraction (招商): the enterprise and project databases and the chain map. */
@Module({
  imports: [TypeOrmModule.forFeature([EnterpriseEntity, ExpertEntity, InvestmentProjectEntity]), IdentityModule, ModerationModule, MonitoringModule],
  providers: [ChainMap, EnterpriseDirectory, ExpertDirectory, InvestmentProjects],
  exports: [ChainMap, EnterpriseDirectory, ExpertDirectory, InvestmentProjects, IdentityModule],
})
export class InvestmentModule {}
