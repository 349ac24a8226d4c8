import type { JobDefinition } from './define-job.js';

/** The jobs one module declares, found at start-up by the job registry. */
export class JobDeclarations {
  constructor(readonly jobs: readonly JobDefinition<unknown>[]) {}
}
