import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * An expert or team in the talent database. Personal information under PIPL: the contact details are kept
 * only with the expert's consent (its time and purpose recorded), shown only to moderators, and the whole
 * record is deleted on request.
 */
@Entity({ name: 'experts' })
export class ExpertEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  institution: string | null;

  /** e.g. "die casting", "rare-earth magnesium alloys", "corrosion protection" */
  @Column('text', { array: true })
  fields: string[];

  @Column('text', { nullable: true })
  contact: string | null;

  @Column('timestamptz', { name: 'contact_consent_at', nullable: true })
  contactConsentAt: Date | null;

  @Column('text', { name: 'contact_consent_purpose', nullable: true })
  contactConsentPurpose: string | null;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
