import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
// @ts-expect-error: a plain ESM script, with no declarations
import { GENERATED_FILE, generatedTypes } from '../codegen.mjs';

describe("the console's GraphQL types", () => {
  it('are what graphql-codegen makes of schema.graphql and the operations today (run `npm run codegen` after changing either)', async () => {
    expect(readFileSync(GENERATED_FILE as string, 'utf8')).toBe(await (generatedTypes as () => Promise<string>)());
  });
});
