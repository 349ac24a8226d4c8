export * from './api/catalog-api.module.js';
export {
  AlloyGrade,
  ByProductDetailsInput,
  ByProductDetailsModel,
  ElementLimit as ElementLimitModel,
  ElementLimitInput,
  MaterialClass as MaterialClassEnum,
  ProductFormEnum,
  ScrapClass as ScrapClassEnum,
  ScrapDetailsInput,
  ScrapDetailsModel,
  TemplateExclusion,
  toAlloyGrade,
} from './api/catalog.models.js';
export * from './api/card.models.js';
export { FirstBatchEdition, FirstBatchEntry } from './api/first-batch.models.js';
export * from './card.js';
export * from './chain-links.js';
export * from './catalog.js';
export * from './catalog.module.js';
export { GradeCatalog, REFERENCE_VERSION } from './grades/grade-catalog.js';
export { GradeProposals, type GradeProposalDraft } from './grades/grade-proposals.js';
export * from './first-batch/first-batch-catalogue.js';
export * from './first-batch/first-batch.entities.js';
export * from './data/grades.js';
export * from './data/reference.js';
export * from './data/cities.js';
export * from './data/lexicon.js';
export * from './composition.js';
export * from './composition-words.js';
export * from './designation.js';
export * from './material-classes.js';
