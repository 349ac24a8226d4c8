import { DomainError, DomainErrorCode } from './domain.error.js';

/**
 * A `.catch` handler for a write that a unique constraint guards: PostgreSQL's unique_violation (23505) becomes a
 * CONFLICT naming `field` with `message`; any other error goes on as it was.
 *
 * @example await rows.save(row).catch(conflictOnDuplicate('Policy P-1 is recorded already', 'input.policyNumber'));
 */
export const conflictOnDuplicate =
  (message: string, field: string) =>
  (error: unknown): never => {
    if ((error as { code?: unknown } | null)?.code === '23505') throw new DomainError(DomainErrorCode.Conflict, message, field);
    throw error;
  };
