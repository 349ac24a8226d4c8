export * from './api/catalog-api.module.js';
export { AlloyGrade, ElementLimit as ElementLimitModel, ElementLimitInput, MaterialClass as MaterialClassEnum, ProductFormEnum, toAlloyGrade } from './api/catalog.models.js';
export * from './catalog.js';
export * from './data/grades.js';
export * from './data/reference.js';
export * from './data/cities.js';
export * from './composition.js';
export * from './designation.js';
