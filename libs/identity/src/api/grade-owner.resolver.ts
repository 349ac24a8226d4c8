import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AlloyGrade } from '@magmatch/catalog';
import { RequestLoaders } from '@magmatch/core';
import { IdentityLoaders } from '../identity.loaders.js';
import { Organization } from './identity.models.js';

/** The producer behind a proprietary or proposed grade of the catalogue. */
@Resolver(() => AlloyGrade)
export class GradeOwnerResolver {
  constructor(private readonly loaders: IdentityLoaders) {}

  @ResolveField(() => Organization, { nullable: true, description: 'The producer of a proprietary or proposed grade; null for the standards\' grades.' })
  async owner(@Parent() grade: AlloyGrade, @Context('loaders') loaders: RequestLoaders): Promise<Organization | null> {
    return grade.ownerId ? ((await loaders.load(this.loaders.organizationById, grade.ownerId)) ?? null) : null;
  }
}
