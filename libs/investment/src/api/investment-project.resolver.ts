import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, type LoaderDefinition, type RequestLoaders } from '@magmatch/core';
import { EnterpriseDirectory } from '../enterprise-directory.js';
import type { EnterpriseEntity } from '../enterprise.entity.js';
import { Enterprise, InvestmentProject } from './investment.models.js';

/** The enterprise behind a project, batched per request. */
@Resolver(() => InvestmentProject)
export class InvestmentProjectResolver {
  private readonly enterpriseById: LoaderDefinition<string, EnterpriseEntity>;

  constructor(directory: EnterpriseDirectory) {
    this.enterpriseById = { name: 'investment.enterpriseById', batch: async (ids) => byKeys(ids, await directory.byIds(ids)) };
  }

  @ResolveField(() => Enterprise, { nullable: true, description: 'The enterprise behind the project, when one is recorded.' })
  async enterprise(@Parent() project: InvestmentProject, @Context('loaders') loaders: RequestLoaders): Promise<Enterprise | null> {
    return project.enterpriseId ? ((await loaders.load(this.enterpriseById, project.enterpriseId)) ?? null) : null;
  }
}
