import type { MigrationInterface, QueryRunner } from 'typeorm';

const NO_POLICY = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * Subsidy models as the state writes them: a program pays a share of the purchase (every program so far, to the
 * buyer), a share of an insurance premium, an amount per tonne or a fixed reward, to the buyer or the supplier,
 * within an annual cap per beneficiary. Insurance policies are recorded per purchase (one row a policy year),
 * and an application claims at most one policy year: one live (pending or granted) application per program,
 * purchase and policy year — a rejected or withdrawn one may be made again.
 */
export class SubsidyModels1764435600000 implements MigrationInterface {
  name = 'SubsidyModels1764435600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE promotion_programs
        ADD COLUMN subsidy_model text NOT NULL DEFAULT 'PERCENT_OF_PURCHASE'
          CHECK (subsidy_model IN ('PERCENT_OF_PURCHASE', 'INSURANCE_PREMIUM', 'PER_TONNE', 'FIXED_AMOUNT')),
        ADD COLUMN beneficiary text NOT NULL DEFAULT 'BUYER' CHECK (beneficiary IN ('BUYER', 'SUPPLIER')),
        ADD COLUMN premium_share_pct double precision CHECK (premium_share_pct > 0 AND premium_share_pct <= 100),
        ADD COLUMN max_premium_rate_pct double precision CHECK (max_premium_rate_pct > 0 AND max_premium_rate_pct <= 100),
        ADD COLUMN max_liability_multiple double precision CHECK (max_liability_multiple > 0),
        ADD COLUMN max_years integer CHECK (max_years > 0),
        ADD COLUMN annual_cap_cny double precision CHECK (annual_cap_cny > 0),
        ADD COLUMN subsidy_per_tonne_cny double precision CHECK (subsidy_per_tonne_cny > 0),
        ADD COLUMN fixed_amount_cny double precision CHECK (fixed_amount_cny > 0)`);
    await queryRunner.query(`
      ALTER TABLE promotion_programs DROP CONSTRAINT promotion_programs_subsidy_pct_check, ALTER COLUMN subsidy_pct DROP NOT NULL,
        ADD CONSTRAINT promotion_programs_subsidy_pct_check CHECK (subsidy_pct > 0 AND subsidy_pct <= 100),
        ADD CONSTRAINT promotion_programs_model_parameters CHECK (CASE subsidy_model
          WHEN 'PERCENT_OF_PURCHASE' THEN subsidy_pct IS NOT NULL
          WHEN 'INSURANCE_PREMIUM' THEN premium_share_pct IS NOT NULL AND max_premium_rate_pct IS NOT NULL AND max_liability_multiple IS NOT NULL AND max_years IS NOT NULL
          WHEN 'PER_TONNE' THEN subsidy_per_tonne_cny IS NOT NULL
          WHEN 'FIXED_AMOUNT' THEN fixed_amount_cny IS NOT NULL END)`);
    await queryRunner.query(`
      CREATE TABLE insurance_policies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purchase_id uuid NOT NULL REFERENCES purchases (id),
        policy_number text NOT NULL,
        insurer text NOT NULL,
        premium_cny double precision NOT NULL CHECK (premium_cny > 0),
        liability_limit_cny double precision NOT NULL CHECK (liability_limit_cny > 0),
        period_from date NOT NULL,
        period_to date NOT NULL,
        recorded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT insurance_policies_period CHECK (period_to > period_from),
        UNIQUE (purchase_id, policy_number)
      )`);
    await queryRunner.query(`ALTER TABLE promotion_applications ADD COLUMN policy_id uuid REFERENCES insurance_policies (id), ADD COLUMN explanation text`);
    await queryRunner.query(`ALTER TABLE promotion_applications DROP CONSTRAINT promotion_applications_program_id_purchase_id_key`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX promotion_applications_one_per_policy_year ON promotion_applications (program_id, purchase_id, (coalesce(policy_id, ${NO_POLICY})))
       WHERE state IN ('PENDING', 'GRANTED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX promotion_applications_one_per_policy_year`);
    await queryRunner.query(`DELETE FROM promotion_applications WHERE policy_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE promotion_applications DROP COLUMN policy_id, DROP COLUMN explanation, ADD UNIQUE (program_id, purchase_id)`);
    await queryRunner.query(`DROP TABLE insurance_policies`);
    await queryRunner.query(`DELETE FROM promotion_applications WHERE program_id IN (SELECT id FROM promotion_programs WHERE subsidy_model <> 'PERCENT_OF_PURCHASE')`);
    await queryRunner.query(`DELETE FROM promotion_programs WHERE subsidy_model <> 'PERCENT_OF_PURCHASE'`);
    await queryRunner.query(`
      ALTER TABLE promotion_programs DROP CONSTRAINT promotion_programs_model_parameters, ALTER COLUMN subsidy_pct SET NOT NULL,
        DROP COLUMN subsidy_model, DROP COLUMN beneficiary, DROP COLUMN premium_share_pct, DROP COLUMN max_premium_rate_pct,
        DROP COLUMN max_liability_multiple, DROP COLUMN max_years, DROP COLUMN annual_cap_cny, DROP COLUMN subsidy_per_tonne_cny,
        DROP COLUMN fixed_amount_cny`);
  }
}
