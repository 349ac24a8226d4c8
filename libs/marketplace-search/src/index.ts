export * from './api/marketplace-search-api.module.js';
export * from './listing-search.js';
export * from './listings-index.js';
export * from './marketplace-search.module.js';
