import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One engine behind a port and whether it answers.' })
export class EngineHealth {
  @Field({ description: 'e.g. "postgres", "pglite", "bullmq", "embedded", "meilisearch"' })
  engine: string;

  @Field()
  up: boolean;
}

@ObjectType()
export class Health {
  @Field(() => EngineHealth)
  database: EngineHealth;

  @Field(() => EngineHealth)
  queue: EngineHealth;

  @Field(() => EngineHealth)
  search: EngineHealth;
}
