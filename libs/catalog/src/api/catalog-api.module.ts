import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog.module.js';
import { CatalogResolver } from './catalog.resolver.js';
import { FirstBatchEntryResolver, FirstBatchResolver } from './first-batch.resolver.js';

@Module({ imports: [CatalogModule], providers: [CatalogResolver, FirstBatchResolver, FirstBatchEntryResolver] })
export class CatalogApiModule {}
