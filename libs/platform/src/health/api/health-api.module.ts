import { Module } from '@nestjs/common';
import { HealthModule } from '../health.module.js';
import { HealthResolver } from './health.resolver.js';

@Module({ imports: [HealthModule], providers: [HealthResolver] })
export class HealthApiModule {}
