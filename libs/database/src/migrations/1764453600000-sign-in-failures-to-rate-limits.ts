import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins are counted by the rate limits (rate-limiter-flexible: Redis, or memory in the embedded
 * default) instead of this table. The counts are transient (15 minutes): failures and locks in force at the
 * upgrade are forgotten, as a restart of the limiter forgets them; no account data is touched.
 */
export class SignInFailuresToRateLimits1764453600000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_failures`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sign_in_failures (
        email text PRIMARY KEY,
        failures integer NOT NULL,
        last_failed_at timestamptz(3) NOT NULL DEFAULT now(),
        locked_until timestamptz(3)
      )`);
  }
}
