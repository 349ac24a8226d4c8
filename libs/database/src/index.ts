export * from './database.module.js';
export * from './embedded-postgres.js';
export { MIGRATIONS } from './migrations/index.js';
export { OrganizationCapabilities1764403200000 } from './migrations/1764403200000-organization-capabilities.js';
export { CompositionsAndTypedDesignations1764406800000 } from './migrations/1764406800000-compositions-and-typed-designations.js';
export { MaterialClasses1764414000000 } from './migrations/1764414000000-material-classes.js';
export { PropertyRanges1764417600000 } from './migrations/1764417600000-property-ranges.js';
export { GradeCatalogue1764421200000 } from './migrations/1764421200000-grade-catalogue.js';
export { TemplateConstraints1764424800000 } from './migrations/1764424800000-template-constraints.js';
