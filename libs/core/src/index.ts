export * from './config/app-config.js';
export * from './config/config.error.js';
export * from './config/config.module.js';
export * from './config/jwt-secret.js';
export * from './config/load-config.js';
export * from './errors/domain.error.js';
export * from './ports/job-queue.port.js';
export * from './ports/search-engine.port.js';
