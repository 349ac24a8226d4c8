import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where each fact below comes from (secondary copies of the MIIT notices; no catalogue annex was at hand). */
const SOURCES = {
  y2017: '工信部原〔2017〕168号; entry: 中国有色金属报 2022-01-11 (淮金); application from the pilot\'s first policy window, 2017-12-01 (工信厅联原函〔2018〕423号)',
  y2018: '工信部原〔2018〕262号, in force from 2018-12-26, abolishing the 2017 edition; entry: 中国有色金属报 2022-01-11',
  y2019: '工信部原〔2019〕254号; in force from 2020-01-01 as the annual insurance notices imply (工信厅联原函〔2019〕248号, 〔2020〕297号); entries: 中国有色金属报 2022-01-11',
  y2021: 'published 2021-12-31, in force from 2022-01-01, abolishing 工信部原〔2019〕254号; entries: 中国有色金属报 2022-01-11',
};

/** The magnesium entries of the editions of 重点新材料首批次应用示范指导目录 (MIIT), as reference data. */
const EDITIONS: readonly { key: string; name: string; effectiveFrom: string; supersededOn: string | null; source: string; entries: readonly [string, string, string | null][] }[] = [
  { key: '2017', name: '重点新材料首批次应用示范指导目录（2017年版）', effectiveFrom: '2017-12-01', supersededOn: '2018-12-26', source: SOURCES.y2017, entries: [['大卷重高性能宽幅镁合金卷板', 'SHEET', null]] },
  { key: '2018', name: '重点新材料首批次应用示范指导目录（2018年版）', effectiveFrom: '2018-12-26', supersededOn: '2020-01-01', source: SOURCES.y2018, entries: [['大卷重高性能宽幅镁合金卷板', 'SHEET', null]] },
  {
    key: '2019', name: '重点新材料首批次应用示范指导目录（2019年版）', effectiveFrom: '2020-01-01', supersededOn: '2022-01-01', source: SOURCES.y2019,
    entries: [['镁合金轮毂', 'WHEEL', '汽车'], ['非稀土高性能镁合金挤压材', 'EXTRUSION', '汽车、轨道交通、航空航天']],
  },
  {
    key: '2021', name: '重点新材料首批次应用示范指导目录（2021年版）', effectiveFrom: '2022-01-01', supersededOn: null, source: SOURCES.y2021,
    entries: [['镁合金轮毂', 'WHEEL', null], ['高性能镁合金挤压材', 'EXTRUSION', null]],
  },
];

/**
 * The first-batch catalogue (首批次): editions with their issuer, effective date and, once a later edition takes
 * their place, the day it did; their entries; and listings' claims on an entry, verified by moderators. The
 * magnesium entries of the 2017–2021 editions are loaded with their sources; an edition's performance
 * requirements were not at hand and stay empty until the association records them. A listing's free-text
 * catalogue entry stays as it was, unverified.
 */
export class FirstBatchCatalogue1764439200000 implements MigrationInterface {
  name = 'FirstBatchCatalogue1764439200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE first_batch_editions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE,
        issuer text NOT NULL,
        effective_from date NOT NULL,
        superseded_on date,
        source text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT first_batch_editions_superseded_after_effective CHECK (superseded_on IS NULL OR superseded_on > effective_from)
      )`);
    await queryRunner.query(`
      CREATE TABLE first_batch_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        edition_id uuid NOT NULL REFERENCES first_batch_editions (id),
        name text NOT NULL,
        material_class text,
        forms text[] NOT NULL DEFAULT '{}',
        criteria text,
        application_field text,
        UNIQUE (edition_id, name)
      )`);
    for (const edition of EDITIONS) {
      const [row] = await queryRunner.query(
        `INSERT INTO first_batch_editions (name, issuer, effective_from, superseded_on, source) VALUES ($1, '工业和信息化部', $2, $3, $4) RETURNING id`,
        [edition.name, edition.effectiveFrom, edition.supersededOn, edition.source],
      );
      for (const [name, form, field] of edition.entries) {
        await queryRunner.query(
          `INSERT INTO first_batch_entries (edition_id, name, material_class, forms, application_field) VALUES ($1, $2, 'ALLOY', ARRAY[$3], $4)`,
          [row.id, name, form, field],
        );
      }
    }
    await queryRunner.query(`
      ALTER TABLE listings ADD COLUMN first_batch_entry_id uuid REFERENCES first_batch_entries (id),
        ADD COLUMN first_batch_verified boolean NOT NULL DEFAULT false,
        ADD COLUMN first_batch_verified_by uuid REFERENCES users (id),
        ADD COLUMN first_batch_verified_at timestamptz(3),
        ADD COLUMN first_batch_verification_note text`);
    await queryRunner.query(`ALTER TABLE promotion_programs ADD COLUMN first_batch_edition_id uuid REFERENCES first_batch_editions (id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE promotion_programs DROP COLUMN first_batch_edition_id`);
    await queryRunner.query(`
      ALTER TABLE listings DROP COLUMN first_batch_entry_id, DROP COLUMN first_batch_verified, DROP COLUMN first_batch_verified_by,
        DROP COLUMN first_batch_verified_at, DROP COLUMN first_batch_verification_note`);
    await queryRunner.query(`DROP TABLE first_batch_entries`);
    await queryRunner.query(`DROP TABLE first_batch_editions`);
  }
}
