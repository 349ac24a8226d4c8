import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { FileUpload } from 'graphql-upload/processRequest.mjs';
import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import type { ChainLink as ChainLinkValue } from '@magmatch/catalog';
import { csvOf, pageSize, Public, RequestLoaders, RequireRoles, uploadedBytes, type Viewer, xlsxOf } from '@magmatch/core';
import { CurrentViewer, IdentityLoaders, Organization } from '@magmatch/identity';
import { ChainMap } from '../chain-map.js';
import { EnterpriseDirectory } from '../enterprise-directory.js';
import { InvestmentProjects } from '../investment-projects.js';
import { ExpertDirectory } from '../expert-directory.js';
import { exportSheet, importSheet, type RecordSheet } from '../record-sheets.js';
import { toExpert } from './expert-view.js';
import {
  ChainLink,
  ChainMapCell,
  Enterprise,
  EnterpriseInput,
  Expert,
  ExpertInput,
  ImportReport,
  InvestmentProject,
  InvestmentProjectInput,
  RecordDatabase,
  SpreadsheetFormat,
} from './investment.models.js';

/** An import file's size limit: 4 MiB holds thousands of rows, under the upload limit of the API. */
const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

/** The chain map and the enterprise and project databases: public to read, kept by moderators. */
@Resolver(() => Enterprise)
export class InvestmentResolver {
  constructor(
    private readonly map: ChainMap,
    private readonly directory: EnterpriseDirectory,
    private readonly projects: InvestmentProjects,
    private readonly talent: ExpertDirectory,
    private readonly identityLoaders: IdentityLoaders,
  ) {}

  /** Calls `use` with the database's spreadsheet. */
  private withSheet<T>(database: keyof typeof RecordDatabase, use: <D, V, R>(sheet: RecordSheet<D, V, R>) => Promise<T>): Promise<T> {
    switch (database) {
      case 'ENTERPRISES':
        return use(this.directory);
      case 'INVESTMENT_PROJECTS':
        return use(this.projects);
      case 'EXPERTS':
        return use(this.talent);
    }
  }

  @Public()
  @Query(() => [ChainMapCell], { description: 'Every link of the chain per cluster (or in one cluster): enterprises, capacity, demand and gaps. BAD_USER_INPUT for an unknown cluster.' })
  chainMap(@Args('cluster', { type: () => String, nullable: true }) cluster?: string | null): Promise<ChainMapCell[]> {
    return this.map.cells(cluster);
  }

  @Public()
  @Query(() => [Enterprise], { description: 'Enterprises of the chain by name, of a link and a cluster if given; at most 500 (100 by default).' })
  enterprises(
    @Args('link', { type: () => ChainLink, nullable: true }) link?: ChainLinkValue | null,
    @Args('cluster', { type: () => String, nullable: true }) cluster?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<Enterprise[]> {
    return this.directory.list({ link, cluster, first: pageSize(first, 100, 500) });
  }

  @Public()
  @Query(() => [InvestmentProject], { description: 'Investment projects, newest first, of a link if given; at most 500 (100 by default).' })
  investmentProjects(
    @Args('link', { type: () => ChainLink, nullable: true }) link?: ChainLinkValue | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<InvestmentProject[]> {
    return this.projects.list({ link, first: pageSize(first, 100, 500) });
  }

  @Query(() => [Expert], { description: 'Experts and teams by name, of a field of work if given; at most 500 (100 by default). Signed-in users; contact details to moderators only.' })
  async experts(
    @CurrentViewer() viewer: Viewer,
    @Args('field', { type: () => String, nullable: true }) field?: string | null,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
  ): Promise<Expert[]> {
    return (await this.talent.list({ field, first: pageSize(first, 100, 500) })).map((expert) => toExpert(expert, viewer.role === 'MODERATOR'));
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Expert, { description: "Records an expert or team. Moderators only. A contact needs the expert's consent (contactConsent: true)." })
  async registerExpert(@CurrentViewer() moderator: Viewer, @Args('input') input: ExpertInput): Promise<Expert> {
    return toExpert(await this.talent.register(moderator, input), true);
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Expert, { description: 'Replaces what is recorded of an expert. Moderators only. A new contact needs the consent again.' })
  async updateExpert(@CurrentViewer() moderator: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: ExpertInput): Promise<Expert> {
    return toExpert(await this.talent.update(moderator, id, input), true);
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Boolean, { description: 'Deletes an expert and the personal data kept of them (on request). Moderators only.' })
  removeExpert(@CurrentViewer() moderator: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.talent.remove(moderator, id);
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => ImportReport, {
    description:
      'Imports a CSV (UTF-8) or .xlsx file into a database, all rows or none: the header names the columns of exportRecords; a row with the key of a record ' +
      '(credit code, else name; project name; expert name and institution) updates it. Moderators only. `file` travels as a multipart upload.',
  })
  async importRecords(
    @CurrentViewer() moderator: Viewer,
    @Args('database', { type: () => RecordDatabase }) database: keyof typeof RecordDatabase,
    @Args({ name: 'file', type: () => GraphQLUpload }) file: Promise<FileUpload>,
  ): Promise<ImportReport> {
    const content = await uploadedBytes(file, MAX_IMPORT_BYTES);
    return this.withSheet(database, (sheet) => importSheet(sheet, moderator, content));
  }

  @RequireRoles('MODERATOR')
  @Query(() => String, { description: 'A database as a CSV file, or as an .xlsx workbook encoded in base64, with the columns importRecords reads. Moderators only.' })
  async exportRecords(
    @Args('database', { type: () => RecordDatabase }) database: keyof typeof RecordDatabase,
    @Args('format', { type: () => SpreadsheetFormat }) format: keyof typeof SpreadsheetFormat,
  ): Promise<string> {
    const table = await this.withSheet(database, exportSheet);
    return format === 'CSV' ? csvOf([table.header, ...table.rows]) : (await xlsxOf([table])).toString('base64');
  }

  @ResolveField(() => Organization, { nullable: true, description: 'The organisation it trades as on MagMatch, if it does.' })
  async member(@Parent() enterprise: Enterprise, @Context('loaders') loaders: RequestLoaders): Promise<Organization | null> {
    return enterprise.organizationId ? loaders.load(this.identityLoaders.organizationById, enterprise.organizationId) : null;
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Enterprise, { description: 'Records an enterprise of the chain. Moderators only. CONFLICT for a credit code or member organisation recorded already.' })
  createEnterprise(@CurrentViewer() moderator: Viewer, @Args('input') input: EnterpriseInput): Promise<Enterprise> {
    return this.directory.create(moderator, { ...input, organizationId: input.organizationId ?? null });
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Enterprise, { description: 'Replaces what is recorded of an enterprise. Moderators only.' })
  updateEnterprise(@CurrentViewer() moderator: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: EnterpriseInput): Promise<Enterprise> {
    return this.directory.update(moderator, id, { ...input, organizationId: input.organizationId ?? null });
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Boolean, { description: 'Removes an enterprise. Moderators only. CONFLICT while an investment project names it.' })
  removeEnterprise(@CurrentViewer() moderator: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.directory.remove(moderator, id);
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => InvestmentProject, { description: 'Records an investment project. Moderators only.' })
  createInvestmentProject(@CurrentViewer() moderator: Viewer, @Args('input') input: InvestmentProjectInput): Promise<InvestmentProject> {
    return this.projects.create(moderator, { ...input, enterpriseId: input.enterpriseId ?? null });
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => InvestmentProject, { description: 'Replaces what is recorded of an investment project. Moderators only.' })
  updateInvestmentProject(@CurrentViewer() moderator: Viewer, @Args('id', { type: () => ID }) id: string, @Args('input') input: InvestmentProjectInput): Promise<InvestmentProject> {
    return this.projects.update(moderator, id, { ...input, enterpriseId: input.enterpriseId ?? null });
  }

  @RequireRoles('MODERATOR')
  @Mutation(() => Boolean, { description: 'Removes an investment project. Moderators only.' })
  removeInvestmentProject(@CurrentViewer() moderator: Viewer, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.projects.remove(moderator, id);
  }
}
