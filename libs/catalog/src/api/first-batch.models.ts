import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { DateScalar, OptionalText } from '@magmatch/core';
import type { MaterialClass as MaterialClassValue } from '../data/grades.js';
import { MATERIAL_CLASSES } from '../material-classes.js';
import { PRODUCT_FORMS, type ProductForm } from '../data/reference.js';
import { MaterialClass, ProductFormEnum } from './catalog.models.js';

@ObjectType({ description: 'A material of a first-batch catalogue edition, worded as the catalogue words it.' })
export class FirstBatchEntry {
  @Field(() => ID)
  id: string;

  /** Resolved. */
  editionId: string;

  @Field({ description: 'e.g. "高性能镁合金挤压材".' })
  name: string;

  @Field(() => MaterialClass, { nullable: true })
  materialClass: MaterialClassValue | null;

  @Field(() => [ProductFormEnum])
  forms: ProductForm[];

  @Field(() => String, { nullable: true, description: "The catalogue's performance requirements, as published; null where not recorded." })
  criteria: string | null;

  @Field(() => String, { nullable: true, description: 'The application field it names (应用领域), if any.' })
  applicationField: string | null;
}

@ObjectType({ description: "An edition of MIIT's 重点新材料首批次应用示范指导目录, in force from effectiveFrom until supersededOn." })
export class FirstBatchEdition {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. "重点新材料首批次应用示范指导目录（2021年版）".' })
  name: string;

  @Field()
  issuer: string;

  @Field(() => DateScalar)
  effectiveFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'Set when a later edition takes its place.' })
  supersededOn: string | null;

  @Field(() => String, { nullable: true, description: 'Where its facts come from.' })
  source: string | null;

  @Field(() => [FirstBatchEntry])
  entries: FirstBatchEntry[];
}

@InputType()
export class FirstBatchEntryInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'entries.name must be 1 to 200 characters long' })
  name: string;

  @Field(() => MaterialClass, { nullable: true })
  @IsOptional()
  @IsIn(MATERIAL_CLASSES)
  materialClass?: MaterialClassValue | null;

  @Field(() => [ProductFormEnum], { nullable: true })
  @IsOptional()
  @IsIn(PRODUCT_FORMS, { each: true })
  forms?: ProductForm[] | null;

  @Field(() => String, { nullable: true })
  @OptionalText('entries.criteria', 4_000)
  criteria?: string | null;
}

@InputType()
export class FirstBatchEditionInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters long' })
  name: string;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'issuer must be 1 to 200 characters long' })
  issuer: string;

  @Field(() => DateScalar)
  @IsString()
  effectiveFrom: string;

  @Field(() => ID, { nullable: true, description: 'The edition this one replaces from its effective date.' })
  @IsOptional()
  @IsUUID('all', { message: 'supersedes must be an edition id' })
  supersedes?: string | null;

  @Field(() => [FirstBatchEntryInput])
  @ArrayMinSize(1, { message: 'entries must list at least one entry' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => FirstBatchEntryInput)
  entries: FirstBatchEntryInput[];
}
