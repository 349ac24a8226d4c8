import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The basis every price had before prices carried one; shown as an assumption until the owner confirms it. */
const assumedPrice = (column: string, place: string) => `CASE WHEN ${column} IS NULL THEN NULL ELSE jsonb_build_object(
  'amount', ${column}, 'currency', 'CNY', 'unit', 'PER_TONNE', 'taxBasis', 'VAT_INCLUDED', 'incoterm', 'EXW', 'place', ${place}, 'paymentTerms', NULL) END`;

/** Back to a CNY/t number where the price is one (CNY per tonne including VAT); other prices had no such column. */
const cnyPerTonne = (column: string) => `CASE WHEN ${column}->>'currency' = 'CNY' AND ${column}->>'taxBasis' = 'VAT_INCLUDED'
  THEN (${column}->>'amount')::double precision * CASE ${column}->>'unit' WHEN 'PER_TONNE' THEN 1 WHEN 'PER_KG' THEN 1000 END END`;

/**
 * Trade: prices with their basis on listings and requirements (the CNY/t numbers become prices in CNY per tonne,
 * VAT included, EXW at the supplier's city — an assumption each record states until its owner confirms it);
 * the grade and product form each reference price series is for (INGOT unless said; the grade of a series
 * recorded before is read from its name); quotes with their revisions and the deals they end in; the response
 * log behind response times (a match answered and not yet accepted enters it with its last change as the
 * answer time: later changes of accepted matches would skew it); purchases that start from a deal.
 */
export class Trade1764432000000 implements MigrationInterface {
  name = 'Trade1764432000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE listings ADD COLUMN price_from jsonb, ADD COLUMN price_to jsonb, ADD COLUMN price_basis_assumed boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      UPDATE listings SET price_from = ${assumedPrice('price_min_cny_per_tonne', 'city')}, price_to = ${assumedPrice('price_max_cny_per_tonne', 'city')},
        price_basis_assumed = (price_min_cny_per_tonne IS NOT NULL OR price_max_cny_per_tonne IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE listings DROP COLUMN price_min_cny_per_tonne, DROP COLUMN price_max_cny_per_tonne`);

    await queryRunner.query(`ALTER TABLE requirements ADD COLUMN max_price jsonb, ADD COLUMN max_price_basis_assumed boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`
      UPDATE requirements SET max_price = ${assumedPrice('max_price_cny_per_tonne', 'NULL')}, max_price_basis_assumed = max_price_cny_per_tonne IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE requirements DROP COLUMN max_price_cny_per_tonne`);

    await queryRunner.query(`ALTER TABLE reference_prices ADD COLUMN grade text, ADD COLUMN form text NOT NULL DEFAULT 'INGOT'`);

    await queryRunner.query(`
      CREATE TABLE response_times (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations (id),
        subject text NOT NULL CHECK (subject IN ('match', 'quote')),
        subject_id uuid NOT NULL,
        asked_at timestamptz(3) NOT NULL,
        answered_at timestamptz(3) NOT NULL,
        UNIQUE (organization_id, subject, subject_id, asked_at)
      )`);
    await queryRunner.query(`
      INSERT INTO response_times (organization_id, subject, subject_id, asked_at, answered_at)
      SELECT l.supplier_id, 'match', m.id, m.created_at, greatest(m.updated_at, m.created_at)
      FROM matches m JOIN listings l ON l.id = m.listing_id
      WHERE m.state IN ('SUPPLIER_INTERESTED', 'SUPPLIER_DECLINED')`);

    await queryRunner.query(`
      CREATE TABLE quotes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL REFERENCES matches (id),
        requirement_id uuid NOT NULL REFERENCES requirements (id),
        listing_id uuid NOT NULL REFERENCES listings (id),
        supplier_id uuid NOT NULL REFERENCES organizations (id),
        buyer_id uuid NOT NULL REFERENCES organizations (id),
        substitute_reason text,
        price jsonb NOT NULL,
        quantity_tonnes_per_month double precision NOT NULL CHECK (quantity_tonnes_per_month > 0),
        lead_time_days integer CHECK (lead_time_days >= 0),
        valid_until date NOT NULL,
        state text NOT NULL DEFAULT 'SUBMITTED',
        message text,
        decline_reason text,
        revisions jsonb NOT NULL DEFAULT '[]',
        created_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX quotes_one_open_per_match_and_listing ON quotes (match_id, listing_id) WHERE state IN ('SUBMITTED', 'COUNTERED', 'REVISED')`);
    await queryRunner.query(`CREATE INDEX quotes_requirement ON quotes (requirement_id)`);
    await queryRunner.query(`CREATE INDEX quotes_supplier ON quotes (supplier_id)`);
    await queryRunner.query(`CREATE INDEX quotes_open_by_validity ON quotes (valid_until) WHERE state IN ('SUBMITTED', 'COUNTERED', 'REVISED')`);
    await queryRunner.query(`
      CREATE TABLE deals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        quote_id uuid NOT NULL UNIQUE REFERENCES quotes (id),
        match_id uuid NOT NULL REFERENCES matches (id),
        requirement_id uuid NOT NULL REFERENCES requirements (id),
        listing_id uuid NOT NULL REFERENCES listings (id),
        buyer_id uuid NOT NULL REFERENCES organizations (id),
        supplier_id uuid NOT NULL REFERENCES organizations (id),
        price jsonb NOT NULL,
        cny_per_tonne_vat_included double precision,
        quantity_tonnes_per_month double precision NOT NULL CHECK (quantity_tonnes_per_month > 0),
        months integer CHECK (months > 0),
        signed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX deals_buyer ON deals (buyer_id)`);
    await queryRunner.query(`CREATE INDEX deals_supplier ON deals (supplier_id)`);
    await queryRunner.query(`ALTER TABLE purchases ADD COLUMN deal_id uuid UNIQUE REFERENCES deals (id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE purchases DROP COLUMN deal_id`);
    await queryRunner.query(`DROP TABLE deals`);
    await queryRunner.query(`DROP TABLE quotes`);
    await queryRunner.query(`DROP TABLE response_times`);
    await queryRunner.query(`ALTER TABLE reference_prices DROP COLUMN grade, DROP COLUMN form`);
    await queryRunner.query(`ALTER TABLE requirements ADD COLUMN max_price_cny_per_tonne double precision`);
    await queryRunner.query(`UPDATE requirements SET max_price_cny_per_tonne = ${cnyPerTonne('max_price')}`);
    await queryRunner.query(`ALTER TABLE requirements DROP COLUMN max_price, DROP COLUMN max_price_basis_assumed`);
    await queryRunner.query(`ALTER TABLE listings ADD COLUMN price_min_cny_per_tonne double precision, ADD COLUMN price_max_cny_per_tonne double precision`);
    await queryRunner.query(`UPDATE listings SET price_min_cny_per_tonne = ${cnyPerTonne('price_from')}, price_max_cny_per_tonne = ${cnyPerTonne('price_to')}`);
    await queryRunner.query(`ALTER TABLE listings DROP COLUMN price_from, DROP COLUMN price_to, DROP COLUMN price_basis_assumed`);
  }
}
