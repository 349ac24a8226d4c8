import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Catalog, installGrades } from '../catalog.js';
import { ALLOY_GRADES, type AlloyGradeData } from '../data/grades.js';
import { CatalogGradeEntity } from './catalog-grade.entity.js';
import { GradeChangeEntity } from './grade-change.entity.js';
import { canonicalJson, gradeOfRow, gradeRow, type GradeRow } from './grade-rows.js';

/** The version of the curated reference data set: a digest of its content. */
export const REFERENCE_VERSION = createHash('sha256').update(canonicalJson(ALLOY_GRADES.map((grade) => gradeRow(grade)))).digest('hex').slice(0, 12);
const REFERENCE_SOURCE = `reference data set ${REFERENCE_VERSION}`;
const REFERENCE_ORDER = new Map(ALLOY_GRADES.map((grade, index) => [grade.code, index]));

/**
 * The catalogue's tables, and this process's snapshot of them. At start the curated reference data set is
 * written where it changed since it was last loaded (each change in the catalogue's history), then every
 * grade is read into the snapshot that synchronous lookups (`Catalog`) use. Every change to the catalogue
 * runs through `change`, which raises the revision under the row lock of `catalog_state`: changes are
 * serialised, and `fresh()` tells a stale snapshot with one read.
 */
@Injectable()
export class GradeCatalog implements OnModuleInit {
  private readonly logger = new Logger(GradeCatalog.name);
  private revision: string | null = null;
  /** When the snapshot was last checked against the tables (`performance.now()`). */
  private checkedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.loadReferenceData();
    await this.reload();
  }

  /**
   * Brings this process's snapshot up to date; call before anything that reads grades another process may have
   * changed. With `maxAgeMs`, a snapshot checked that recently is taken as it is: for answers to readers, which
   * may show another process's change that much later (this process's own changes are in it at once).
   */
  async fresh(maxAgeMs = 0): Promise<void> {
    if (maxAgeMs > 0 && performance.now() - this.checkedAt < maxAgeMs) return;
    const started = performance.now();
    if ((await this.latestRevision(this.dataSource.manager)) !== this.revision) await this.reload();
    this.checkedAt = started;
  }

  /** The grade of a code stored in a record, reading the tables again if this process has not seen it yet. */
  async stored(code: string): Promise<AlloyGradeData | undefined> {
    return Catalog.resolveGrade(code) ?? (await this.reload(), Catalog.resolveGrade(code));
  }

  /**
   * Runs `work` as the catalogue's only writer: the revision is raised first, under its row lock, and the
   * snapshot re-read under that lock, so checks made on it see every committed change. The snapshot is read
   * again after commit.
   */
  async change<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.dataSource.transaction(async (manager) => {
      await this.raiseRevision(manager);
      await this.reload(manager);
      return work(manager);
    });
    await this.reload();
    return result;
  }

  /** Raises the revision inside a change made elsewhere (a review's transaction). */
  async raiseRevision(manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE catalog_state SET revision = revision + 1 WHERE id = 1`);
  }

  /** Reads every grade into the snapshot, the reference data set first in its own order; the revision is read first, so it is never newer than the rows. */
  async reload(manager: EntityManager = this.dataSource.manager): Promise<void> {
    const revision = await this.latestRevision(manager);
    const rows = await manager.find(CatalogGradeEntity);
    const order = (row: CatalogGradeEntity) => REFERENCE_ORDER.get(row.code) ?? REFERENCE_ORDER.size;
    rows.sort((a, b) => order(a) - order(b) || (a.code < b.code ? -1 : 1));
    installGrades(rows.map(gradeOfRow));
    this.revision = revision;
  }

  private async latestRevision(manager: EntityManager): Promise<string> {
    const [{ revision }] = await manager.query(`SELECT revision::text AS revision FROM catalog_state WHERE id = 1`);
    return revision;
  }

  /** Writes the reference grades that are new or changed since the data set was last loaded, and records each change. */
  private async loadReferenceData(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [state] = await manager.query(`SELECT reference_version FROM catalog_state WHERE id = 1 FOR UPDATE`);
      if (state.reference_version === REFERENCE_VERSION) return;
      const stored = new Map((await manager.find(CatalogGradeEntity, { where: { source: 'REFERENCE' } })).map((row) => [row.code, row]));
      const changed = ALLOY_GRADES.map((grade) => gradeRow(grade)).filter((row) => {
        const before = stored.get(row.code);
        return !before || canonicalJson(contentOf(before)) !== canonicalJson(contentOf(row));
      });
      const written: GradeRow[] = [];
      for (const row of changed) {
        const result = await manager.query(
          `INSERT INTO catalog_grades (code, material_class, family, status, record, owner_id, source) VALUES ($1, $2, $3, $4, $5::jsonb, NULL, 'REFERENCE')
           ON CONFLICT (code) DO UPDATE SET material_class = EXCLUDED.material_class, family = EXCLUDED.family, status = EXCLUDED.status,
             record = EXCLUDED.record, updated_at = now()
           WHERE catalog_grades.source = 'REFERENCE'
           RETURNING code`,
          [row.code, row.materialClass, row.family, row.status, JSON.stringify(row.record)],
        );
        if (result.length > 0) written.push(row);
        else this.logger.warn({ msg: "a reference grade's code is a producer's grade: the producer's is kept", code: row.code });
      }
      await manager.save(
        written.map((row) => {
          const before = stored.get(row.code);
          const action = before ? 'reference.update' : 'reference.add';
          return manager.create(GradeChangeEntity, { code: row.code, action, actorId: null, source: REFERENCE_SOURCE, before: before ? contentOf(before) : null, after: contentOf(row), reason: null });
        }),
      );
      await manager.query(`UPDATE catalog_state SET revision = revision + 1, reference_version = $1, reference_loaded_at = now() WHERE id = 1`, [REFERENCE_VERSION]);
      this.logger.log({ msg: 'reference grades loaded into the catalogue', version: REFERENCE_VERSION, changed: written.length, total: ALLOY_GRADES.length });
    });
  }
}

/** What a change to a grade is about: everything but its bookkeeping. */
export function contentOf(row: GradeRow): Record<string, unknown> {
  return { materialClass: row.materialClass, family: row.family, status: row.status, ownerId: row.ownerId, record: row.record };
}
