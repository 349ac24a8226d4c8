export * from './api/moderation-api.module.js';
export * from './audit-log.js';
export * from './moderation.module.js';
export * from './review-desk.js';
export * from './api/review-decision.enum.js';
export * from './review-events.js';
