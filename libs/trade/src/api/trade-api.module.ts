import { Module } from '@nestjs/common';
import { TradeModule } from '../trade.module.js';
import { ReferenceDataResolver } from './reference-data.resolver.js';
import { TradeLoaders } from './trade-loaders.js';

@Module({ imports: [TradeModule], providers: [ReferenceDataResolver, TradeLoaders], exports: [TradeLoaders] })
export class TradeApiModule {}
