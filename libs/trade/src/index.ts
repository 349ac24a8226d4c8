export * from './api/trade-api.module.js';
export { PriceCheckModel, PriceInput, PriceModel } from './api/price.models.js';
export * from './api/trade-loaders.js';
export * from './price.js';
export * from './reference/reference-data.service.js';
export * from './trade.module.js';
