import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RateLimitedError } from '@magmatch/core';

/** After this many failures in a row, each further attempt waits, longer each time. */
export const SLOW_AFTER_FAILURES = 3;
/** After this many failures within the window, the address is locked for the window. */
export const LOCK_AFTER_FAILURES = 10;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const MAX_DELAY_MS = 1_000;

/**
 * Slows and then locks sign-in per e-mail address, whether or not an account has that address, so the
 * answers say nothing about which accounts exist. A success clears the address's failures.
 */
@Injectable()
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** Refuses a locked address; otherwise waits as long as its recent failures ask. */
  async beforeAttempt(email: string): Promise<void> {
    const [row]: { failures: number; locked_until: Date | null; recent: boolean }[] = await this.dataSource.query(
      `SELECT failures, locked_until, last_failed_at > now() - make_interval(secs => $2::double precision / 1000) AS recent
       FROM sign_in_failures WHERE email = $1`,
      [email, FAILURE_WINDOW_MS],
    );
    if (!row?.recent) return;
    if (row.locked_until && row.locked_until > new Date()) {
      throw new RateLimitedError(
        `Too many failed sign-ins for this e-mail address; try again after ${row.locked_until.toISOString()}`,
        Math.max(1, Math.ceil((row.locked_until.getTime() - Date.now()) / 1000)),
      );
    }
    if (row.failures >= SLOW_AFTER_FAILURES) {
      const delay = Math.min(MAX_DELAY_MS, 100 * 2 ** (row.failures - SLOW_AFTER_FAILURES));
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  async failed(email: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO sign_in_failures (email, failures) VALUES ($1, 1)
       ON CONFLICT (email) DO UPDATE SET
         failures = CASE WHEN sign_in_failures.last_failed_at > now() - make_interval(secs => $2::double precision / 1000)
                         THEN sign_in_failures.failures + 1 ELSE 1 END,
         last_failed_at = now()`,
      [email, FAILURE_WINDOW_MS],
    );
    await this.dataSource.query(
      `UPDATE sign_in_failures SET locked_until = now() + make_interval(secs => $3::double precision / 1000)
       WHERE email = $1 AND failures >= $2`,
      [email, LOCK_AFTER_FAILURES, FAILURE_WINDOW_MS],
    );
  }

  async succeeded(email: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM sign_in_failures WHERE email = $1`, [email]);
  }
}
