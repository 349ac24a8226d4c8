import { DomainError, DomainErrorCode } from '../errors/domain.error.js';

/** An opaque page cursor: the sort key of the last row of a page. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.every((part) => typeof part === 'string' || typeof part === 'number')) return key;
  } catch {
    // reported below
  }
  throw new DomainError(DomainErrorCode.InvalidInput, `${field} is not a cursor this API returned`, field);
}

/** Page sizes: at least 1, at most `max`. */
export function pageSize(first: number | null | undefined, fallback = 20, max = 100): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new DomainError(DomainErrorCode.InvalidInput, `first must be a whole number from 1 to ${max}`, 'first');
  }
  return size;
}
