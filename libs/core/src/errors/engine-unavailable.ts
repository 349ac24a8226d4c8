/** Network failures of a connection to an engine (database, search, queue). */
const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATE class 08 (connection exception) but 08P01, a protocol violation (too many bind parameters, say),
 * which is a bug; and 57P01–57P03: the server is shutting down or starting.
 */
const UNAVAILABLE_SQLSTATE = /^(08(?!P01)[0-9A-Z]{3}|57P0[1-3])$/;

/**
 * What node-postgres says when the server closes a connection without an error packet, and what ioredis
 * says when a command meets a connection that is down.
 */
const LOST_CONNECTION = /^Connection terminated|^Connection is closed|^Stream isn't writeable/;

/**
 * Whether an error means an engine could not be reached, rather than that the request was wrong or the
 * code is: those are worth a retry by the client. Looks through the wrappers TypeORM and fetch add. A pool
 * that cannot hand out a connection in time is not among them: that is a leak or a capacity problem.
 */
export function isEngineUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    if (LOST_CONNECTION.test(current.message)) return true;
    current = (current as { driverError?: unknown }).driverError ?? current.cause;
  }
  return false;
}
