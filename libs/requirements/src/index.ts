export * from './api/requirements-api.module.js';
export { Requirement } from './api/requirement.models.js';
export { toRequirement } from './api/requirements.resolver.js';
export * from './requirement-changed.event.js';
export * from './requirement-content.js';
export { ExpireOverdueRequirements } from './requirement-expiry.js';
export * from './requirement.entity.js';
export * from './requirements.module.js';
export * from './requirements.service.js';
