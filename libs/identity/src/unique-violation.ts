import { QueryFailedError } from 'typeorm';
import { DomainError, DomainErrorCode } from '@magmatch/core';

/** Runs a write whose unique constraints (an e-mail, a credit code) say "already registered" as a CONFLICT naming the field. */
export async function uniquely<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
    if (constraint === 'users_email_key') {
      throw new DomainError(DomainErrorCode.Conflict, 'An account with this e-mail address already exists', 'email');
    }
    if (constraint === 'organizations_credit_code_key') {
      throw new DomainError(DomainErrorCode.Conflict, 'An organisation with this credit code is already registered', 'creditCode');
    }
    throw error;
  }
}
