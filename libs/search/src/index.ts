export * from './embedded/embedded-search-engine.js';
export * from './meilisearch/meilisearch-engine.js';
export * from './search.module.js';
export * from './filters.js';
export * from './text/analyzer.js';
export * from './text/tokens.js';
