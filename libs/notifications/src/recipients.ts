import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Who is told: the users of an organisation, or the moderators. */
@Injectable()
export class Recipients {
  constructor(private readonly dataSource: DataSource) {}

  ofOrganization(organizationId: string): Promise<string[]> {
    return this.ofOrganizations([organizationId]);
  }

  async ofOrganizations(organizationIds: readonly string[]): Promise<string[]> {
    return this.ids(`SELECT id FROM users WHERE organization_id = ANY($1::uuid[]) ORDER BY created_at`, [organizationIds]);
  }

  async moderators(): Promise<string[]> {
    return this.ids(`SELECT id FROM users WHERE role = 'MODERATOR' ORDER BY created_at`, []);
  }

  /** The e-mail addresses an introduced partner may write to. */
  async contactsOf(organizationId: string): Promise<string> {
    const rows: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM users WHERE organization_id = $1 ORDER BY created_at LIMIT 3`,
      [organizationId],
    );
    return rows.map((row) => row.email).join(', ');
  }

  private async ids(sql: string, parameters: unknown[]): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(sql, parameters);
    return rows.map((row) => row.id);
  }
}
