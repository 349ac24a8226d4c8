import { Module } from '@nestjs/common';
import { InvestmentModule } from '../investment.module.js';
import { InvestmentProjectResolver } from './investment-project.resolver.js';
import { InvestmentResolver } from './investment.resolver.js';
import { TechChallengeResolver } from './tech-challenge.resolver.js';

@Module({ imports: [InvestmentModule], providers: [InvestmentResolver, InvestmentProjectResolver, TechChallengeResolver] })
export class InvestmentApiModule {}
