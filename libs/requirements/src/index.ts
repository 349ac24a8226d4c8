export * from './api/requirements-api.module.js';
export * from './requirement-content.js';
export * from './requirement.entity.js';
export * from './requirements.module.js';
export * from './requirements.service.js';
