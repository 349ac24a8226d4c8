import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed sign-ins per e-mail address (whether or not an account has it), for slowing and locking. */
export class SignInFailures1764396000000 implements MigrationInterface {
  name = 'SignInFailures1764396000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE sign_in_failures (
        email text PRIMARY KEY,
        failures integer NOT NULL,
        last_failed_at timestamptz(3) NOT NULL DEFAULT now(),
        locked_until timestamptz(3)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE sign_in_failures`);
  }
}
