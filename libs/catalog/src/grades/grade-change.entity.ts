import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One change to the catalogue, append-only: who (a user, or the reference data set), what, before and after. */
@Entity({ name: 'catalog_grade_changes' })
export class GradeChangeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column('text')
  code: string;

  /** reference.add, reference.update, proposal.submit, proposal.approve, proposal.reject. */
  @Column('text')
  action: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  /** "reference data set 3f2a…" or "proposal". */
  @Column('text')
  source: string;

  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;
}
