export * from './app-config.js';
export * from './boot-config.js';
export * from './config.error.js';
export * from './jwt-secret.js';
export * from './load-config.js';
