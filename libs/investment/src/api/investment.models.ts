import { applyDecorators } from '@nestjs/common';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CHAIN_LINKS, type ChainLink as ChainLinkValue } from '@magmatch/catalog';
import { enumOf, OptionalText } from '@magmatch/core';
import { PROJECT_STAGES, type ProjectStage as ProjectStageValue } from '../investment-project.entity.js';

export const ChainLink = enumOf(CHAIN_LINKS);
registerEnumType(ChainLink, { name: 'ChainLink', description: 'A link of the magnesium industry chain.' });
export const ProjectStage = enumOf(PROJECT_STAGES);
registerEnumType(ProjectStage, { name: 'ProjectStage' });
export const RecordDatabase = enumOf(['ENTERPRISES', 'INVESTMENT_PROJECTS', 'EXPERTS'] as const);
registerEnumType(RecordDatabase, { name: 'RecordDatabase', description: 'A database the association keeps, in spreadsheets too.' });
export const SpreadsheetFormat = enumOf(['CSV', 'XLSX'] as const);
registerEnumType(SpreadsheetFormat, { name: 'SpreadsheetFormat' });

@ObjectType({ description: 'An enterprise of the magnesium chain in the investment-attraction database, member of MagMatch or not.' })
export class Enterprise {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Unified social credit code, when known.' })
  creditCode: string | null;

  @Field(() => [ChainLink])
  chainLinks: ChainLinkValue[];

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  cluster: string | null;

  organizationId: string | null;

  @Field(() => [String], { description: 'e.g. 链主, 专精特新小巨人, 单项冠军' })
  tags: string[];

  @Field(() => [String])
  products: string[];
}

@ObjectType({ description: 'A project that would fill a link of the chain.' })
export class InvestmentProject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => ChainLink)
  chainLink: ChainLinkValue;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  cluster: string | null;

  @Field(() => Float, { nullable: true, description: 'CNY' })
  investmentCny: number | null;

  @Field(() => ProjectStage)
  stage: ProjectStageValue;

  @Field(() => [String], { description: 'What it seeks: capital, land, partners, technology…' })
  seeking: string[];

  enterpriseId: string | null;
}

@ObjectType({ description: 'A link of the chain in a cluster: its enterprises, and the capacity and demand on MagMatch.' })
export class ChainMapCell {
  @Field(() => ChainLink)
  link: ChainLinkValue;

  @Field()
  cluster: string;

  @Field(() => Int, { description: 'Enterprises of the database in this cluster and link.' })
  enterprises: number;

  @Field(() => Float, { description: "t/month published by the cluster's suppliers in this link" })
  capacityTonnesPerMonth: number;

  @Field(() => Float, { description: "t/month asked of this link by the cluster's buyers' open requirements" })
  demandTonnesPerMonth: number;

  @Field({ description: "Demand the cluster's own suppliers cannot serve: an open requirement of the link with no live match with a supplier of the cluster, or more demand than their free capacity." })
  gap: boolean;
}

/** An optional list of at most 30 words. */
const Words = (field: string) => applyDecorators(IsOptional(), IsArray(), ArrayMaxSize(30, { message: `${field} takes at most 30 entries` }), IsString({ each: true }));

@InputType()
export class EnterpriseInput {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'name must be at most 200 characters long' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (18 characters, checked).' })
  @OptionalText('creditCode', 30)
  creditCode?: string | null;

  @Field(() => [ChainLink])
  @IsArray()
  @IsIn(CHAIN_LINKS, { each: true })
  chainLinks: ChainLinkValue[];

  @Field(() => String, { nullable: true })
  @OptionalText('city', 100)
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. Chizhou–Qingyang, Hefei–Chaohu' })
  @OptionalText('cluster', 100)
  cluster?: string | null;

  @Field(() => ID, { nullable: true, description: 'The MagMatch organisation it is, if it trades here.' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a UUID' })
  organizationId?: string | null;

  @Field(() => [String], { nullable: true })
  @Words('tags')
  tags?: string[] | null;

  @Field(() => [String], { nullable: true })
  @Words('products')
  products?: string[] | null;
}

@InputType()
export class InvestmentProjectInput {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'name must be at most 200 characters long' })
  name: string;

  @Field(() => ChainLink)
  @IsIn(CHAIN_LINKS)
  chainLink: ChainLinkValue;

  @Field(() => String, { nullable: true })
  @OptionalText('city', 100)
  city?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('cluster', 100)
  cluster?: string | null;

  @Field(() => Float, { nullable: true, description: 'CNY, above 0' })
  @IsOptional()
  @IsNumber({}, { message: 'investmentCny must be a number' })
  investmentCny?: number | null;

  @Field(() => ProjectStage)
  @IsIn(PROJECT_STAGES)
  stage: ProjectStageValue;

  @Field(() => [String], { nullable: true })
  @Words('seeking')
  seeking?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'enterpriseId must be a UUID' })
  enterpriseId?: string | null;
}

@ObjectType({ description: 'An expert or team in the talent database. Personal information: contact details only with consent, shown only to moderators.' })
export class Expert {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  institution: string | null;

  @Field(() => [String])
  fields: string[];

  @Field(() => String, { nullable: true, description: 'Moderators only; null for everyone else, and when the expert gave no consent to keep it.' })
  contact: string | null;
}

@InputType()
export class ExpertInput {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'name must be at most 200 characters long' })
  name: string;

  @Field(() => String, { nullable: true })
  @OptionalText('institution', 200)
  institution?: string | null;

  @Field(() => [String], { description: 'Fields of work, e.g. "die casting", "rare-earth magnesium alloys".' })
  @Words('fields')
  fields: string[];

  @Field(() => String, { nullable: true, description: 'E-mail or telephone; kept only with contactConsent.' })
  @OptionalText('contact', 200)
  contact?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The expert agreed that the association keeps the contact to introduce the expert to the owners of challenges the expert applies to.' })
  @IsOptional()
  @IsBoolean()
  contactConsent?: boolean | null;
}

@ObjectType({ description: 'A row of an import that cannot be saved, and why.' })
export class ImportProblem {
  @Field(() => Int, { description: 'The row as the spreadsheet numbers it (the header is row 1).' })
  row: number;

  @Field()
  column: string;

  @Field()
  message: string;
}

@ObjectType({ description: 'What an import did: every row saved, or, when any row has a problem, none, with every problem.' })
export class ImportReport {
  @Field(() => Int)
  rows: number;

  @Field(() => Int)
  imported: number;

  @Field(() => [ImportProblem])
  problems: ImportProblem[];
}
