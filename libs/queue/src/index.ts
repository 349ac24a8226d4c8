export * from './bullmq/bullmq-job-queue.js';
export * from './embedded/database-job-queue.js';
export * from './queue.module.js';
