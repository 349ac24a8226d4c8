export * from './boot-config.js';
export * from './graphql/graphql-error.filter.js';
export * from './graphql/graphql-options.js';
export * from './graphql/ide.js';
export * from './health/api/health-api.module.js';
export * from './health/health.module.js';
export * from './health/health.service.js';
export * from './platform.module.js';
