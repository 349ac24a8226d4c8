export * from './api/monitoring-api.module.js';
export * from './market-figures.js';
export * from './market-monitor.js';
export * from './market-period.js';
export * from './market-report.js';
export * from './market-snapshots.js';
export * from './monitoring.module.js';
