import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One moderator action, as recorded in the append-only audit log.' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  actorId: string;

  @Field({ description: 'e.g. "listing.approve", "organization.verify"' })
  action: string;

  @Field()
  subjectType: string;

  @Field(() => ID)
  subjectId: string;

  @Field(() => String, { nullable: true, description: 'The subject before the action, as JSON.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The subject after the action, as JSON.' })
  after: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  at: Date;
}
