export * from './api/listings-api.module.js';
export { Listing } from './api/listing.models.js';
export { toListing } from './api/listings.resolver.js';
export * from './listing-changed.job.js';
export * from './listing-content.js';
export * from './listing-filter.js';
export * from './listing.entity.js';
export * from './listings.module.js';
export * from './listings.service.js';
