import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { TypeMetadataStorage } from '@nestjs/graphql';
import { getMetadataStorage } from 'class-validator';
import { TestApp } from '../../../test/support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('embedded'); // builds the schema, which compiles the input type metadata
});

afterAll(async () => {
  await app.close();
});

/**
 * The validation pipe drops input fields that carry no class-validator decorator (whitelist), so a field
 * declared for GraphQL but not validated would silently arrive empty. Every input field needs one.
 */
it('gives every field of every GraphQL input type a validation rule', () => {
  const inputs = TypeMetadataStorage.getInputTypesMetadata();
  expect(inputs.map((input) => input.name)).toContain('CreateListingInput');
  const validators = getMetadataStorage();
  const unvalidated = inputs.flatMap((input) => {
    const validated = new Set(
      validators.getTargetValidationMetadatas(input.target, '', true, false).map((metadata) => metadata.propertyName),
    );
    return (input.properties ?? []).filter((field) => !validated.has(field.name)).map((field) => `${input.name}.${field.name}`);
  });
  expect(unvalidated).toEqual([]);
});
