import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { GradeStatus, MaterialClass } from '../data/grades.js';
import type { GradeRecord } from './grade-rows.js';

/** Where a grade of the catalogue comes from: the curated reference data set, or a producer's proposal. */
export type GradeSource = 'REFERENCE' | 'PROPOSAL';

/** One grade of the catalogue. */
@Entity({ name: 'catalog_grades' })
export class CatalogGradeEntity {
  @PrimaryColumn('text')
  code: string;

  @Column('text', { name: 'material_class' })
  materialClass: MaterialClass;

  @Column('text')
  family: string;

  @Column('text')
  status: GradeStatus;

  /** Designations, aliases, composition with its source, typical values and uses, notes. */
  @Column('jsonb')
  record: GradeRecord;

  /** The producer of a proprietary or proposed grade. */
  @Column('uuid', { name: 'owner_id', nullable: true })
  ownerId: string | null;

  @Column('text')
  source: GradeSource;
}
