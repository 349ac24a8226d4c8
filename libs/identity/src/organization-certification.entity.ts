import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A certificate an organisation holds, valid from one calendar day to another. */
@Entity({ name: 'organization_certifications' })
export class OrganizationCertificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  /** A certification code of the catalogue, e.g. IATF16949. */
  @Column('text')
  code: string;

  @Column('text', { name: 'certificate_number', nullable: true })
  certificateNumber: string | null;

  @Column('date', { name: 'valid_from' })
  validFrom: string;

  @Column('date', { name: 'valid_until' })
  validUntil: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Whether the certificate is valid on `day` (YYYY-MM-DD). */
export const validOn = (certification: OrganizationCertificationEntity, day: string) =>
  certification.validFrom <= day && day <= certification.validUntil;
