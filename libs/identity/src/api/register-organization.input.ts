import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { DateScalar, OptionalText } from '@magmatch/core';
import { OrganizationType } from '../organization.entity.js';

@InputType()
export class RegisterOrganizationInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'organizationName must be 1 to 200 characters long' })
  organizationName: string;

  @Field(() => OrganizationType)
  @IsEnum(OrganizationType)
  type: OrganizationType;

  @Field({ description: 'The 18-character unified social credit code (统一社会信用代码)' })
  @IsString()
  @MaxLength(40, { message: 'creditCode must be 18 characters' })
  creditCode: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'city must be at most 100 characters long' })
  city?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('region', 100)
  region?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText('cluster', 100)
  cluster?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'businessType must be at most 100 characters long' })
  businessType?: string | null;

  @Field()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters long' })
  email: string;

  @Field()
  @IsString()
  @Length(10, 200, { message: 'password must be 10 to 200 characters long' })
  password: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'displayName must be at most 100 characters long' })
  displayName?: string | null;
}

@InputType()
export class AddCertificationInput {
  @Field({ description: 'Certification code of the catalogue, e.g. IATF16949 or "IATF 16949".' })
  @IsString()
  @MaxLength(40, { message: 'code must be at most 40 characters long' })
  code: string;

  @Field(() => String, { nullable: true })
  @OptionalText('certificateNumber', 100)
  certificateNumber?: string | null;

  @Field(() => DateScalar)
  @IsString()
  validFrom: string;

  @Field(() => DateScalar)
  @IsString()
  validUntil: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @Length(1, 200, { message: 'currentPassword is required' })
  currentPassword: string;

  @Field()
  @IsString()
  @Length(10, 200, { message: 'newPassword must be 10 to 200 characters long' })
  newPassword: string;
}
