import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { MaterialClass } from '../data/grades.js';
import type { ProductForm } from '../data/reference.js';

/** An edition of MIIT's first-batch catalogue (重点新材料首批次应用示范指导目录), in force from a day until the next. */
@Entity({ name: 'first_batch_editions' })
export class FirstBatchEditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  issuer: string;

  /** YYYY-MM-DD */
  @Column('date', { name: 'effective_from' })
  effectiveFrom: string;

  /** YYYY-MM-DD: the day a later edition took its place; null while in force. */
  @Column('date', { name: 'superseded_on', nullable: true })
  supersededOn: string | null;

  /** Where its facts come from. */
  @Column('text', { nullable: true })
  source: string | null;

  @OneToMany(() => FirstBatchEntryEntity, (entry) => entry.edition)
  entries: FirstBatchEntryEntity[];
}

/** A material of an edition, worded as the catalogue words it. */
@Entity({ name: 'first_batch_entries' })
export class FirstBatchEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'edition_id' })
  editionId: string;

  @ManyToOne(() => FirstBatchEditionEntity, (edition) => edition.entries)
  @JoinColumn({ name: 'edition_id' })
  edition: FirstBatchEditionEntity;

  @Column('text')
  name: string;

  @Column('text', { name: 'material_class', nullable: true })
  materialClass: MaterialClass | null;

  @Column('text', { array: true, default: '{}' })
  forms: ProductForm[];

  /** The catalogue's performance requirements, as published; null where not recorded. */
  @Column('text', { nullable: true })
  criteria: string | null;

  /** The application field it names (应用领域); null where it names none. */
  @Column('text', { name: 'application_field', nullable: true })
  applicationField: string | null;
}
