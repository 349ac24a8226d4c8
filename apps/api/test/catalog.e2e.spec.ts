import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { listingInput, signUp } from '../../../test/support/market.js';
import { TestApp } from '../../../test/support/test-app.js';

/** The catalogue over GraphQL: designations read as the trade writes them. Engine-independent: embedded only. */
describe('the catalogue of grades', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start('embedded');
  });

  afterAll(async () => {
    await app.close();
  });

  const resolve = async (text: string) =>
    (await app.graphql<{ resolveDesignation: { typed: string; grade: { code: string; materialClass: string } | null; temper: string | null; note: string | null } }>(
      `query($text: String!) { resolveDesignation(text: $text) { typed grade { code materialClass } temper note } }`,
      { text },
    )).body.data!.resolveDesignation;

  it('reads designations as they are typed: full-width, with the standard, with the temper', async () => {
    expect(await resolve('ＡＭ６０Ｂ－Ｆ')).toEqual({ typed: 'ＡＭ６０Ｂ－Ｆ', grade: { code: 'AM60B', materialClass: 'ALLOY' }, temper: 'F', note: 'temper F written with the grade' });
    expect(await resolve('JIS H 5303 MDC1D')).toMatchObject({ grade: { code: 'AZ91D' }, note: 'MDC1D is AZ91D in JIS H 5303' });
    expect(await resolve('ZK61M')).toMatchObject({ grade: { code: 'ZK61M' }, note: null });
    expect(await resolve('GB/T 3499 Mg9995B')).toMatchObject({ grade: { code: 'Mg9995B', materialClass: 'PRIMARY_MAGNESIUM' } });
    expect(await resolve('AZ91Q')).toMatchObject({ grade: null, note: expect.stringMatching(/not in the catalogue/) });
  });

  it('lists grades by material class, with their designations by standard and compositions with a source', async () => {
    const answer = await app.graphql<{ grades: { code: string; status: string; designationsByStandard: { standard: string; code: string }[]; composition: { element: string; minPct: number | null }[] }[] }>(
      `{ grades(materialClass: PRIMARY_MAGNESIUM) { code status designationsByStandard { standard code } composition { element minPct } } }`,
    );
    const grades = answer.body.data!.grades;
    expect(grades.map((grade) => grade.code)).toEqual(expect.arrayContaining(['Mg9999', 'Mg9998', 'Mg9995A', 'Mg9995B', 'Mg99.90', 'Mg99.80', '9990A']));
    expect(grades.find((grade) => grade.code === 'Mg9995A')).toEqual({
      code: 'Mg9995A',
      status: 'STANDARD',
      designationsByStandard: [{ standard: 'GB/T 3499', code: 'Mg9995A' }],
      composition: [{ element: 'Mg', minPct: 99.95 }],
    });
    const alloys = await app.graphql<{ grades: { code: string; compositionSource: string | null }[] }>(`{ grades(materialClass: ALLOY, status: STANDARD) { code compositionSource } }`);
    expect(alloys.body.data!.grades.find((grade) => grade.code === 'AZ91D')?.compositionSource).toMatch(/ASTM B94/);
  });

  it('keeps the designation as typed next to the canonical grade, takes the temper from it, and keeps the guaranteed composition', async () => {
    const supplier = await signUp(app, 'SUPPLIER', 0);
    const create = async (input: Record<string, unknown>) =>
      (await app.graphql<{ createListing: { grade: { code: string }; gradeAsTyped: string; temper: string | null; materialClass: string; composition: unknown[] } }>(
        `mutation($input: CreateListingInput!) { createListing(input: $input) { grade { code } gradeAsTyped temper materialClass composition { element minPct maxPct } } }`,
        { input: listingInput(input) },
        supplier.token,
      )).body.data!.createListing;
    expect(await create({ grade: 'MDC2B' })).toEqual({ grade: { code: 'AM60B' }, gradeAsTyped: 'MDC2B', temper: 'F', materialClass: 'ALLOY', composition: [] });
    expect(await create({ grade: 'AM60B-F', temper: null })).toMatchObject({ grade: { code: 'AM60B' }, gradeAsTyped: 'AM60B-F', temper: 'F' });
    // Scrap details say what the material is, even when it names the grade it came from.
    expect(await create({ grade: 'AZ91D', form: 'SCRAP', temper: null, scrap: { scrapClass: 'TYPE_I' }, properties: { basis: 'TYPICAL' } })).toMatchObject({ grade: { code: 'AZ91D' }, materialClass: 'SCRAP' });
    expect(await create({ grade: 'GB/T 3499 Mg9995A', form: 'INGOT', temper: null, composition: [{ element: 'mg', minPct: 99.95 }, { element: 'Fe', maxPct: 0.003 }] })).toEqual({
      grade: { code: 'Mg9995A' },
      gradeAsTyped: 'GB/T 3499 Mg9995A',
      temper: null,
      materialClass: 'PRIMARY_MAGNESIUM',
      composition: [{ element: 'Mg', minPct: 99.95, maxPct: null }, { element: 'Fe', minPct: null, maxPct: 0.003 }],
    });
  });
});
