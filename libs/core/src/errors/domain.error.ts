/**
 * What went wrong, in terms every module shares. The API layer maps each code to a GraphQL
 * `extensions.code`; domain code never knows about GraphQL.
 */
export enum DomainErrorCode {
  InvalidInput = 'INVALID_INPUT',
  NotAuthenticated = 'NOT_AUTHENTICATED',
  NotPermitted = 'NOT_PERMITTED',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  Unavailable = 'UNAVAILABLE',
  RateLimited = 'RATE_LIMITED',
}

/**
 * An error a user can act on. `field` names the input at fault, when there is one.
 *
 * @example throw new DomainError(DomainErrorCode.NotFound, `Listing ${id} does not exist`);
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Too many attempts: the same request may succeed after `retryAfterSeconds`. */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(DomainErrorCode.RateLimited, message);
  }
}
