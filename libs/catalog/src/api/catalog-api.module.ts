import { Module } from '@nestjs/common';
import { CatalogResolver } from './catalog.resolver.js';

@Module({ providers: [CatalogResolver] })
export class CatalogApiModule {}
