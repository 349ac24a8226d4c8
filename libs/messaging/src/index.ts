export * from './jobs/define-job.js';
export * from './jobs/job-handler.decorator.js';
export * from './jobs/job-receipts.js';
export * from './jobs/job-registry.js';
export * from './jobs/job-routing.js';
export * from './messaging.module.js';
export * from './outbox/outbox.js';
export * from './outbox/outbox-relay.js';
