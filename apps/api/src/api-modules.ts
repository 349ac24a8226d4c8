import type { Type } from '@nestjs/common';

/** The domain modules with their GraphQL resolvers. */
export const API_MODULES: Type[] = [];
