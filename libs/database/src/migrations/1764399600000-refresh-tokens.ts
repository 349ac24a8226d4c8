import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Refresh tokens, stored as hashes, rotated on use; a family is every token descended from one sign-in. */
export class RefreshTokens1764399600000 implements MigrationInterface {
  name = 'RefreshTokens1764399600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        revoked_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX refresh_tokens_by_user ON refresh_tokens (user_id)`);
    await queryRunner.query(`CREATE INDEX refresh_tokens_by_family ON refresh_tokens (family_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE refresh_tokens`);
  }
}
