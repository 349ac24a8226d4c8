export * from './hard-constraints.js';
export * from './matching-engine.js';
export * from './matching.module.js';
export * from './scoring.js';
export * from './weights.js';
