import { Module } from '@nestjs/common';
import { TradeApiModule } from '@magmatch/trade';
import { RequirementsModule } from '../requirements.module.js';
import { RequirementsResolver } from './requirements.resolver.js';

@Module({ imports: [RequirementsModule, TradeApiModule], providers: [RequirementsResolver] })
export class RequirementsApiModule {}
