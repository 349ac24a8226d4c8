import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@magmatch/identity';
import { MessagingModule } from '@magmatch/messaging';
import { ModerationModule } from '@magmatch/moderation';
import { MonitoringModule } from '@magmatch/monitoring';
import { ChainMap } from './chain-map.js';
import { EnterpriseDirectory } from './enterprise-directory.js';
import { EnterpriseEntity } from './enterprise.entity.js';
import { ExpertDirectory } from './expert-directory.js';
import { ExpertEntity } from './expert.entity.js';
import { InvestmentProjectEntity } from './investment-project.entity.js';
import { InvestmentProjects } from './investment-projects.js';
import { TechChallengeApplied, TechChallengeAwarded, TechChallengeOpened } from './challenge-events.js';
import { ChallengeApplicationEntity, TechChallengeEntity } from './tech-challenge.entity.js';
import { TechChallenges } from './tech-challenges.js';

/** Investment attraction (招商): the enterprise, project and expert databases, the chain map, and technology challenges (揭榜挂帅). */
@Module({
  imports: [
    TypeOrmModule.forFeature([EnterpriseEntity, ExpertEntity, InvestmentProjectEntity, TechChallengeEntity, ChallengeApplicationEntity]),
    MessagingModule.forFeature([TechChallengeOpened, TechChallengeApplied, TechChallengeAwarded]),
    IdentityModule,
    ModerationModule,
    MonitoringModule,
  ],
  providers: [ChainMap, EnterpriseDirectory, ExpertDirectory, InvestmentProjects, TechChallenges],
  exports: [ChainMap, EnterpriseDirectory, ExpertDirectory, InvestmentProjects, TechChallenges, IdentityModule],
})
export class InvestmentModule {}
