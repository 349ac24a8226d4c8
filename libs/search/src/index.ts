export * from './embedded/embedded-search-engine.js';
export * from './meilisearch/meilisearch-engine.js';
export * from './search.module.js';
