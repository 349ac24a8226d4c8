import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, RequireRoles, type RequestWithViewer } from '@magmatch/core';
import { FirstBatchCatalogue } from '../first-batch/first-batch-catalogue.js';
import { FirstBatchEdition, FirstBatchEditionInput, FirstBatchEntry } from './first-batch.models.js';

/** The first-batch catalogue: public to read, published by moderators as MIIT issues it. */
@Resolver(() => FirstBatchEdition)
export class FirstBatchResolver {
  constructor(private readonly catalogue: FirstBatchCatalogue) {}

  @Public()
  @Query(() => [FirstBatchEdition], { description: 'Every edition of the first-batch catalogue with its entries, newest first.' })
  firstBatchEditions(): Promise<FirstBatchEdition[]> {
    return this.catalogue.editions();
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => FirstBatchEdition, { description: 'Publishes an edition with its entries; one that supersedes another dates the old one from its effective date. Moderators only.' })
  publishFirstBatchEdition(@Context('req') req: RequestWithViewer, @Args('input') input: FirstBatchEditionInput): Promise<FirstBatchEdition> {
    return this.catalogue.publish(req.viewer!, input);
  }
}

@Resolver(() => FirstBatchEntry)
export class FirstBatchEntryResolver {
  constructor(private readonly catalogue: FirstBatchCatalogue) {}

  @ResolveField(() => FirstBatchEdition)
  async edition(@Parent() entry: FirstBatchEntry): Promise<FirstBatchEdition> {
    return (await this.catalogue.edition(entry.editionId))!;
  }
}
