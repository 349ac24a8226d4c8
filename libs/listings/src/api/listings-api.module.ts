import { Module } from '@nestjs/common';
import { ListingsModule } from '../listings.module.js';
import { ListingsResolver } from './listings.resolver.js';

@Module({ imports: [ListingsModule], providers: [ListingsResolver] })
export class ListingsApiModule {}
