import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, DomainErrorCode, type Capability } from '@magmatch/core';
import { checkCreditCode } from './credit-code.js';
import { OrganizationEntity, OrganizationType } from './organization.entity.js';
import { hashPassword } from './passwords.js';
import { SignInService, type SignedIn } from './sign-in.service.js';
import { uniquely } from './unique-violation.js';
import { Role, UserEntity } from './user.entity.js';

export interface Registration {
  readonly organizationName: string;
  readonly type: OrganizationType;
  readonly creditCode: string;
  readonly city?: string | null;
  readonly region?: string | null;
  readonly cluster?: string | null;
  readonly businessType?: string | null;
  readonly email: string;
  readonly password: string;
  readonly displayName?: string | null;
}

/** What a new organisation of each type starts as; it may add the other capability afterwards. */
const START: Record<Exclude<OrganizationType, OrganizationType.ASSOCIATION>, { role: Role; capabilities: Capability[] }> = {
  [OrganizationType.SUPPLIER]: { role: Role.SUPPLIER, capabilities: ['SELL'] },
  [OrganizationType.BUYER]: { role: Role.BUYER, capabilities: ['BUY'] },
};

/** Sign-up: an organisation (unified social credit code checked) with its first user, signed in. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signIn: SignInService,
  ) {}

  async register(registration: Registration): Promise<SignedIn> {
    if (registration.type === OrganizationType.ASSOCIATION) {
      throw new DomainError(DomainErrorCode.NotPermitted, 'The industry association is not registered through sign-up; ask an existing moderator', 'type');
    }
    const { role, capabilities } = START[registration.type];
    const credit = checkCreditCode(registration.creditCode);
    if ('problem' in credit) throw new DomainError(DomainErrorCode.InvalidInput, `creditCode ${credit.problem}`, 'creditCode');
    const passwordHash = await hashPassword(registration.password);
    const user = await uniquely(() =>
      this.dataSource.transaction(async (manager) => {
        const organization = await manager.save(
          manager.create(OrganizationEntity, {
            name: registration.organizationName.trim(),
            type: registration.type,
            capabilities,
            creditCode: credit.code,
            city: registration.city?.trim() || null,
            region: registration.region?.trim() || null,
            cluster: registration.cluster?.trim() || null,
            businessType: registration.businessType?.trim() || null,
          }),
        );
        return manager.save(
          manager.create(UserEntity, {
            email: registration.email.trim().toLowerCase(),
            passwordHash,
            role,
            organizationId: organization.id,
            displayName: registration.displayName?.trim() || null,
          }),
        );
      }),
    );
    return this.signIn.signedIn(user);
  }
}
