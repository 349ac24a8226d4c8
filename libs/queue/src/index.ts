export * from './bullmq/bullmq-job-queue.js';
export * from './embedded/database-job-queue.js';
export * from './queue.module.js';
export * from './live/in-process-live-events.js';
export * from './live/redis-live-events.js';
export * from './live/rate-limits.js';
