import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@magmatch/core';
import { HealthService } from '../health.service.js';
import { Health } from './health.model.js';

@Resolver(() => Health)
export class HealthResolver {
  constructor(private readonly system: HealthService) {}

  @Public()
  @Query(() => Health, { description: 'The engines MagMatch runs on and whether each answers. Public.' })
  health(): Promise<Health> {
    return this.system.check();
  }
}
