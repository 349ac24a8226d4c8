import { Module } from '@nestjs/common';
import { TradeApiModule } from '@magmatch/trade';
import { ListingsModule } from '../listings.module.js';
import { ListingsResolver } from './listings.resolver.js';

@Module({ imports: [ListingsModule, TradeApiModule], providers: [ListingsResolver] })
export class ListingsApiModule {}
