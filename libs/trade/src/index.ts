export * from './api/trade-api.module.js';
export * from './price.js';
export * from './reference/reference-data.service.js';
export * from './trade.module.js';
