import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { Catalog } from '@magmatch/catalog';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { OrganizationCertificationEntity } from './organization-certification.entity.js';

export interface CertificateDraft {
  readonly code: string;
  readonly certificateNumber?: string | null;
  readonly validFrom: string;
  readonly validUntil: string;
}

/** The certificates organisations declare, with their validity; moderators check them when verifying. */
@Injectable()
export class CertificationsService {
  constructor(
    @InjectRepository(OrganizationCertificationEntity)
    private readonly certificates: Repository<OrganizationCertificationEntity>,
  ) {}

  async add(holder: Viewer, draft: CertificateDraft): Promise<OrganizationCertificationEntity> {
    if (!holder.organizationId) throw new DomainError(DomainErrorCode.NotPermitted, 'Only an organisation holds certificates');
    const certification = Catalog.certification(draft.code);
    if (!certification) throw new DomainError(DomainErrorCode.InvalidInput, `certification "${draft.code}" is not in the catalogue`, 'code');
    if (draft.validUntil < draft.validFrom) {
      throw new DomainError(DomainErrorCode.InvalidInput, 'validUntil must not be before validFrom', 'validUntil');
    }
    return this.certificates.save(
      this.certificates.create({
        organizationId: holder.organizationId,
        code: certification.code,
        certificateNumber: draft.certificateNumber?.trim() || null,
        validFrom: draft.validFrom,
        validUntil: draft.validUntil,
      }),
    );
  }

  async remove(holder: Viewer, id: string): Promise<void> {
    const certificate = await this.certificates.findOneBy({ id });
    if (!certificate) throw new DomainError(DomainErrorCode.NotFound, `No certificate has id ${id}`, 'id');
    if (certificate.organizationId !== holder.organizationId) {
      throw new DomainError(DomainErrorCode.NotPermitted, "This certificate belongs to another organisation");
    }
    await this.certificates.delete({ id });
  }

  /** Certificates per organisation, in the order of `organizationIds` (for a DataLoader). */
  async byOrganizations(organizationIds: readonly string[]): Promise<OrganizationCertificationEntity[][]> {
    const rows = await this.certificates.find({ where: { organizationId: In([...organizationIds]) }, order: { code: 'ASC' } });
    return organizationIds.map((id) => rows.filter((row) => row.organizationId === id));
  }
}
