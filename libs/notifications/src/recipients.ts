import { Injectable } from '@nestjs/common';
import { UserReads } from '@magmatch/identity';

/** Who is told: the users of an organisation, or the moderators. */
@Injectable()
export class Recipients {
  constructor(private readonly users: UserReads) {}

  ofOrganization(organizationId: string): Promise<string[]> {
    return this.ofOrganizations([organizationId]);
  }

  ofOrganizations(organizationIds: readonly string[]): Promise<string[]> {
    return this.users.idsOfOrganizations(organizationIds);
  }

  moderators(): Promise<string[]> {
    return this.users.moderatorIds();
  }

  /** The e-mail addresses an introduced partner may write to. */
  async contactsOf(organizationId: string): Promise<string> {
    return (await this.users.accountsOfOrganization(organizationId, 3)).map((account) => account.email).join(', ');
  }
}
