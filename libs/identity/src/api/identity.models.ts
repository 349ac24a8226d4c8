import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar, type Capability } from '@magmatch/core';
import { OrganizationType, VerificationLevel } from '../organization.entity.js';
import { Role } from '../user.entity.js';

registerEnumType(OrganizationType, { name: 'OrganizationType' });
registerEnumType(VerificationLevel, { name: 'VerificationLevel' });
registerEnumType(Role, { name: 'Role' });

export const OrganizationCapability = { SELL: 'SELL', BUY: 'BUY' } as const satisfies { [C in Capability]: C };
registerEnumType(OrganizationCapability, { name: 'OrganizationCapability', description: 'SELL: may list; BUY: may post requirements and buy.' });

@ObjectType()
export class Organization {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationType)
  type: OrganizationType;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field(() => String, { nullable: true, description: 'Industrial cluster, e.g. Chizhou–Qingyang, Hefei–Chaohu.' })
  cluster: string | null;

  @Field(() => String, { nullable: true, description: 'manufacturer, processor, trader, recycler, OEM…' })
  businessType: string | null;

  @Field(() => VerificationLevel)
  verificationLevel: VerificationLevel;

  @Field(() => [OrganizationCapability], { description: 'What the organisation does on the market, whatever its type.' })
  capabilities: Capability[];
}

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true })
  displayName: string | null;

  /** Resolved by a field resolver from `organizationId`. */
  organizationId: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Valid 15 minutes; send it as "Authorization: Bearer <token>".' })
  accessToken: string;

  @Field({ description: 'Trade it once for new tokens with refreshAccessToken (valid 30 days); a password change revokes it.' })
  refreshToken: string;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: 'A certificate an organisation declares; moderators check it when verifying.' })
export class OrganizationCertification {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Certification code of the catalogue, e.g. IATF16949.' })
  code: string;

  @Field(() => String, { nullable: true })
  certificateNumber: string | null;

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar)
  validUntil: string;

  @Field({ description: 'Whether it is valid today.' })
  validToday: boolean;
}
