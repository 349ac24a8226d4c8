import { Module } from '@nestjs/common';
import { RequirementsModule } from '../requirements.module.js';
import { RequirementsResolver } from './requirements.resolver.js';

@Module({ imports: [RequirementsModule], providers: [RequirementsResolver] })
export class RequirementsApiModule {}
