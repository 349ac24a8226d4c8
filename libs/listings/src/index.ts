export * from './api/listings-api.module.js';
export * from './listing-content.js';
export * from './listing-filter.js';
export * from './listing.entity.js';
export * from './listings.module.js';
export * from './listings.service.js';
