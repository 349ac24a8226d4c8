import { Module } from '@nestjs/common';
import { MonitoringModule } from '../monitoring.module.js';
import { MonitoringResolver } from './monitoring.resolver.js';

@Module({ imports: [MonitoringModule], providers: [MonitoringResolver] })
export class MonitoringApiModule {}
