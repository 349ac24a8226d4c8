import type { Type } from '@nestjs/common';
import { IdentityModule } from '@magmatch/identity';

/** The domain modules, without their GraphQL resolvers: what the worker runs. */
export const DOMAIN_MODULES: Type[] = [IdentityModule];
