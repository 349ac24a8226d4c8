import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations (suppliers, buyers, the association) and their users. */
export class Identity1764370800000 implements MigrationInterface {
  name = 'Identity1764370800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        type text NOT NULL CHECK (type IN ('SUPPLIER', 'BUYER', 'ASSOCIATION')),
        credit_code text NOT NULL UNIQUE,
        business_type text,
        city text,
        verification_level text NOT NULL DEFAULT 'LISTED' CHECK (verification_level IN ('LISTED', 'REVIEWED', 'VERIFIED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('SUPPLIER', 'BUYER', 'MODERATOR')),
        organization_id uuid REFERENCES organizations (id),
        display_name text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX users_organization ON users (organization_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE organizations`);
  }
}
