export * from './api/identity-api.module.js';
export { CurrentViewer, OptionalViewer } from './api/current-viewer.decorator.js';
export { Organization } from './api/identity.models.js';
export { creditCodeCheckCharacter } from './credit-code.js';
export * from './identity.loaders.js';
export * from './identity.module.js';
export * from './identity.service.js';
export * from './organization.entity.js';
export * from './user.entity.js';
