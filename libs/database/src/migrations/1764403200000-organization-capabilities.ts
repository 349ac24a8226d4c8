import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisations that buy and sell: a list of capabilities replaces the one-role assumption. Existing
 * organisations keep what their type allowed: suppliers SELL, buyers BUY, the association neither.
 */
export class OrganizationCapabilities1764403200000 implements MigrationInterface {
  name = 'OrganizationCapabilities1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organizations ADD COLUMN capabilities text[] NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE organizations ADD CONSTRAINT organizations_capabilities_known CHECK (capabilities <@ ARRAY['SELL', 'BUY']::text[])`);
    await queryRunner.query(`UPDATE organizations SET capabilities = ARRAY['SELL'] WHERE type = 'SUPPLIER'`);
    await queryRunner.query(`UPDATE organizations SET capabilities = ARRAY['BUY'] WHERE type = 'BUYER'`);
    await queryRunner.query(`ALTER TABLE organizations ALTER COLUMN capabilities DROP DEFAULT`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE organizations DROP COLUMN capabilities`);
  }
}
