import { Module } from '@nestjs/common';
import { InvestmentModule } from '../investment.module.js';
import { InvestmentResolver } from './investment.resolver.js';

@Module({ imports: [InvestmentModule], providers: [InvestmentResolver] })
export class InvestmentApiModule {}
