import { expect, it } from '@jest/globals';
import { chainLinkNamed, chainLinkOf } from './chain-links.js';
import { PRODUCT_FORMS } from './data/reference.js';

it('places every material in the link of the chain that makes it', () => {
  expect(chainLinkOf('PRIMARY_MAGNESIUM', 'INGOT')).toBe('SMELTING');
  expect(chainLinkOf('ALLOY', 'INGOT')).toBe('ALLOYING');
  expect(chainLinkOf('ALLOY', null)).toBe('ALLOYING');
  expect(chainLinkOf('SCRAP', 'SCRAP')).toBe('RECYCLING');
  expect(chainLinkOf('BY_PRODUCT', 'SLAG')).toBe('RECYCLING');
  expect(Object.fromEntries(PRODUCT_FORMS.map((form) => [form, chainLinkOf('ALLOY', form)]))).toEqual({
    INGOT: 'ALLOYING',
    DIE_CASTING: 'CASTING',
    SAND_CASTING: 'CASTING',
    EXTRUSION: 'EXTRUSION_ROLLING',
    SHEET: 'EXTRUSION_ROLLING',
    PLATE: 'EXTRUSION_ROLLING',
    WIRE: 'EXTRUSION_ROLLING',
    FORGING: 'DEEP_PROCESSING',
    WHEEL: 'DEEP_PROCESSING',
    POWDER: 'DEEP_PROCESSING',
    SCRAP: 'RECYCLING',
    SLAG: 'RECYCLING',
  });
});

it('reads a link of the chain as spreadsheets write it: its code in any case, or a word of the trade', () => {
  expect(['CASTING', 'casting', '压铸', 'Die Casting', 'extrusion_rolling', 'extrusion-rolling', '挤压轧制', '检验检测', '再生'].map(chainLinkNamed)).toEqual([
    'CASTING', 'CASTING', 'CASTING', 'CASTING', 'EXTRUSION_ROLLING', 'EXTRUSION_ROLLING', 'EXTRUSION_ROLLING', 'TESTING', 'RECYCLING',
  ]);
  expect(chainLinkNamed('forging shop')).toBeNull();
});
