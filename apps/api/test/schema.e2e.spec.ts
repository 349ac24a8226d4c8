import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { TestApp } from '../../../test/support/test-app.js';

const SCHEMA_FILE = new URL('../../../schema.graphql', import.meta.url);
const HEADER = '# Generated from the code-first resolvers. Refresh with `npm run schema:update`; do not edit.\n\n';

let app: TestApp;

beforeAll(async () => {
  app = await TestApp.start('embedded');
});

afterAll(async () => {
  await app.close();
});

it('matches the committed schema.graphql (run `npm run schema:update` after changing the API)', async () => {
  const generated = HEADER + printSchema(app.app.get(GraphQLSchemaHost).schema) + '\n';
  if (process.env.UPDATE_SCHEMA === '1') await writeFile(SCHEMA_FILE, generated);
  expect(generated).toBe(await readFile(SCHEMA_FILE, 'utf8'));
});
