import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { installGrades } from '../catalog.js';
import { ALLOY_GRADES } from '../data/grades.js';
import { CatalogGradeEntity } from './catalog-grade.entity.js';
import { GradeChangeEntity } from './grade-change.entity.js';
import { canonicalJson, gradeOfRow, gradeRow, type GradeRow } from './grade-rows.js';

/** The version of the curated reference data set: a digest of its content. */
export const REFERENCE_VERSION = createHash('sha256').update(canonicalJson(ALLOY_GRADES.map((grade) => gradeRow(grade)))).digest('hex').slice(0, 12);
const REFERENCE_SOURCE = `reference data set ${REFERENCE_VERSION}`;
const REFERENCE_ORDER = new Map(ALLOY_GRADES.map((grade, index) => [grade.code, index]));

/**
 * The catalogue's tables, and this process's snapshot of them. At start the curated reference data set is
 * loaded into the tables where it changed (each change recorded in the catalogue's history, under an
 * advisory lock so processes starting together load it once), then every grade is read into the snapshot
 * that synchronous lookups (`Catalog`) use. `fresh()` re-reads the snapshot when another process changed
 * the catalogue: one read of the highest revision.
 */
@Injectable()
export class GradeCatalog implements OnModuleInit {
  private readonly logger = new Logger(GradeCatalog.name);
  private revision: string | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.loadReferenceData();
    await this.reload();
  }

  /** Brings this process's snapshot up to date with the tables; call before a decision that depends on a grade's status. */
  async fresh(): Promise<void> {
    if ((await this.latestRevision(this.dataSource.manager)) !== this.revision) await this.reload();
  }

  /** Reads every grade into the snapshot, the reference data set first in its own order. */
  async reload(): Promise<void> {
    const rows = await this.dataSource.getRepository(CatalogGradeEntity).find();
    const order = (row: CatalogGradeEntity) => REFERENCE_ORDER.get(row.code) ?? REFERENCE_ORDER.size;
    rows.sort((a, b) => order(a) - order(b) || a.code.localeCompare(b.code));
    installGrades(rows.map(gradeOfRow));
    this.revision = rows.reduce<string | null>((latest, row) => (latest === null || BigInt(row.revision) > BigInt(latest) ? row.revision : latest), null);
  }

  private async latestRevision(manager: EntityManager): Promise<string | null> {
    const [{ revision }] = await manager.query(`SELECT max(revision)::text AS revision FROM catalog_grades`);
    return revision;
  }

  /** Writes the reference grades that are new or changed since the tables were last loaded, and records each change. */
  private async loadReferenceData(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('catalog_reference'))`);
      const [loaded] = await manager.query(`SELECT version FROM catalog_reference WHERE id = 1`);
      if (loaded?.version === REFERENCE_VERSION) return;
      const stored = new Map((await manager.find(CatalogGradeEntity, { where: { source: 'REFERENCE' } })).map((row) => [row.code, row]));
      const changed = ALLOY_GRADES.map((grade) => gradeRow(grade)).filter((row) => {
        const before = stored.get(row.code);
        return !before || canonicalJson(contentOf(before)) !== canonicalJson(contentOf(row));
      });
      for (const row of changed) {
        await manager.query(
          `INSERT INTO catalog_grades (code, material_class, family, status, record, owner_id, source) VALUES ($1, $2, $3, $4, $5::jsonb, NULL, 'REFERENCE')
           ON CONFLICT (code) DO UPDATE SET material_class = EXCLUDED.material_class, family = EXCLUDED.family, status = EXCLUDED.status,
             record = EXCLUDED.record, revision = nextval('catalog_revision'), updated_at = now()
           WHERE catalog_grades.source = 'REFERENCE'`,
          [row.code, row.materialClass, row.family, row.status, JSON.stringify(row.record)],
        );
      }
      await manager.save(
        changed.map((row) => {
          const before = stored.get(row.code);
          const action = before ? 'reference.update' : 'reference.add';
          return manager.create(GradeChangeEntity, { code: row.code, action, actorId: null, source: REFERENCE_SOURCE, before: before ? contentOf(before) : null, after: contentOf(row), reason: null });
        }),
      );
      await manager.query(
        `INSERT INTO catalog_reference (id, version, loaded_at) VALUES (1, $1, now()) ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, loaded_at = now()`,
        [REFERENCE_VERSION],
      );
      this.logger.log({ msg: 'reference grades loaded into the catalogue', version: REFERENCE_VERSION, changed: changed.length, total: ALLOY_GRADES.length });
    });
  }
}

/** What a change to a grade is about: everything but its bookkeeping. */
export function contentOf(row: GradeRow): Record<string, unknown> {
  return { materialClass: row.materialClass, family: row.family, status: row.status, ownerId: row.ownerId, record: row.record };
}
