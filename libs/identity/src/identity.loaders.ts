import { Injectable } from '@nestjs/common';
import { byKeys, type LoaderDefinition } from '@magmatch/core';
import { CertificationsService } from './certifications.service.js';
import { OrganizationsService } from './organizations.service.js';
import type { OrganizationCertificationEntity } from './organization-certification.entity.js';
import type { OrganizationEntity } from './organization.entity.js';

/** Batched look-ups for GraphQL relations to organisations (one query per request and relation). */
@Injectable()
export class IdentityLoaders {
  readonly organizationById: LoaderDefinition<string, OrganizationEntity>;
  readonly certificatesByOrganization: LoaderDefinition<string, OrganizationCertificationEntity[]>;

  constructor(identity: OrganizationsService, certifications: CertificationsService) {
    this.organizationById = {
      name: 'identity.organizationById',
      batch: async (ids) => byKeys(ids, await identity.organizationsByIds(ids)),
    };
    this.certificatesByOrganization = {
      name: 'identity.certificatesByOrganization',
      batch: (ids) => certifications.byOrganizations(ids),
    };
  }
}
