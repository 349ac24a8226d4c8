import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from '../../../../test/support/browser.js';
import { TestApp } from '../../../../test/support/test-app.js';

/** The bundled IDE in a real browser: it must load the schema, so the docs pane and autocomplete work. */
(chromiumPath() ? describe : describe.skip)('the GraphQL IDE at /ide in Chromium', () => {
  let app: TestApp;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    app = await TestApp.start('embedded');
    origin = (await app.listen()).replace(/^ws/, 'http').replace(/\/graphql$/, '');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('loads the schema with no failed request, and its docs pane shows the operations', async () => {
    const page = await browser.newPage();
    const failures: string[] = [];
    page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.url()} ${response.status()}`);
    });
    const schemaAnswer = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('__schema'));
    await page.goto(`${origin}/ide`);
    const answer = await schemaAnswer;
    expect(answer.status()).toBe(200);
    const body = (await answer.json()) as { data?: { __schema?: { types: { name: string }[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.__schema?.types.map((type) => type.name)).toEqual(expect.arrayContaining(['Query', 'Mutation', 'Listing']));
    await page.getByText('Reloaded doc successfully').waitFor();
    await page.getByText('Docs', { exact: true }).click();
    await page.locator('app-doc-viewer').getByText('Query', { exact: true }).first().click();
    await page.locator('app-doc-viewer').getByText('searchListings').first().waitFor();
    expect(failures).toEqual([]);
  });
});
