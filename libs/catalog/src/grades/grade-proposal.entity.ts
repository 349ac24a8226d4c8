import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A producer's proposal of its own grade, reviewed by the association like a listing. */
@Entity({ name: 'grade_proposals' })
export class GradeProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  code: string;

  /** What moderators and the producer see in queues and notifications: "Grade QYM-AX41". */
  @Column('text')
  title: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId: string;

  @Column('uuid', { name: 'proposed_by' })
  proposedBy: string;

  /** The test report behind the typical values: its number and laboratory, e.g. "CMA 2026-0412, Anhui Mg test centre". */
  @Column('text', { name: 'test_report', nullable: true })
  testReport: string | null;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('text')
  state: 'PENDING_REVIEW' | 'APPROVED' | 'REJECTED';

  @Column('text', { name: 'rejection_reason', nullable: true })
  rejectionReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'approved_at', nullable: true })
  approvedAt: Date | null;
}
