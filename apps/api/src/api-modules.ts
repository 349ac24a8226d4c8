import type { Type } from '@nestjs/common';
import { IdentityApiModule } from '@magmatch/identity';

/** The domain modules with their GraphQL resolvers. */
export const API_MODULES: Type[] = [IdentityApiModule];
