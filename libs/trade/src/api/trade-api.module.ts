import { Module } from '@nestjs/common';
import { TradeModule } from '../trade.module.js';
import { ReferenceDataResolver } from './reference-data.resolver.js';

@Module({ imports: [TradeModule], providers: [ReferenceDataResolver] })
export class TradeApiModule {}
