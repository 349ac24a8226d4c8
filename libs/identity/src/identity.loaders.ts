import { Injectable } from '@nestjs/common';
import { byKeys, type LoaderDefinition } from '@magmatch/core';
import { IdentityService } from './identity.service.js';
import type { OrganizationEntity } from './organization.entity.js';

/** Batched look-ups for GraphQL relations to organisations (one query per request and relation). */
@Injectable()
export class IdentityLoaders {
  readonly organizationById: LoaderDefinition<string, OrganizationEntity>;

  constructor(identity: IdentityService) {
    this.organizationById = {
      name: 'identity.organizationById',
      batch: async (ids) => byKeys(ids, await identity.organizationsByIds(ids)),
    };
  }
}
