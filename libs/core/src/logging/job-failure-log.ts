import type { Logger } from '@nestjs/common';

export interface JobFailure {
  readonly jobId: string | undefined;
  readonly jobName: string;
  readonly attempt: number;
  /** No attempt is left: what the job was to do will not happen unless someone acts. */
  readonly final: boolean;
  readonly error: unknown;
}

/** A failed attempt is a warning; a job that has used up its attempts is an error someone must look at. */
export function logJobFailure(logger: Logger, { error, ...failure }: JobFailure): void {
  const fields = { ...failure, error: error instanceof Error ? error.message : String(error) };
  if (failure.final) logger.error(fields, 'job failed on its last attempt: it will not run again');
  else logger.warn(fields, 'job failed; it will be retried');
}
