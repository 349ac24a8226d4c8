import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { DomainError, DomainErrorCode, type Capability } from '@magmatch/core';
import { AuditLog } from '@magmatch/moderation';
import { OrganizationEntity, OrganizationType, VerificationLevel } from './organization.entity.js';

const LEVELS = [VerificationLevel.LISTED, VerificationLevel.REVIEWED, VerificationLevel.VERIFIED];
const CAPABILITIES: readonly Capability[] = ['SELL', 'BUY'];

/** Organisations: lookups, verification levels (moderators) and what each does on the market. */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>,
    private readonly audit: AuditLog,
  ) {}

  /** Organisations a moderator has yet to verify fully, longest waiting first. */
  awaitingVerification(first: number): Promise<OrganizationEntity[]> {
    return this.organizations.find({
      where: { verificationLevel: In([VerificationLevel.LISTED, VerificationLevel.REVIEWED]), type: In([OrganizationType.SUPPLIER, OrganizationType.BUYER]) },
      order: { createdAt: 'ASC', id: 'ASC' },
      take: first,
    });
  }

  async organizationsByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return ids.length === 0 ? [] : this.organizations.findBy({ id: In([...ids]) });
  }

  /** Every organisation's industrial cluster (null: not stated): organisation id → cluster. */
  async clusters(): Promise<Map<string, string | null>> {
    const rows = await this.organizations.find({ select: { id: true, cluster: true } });
    return new Map(rows.map((row) => [row.id, row.cluster]));
  }

  /** The capabilities of an organisation; none for an unknown id. */
  async capabilitiesOf(id: string): Promise<Capability[]> {
    const organization = await this.organizations.findOne({ where: { id }, select: { id: true, capabilities: true } });
    return organization?.capabilities ?? [];
  }

  /**
   * Sets what the viewer's own organisation does on the market: a die-caster or recycler adds BUY, an OEM adds
   * SELL for its process scrap. At least one; recorded in the audit log.
   */
  async setCapabilities(organizationId: string, capabilities: readonly Capability[], actorId: string): Promise<OrganizationEntity> {
    const wanted = CAPABILITIES.filter((capability) => capabilities.includes(capability));
    if (wanted.length === 0) throw new DomainError(DomainErrorCode.InvalidInput, 'capabilities must hold SELL, BUY or both', 'capabilities');
    return this.organizations.manager.transaction(async (manager) => {
      const organization = await manager.findOne(OrganizationEntity, { where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw new DomainError(DomainErrorCode.NotFound, `No organisation has id ${organizationId}`);
      const before = organization.capabilities;
      organization.capabilities = wanted;
      await manager.save(organization);
      await this.audit.record(manager, {
        actorId,
        action: 'organization.capabilities',
        subjectType: 'organization',
        subjectId: organizationId,
        before: { capabilities: before },
        after: { capabilities: wanted },
        reason: null,
      });
      return organization;
    });
  }

  /** Raises an organisation's verification level (never lowers it) and records who did it and why. */
  async verifyOrganization(id: string, level: VerificationLevel, moderatorId: string, reason: string | null): Promise<OrganizationEntity> {
    return this.organizations.manager.transaction(async (manager) => {
      const organization = await manager.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organization) throw new DomainError(DomainErrorCode.NotFound, `No organisation has id ${id}`, 'id');
      const before = organization.verificationLevel;
      if (LEVELS.indexOf(level) <= LEVELS.indexOf(before)) {
        throw new DomainError(DomainErrorCode.Conflict, `${organization.name} is already ${before}; verification can only be raised`, 'level');
      }
      organization.verificationLevel = level;
      await manager.save(organization);
      await this.audit.record(manager, {
        actorId: moderatorId,
        action: 'organization.verify',
        subjectType: 'organization',
        subjectId: id,
        before: { verificationLevel: before },
        after: { verificationLevel: level },
        reason,
      });
      return organization;
    });
  }
}
