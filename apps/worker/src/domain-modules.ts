import type { Type } from '@nestjs/common';

/** The domain modules, without their GraphQL resolvers: what the worker runs. */
export const DOMAIN_MODULES: Type[] = [];
