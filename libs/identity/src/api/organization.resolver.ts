import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLoaders, RequireRoles, type Viewer } from '@magmatch/core';
import { CertificationsService } from '../certifications.service.js';
import { IdentityLoaders } from '../identity.loaders.js';
import { validOn, type OrganizationCertificationEntity } from '../organization-certification.entity.js';
import { CurrentViewer } from './current-viewer.decorator.js';
import { Organization, OrganizationCertification } from './identity.models.js';
import { AddCertificationInput } from './register-organization.input.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  constructor(
    private readonly certificates: CertificationsService,
    private readonly loaders: IdentityLoaders,
  ) {}

  @RequireRoles('SELLER', 'BUYER')
  @Mutation(() => OrganizationCertification, { description: 'Declares a certificate your organisation holds.' })
  async addOrganizationCertification(
    @CurrentViewer() holder: Viewer,
    @Args('input') input: AddCertificationInput,
  ): Promise<OrganizationCertification> {
    return toCertification(await this.certificates.add(holder, input));
  }

  @RequireRoles('SELLER', 'BUYER')
  @Mutation(() => Boolean, { description: "Withdraws one of your organisation's certificates." })
  async removeOrganizationCertification(
    @CurrentViewer() holder: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.certificates.remove(holder, id);
    return true;
  }

  @ResolveField(() => [OrganizationCertification])
  async certifications(@Parent() organization: Organization, @Context('loaders') loaders: RequestLoaders) {
    const certificates = await loaders.load(this.loaders.certificatesByOrganization, organization.id);
    return (certificates ?? []).map(toCertification);
  }
}

function toCertification(certificate: OrganizationCertificationEntity): OrganizationCertification {
  return { ...certificate, validToday: validOn(certificate, new Date().toISOString().slice(0, 10)) };
}
