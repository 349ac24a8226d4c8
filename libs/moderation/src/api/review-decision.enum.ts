import { registerEnumType } from '@nestjs/graphql';

/** A moderator's decision on something waiting for review, as a GraphQL enum. */
export enum ReviewDecisionEnum {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecisionEnum, { name: 'ReviewDecision' });
