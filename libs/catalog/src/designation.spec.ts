import { describe, expect, it } from '@jest/globals';
import { Catalog } from './catalog.js';
import { parseDesignation } from './designation.js';

/**
 * Designations written from the standards (the standard named in each row), as users type them: with the
 * standard before the name, with the temper after it, in full-width characters. `null`: not a catalogue grade.
 */
const TABLE: readonly (readonly [typed: string, grade: string | null, temper?: string])[] = [
  // GB/T 3499-2003, primary magnesium ingot: A and B are two grades
  ['Mg9999', 'Mg9999'], ['Mg9998', 'Mg9998'], ['Mg9995A', 'Mg9995A'], ['Mg9995B', 'Mg9995B'], ['Mg9990', 'Mg99.90'], ['Mg9980', 'Mg99.80'],
  ['GB/T 3499 Mg9995A', 'Mg9995A'], ['GB/T 3499-2003 Mg9995B', 'Mg9995B'], ['mg99.90', 'Mg99.90'], ['Mg99.9', 'Mg99.90'], ['Mg 99.80', 'Mg99.80'],
  ['Ｍｇ９９９５Ａ', 'Mg9995A'], ['Mg99.95A', 'Mg9995A'],
  // ASTM B92, unalloyed ingot: grades of their own
  ['9980A', '9980A'], ['9980B', '9980B'], ['9990A', '9990A'], ['9995A', '9995A'], ['9998A', '9998A'], ['ASTM B92 9990A', '9990A'], ['ASTM B92/B92M-17 9995A', '9995A'],
  // ASTM B93 / B94 / GB/T 19078 / EN 1753 / JIS H 5303: die-casting alloys, with tempers
  ['AZ91D', 'AZ91D'], ['AZ91D-F', 'AZ91D', 'F'], ['az91d f', 'AZ91D', 'F'], ['ＡＺ９１Ｄ', 'AZ91D'], ['ＡＺ９１Ｄ－Ｆ', 'AZ91D', 'F'], ['AZ91', 'AZ91D'],
  ['AZ 91D', 'AZ91D'], ['MgAl9Zn1(A)', 'AZ91D'], ['MgAl9Zn1', 'AZ91D'], ['EN-MC21120', 'AZ91D'], ['EN 1753 EN-MC21120', 'AZ91D'],
  ['UNS M11916', 'AZ91D'], ['M11916', 'AZ91D'], ['MDC1D', 'AZ91D'], ['JIS H 5303 MDC1D', 'AZ91D'], ['JIS MDC1D', 'AZ91D'], ['GB/T 19078 AZ91D', 'AZ91D'], ['ASTM B94 AZ91D-F', 'AZ91D', 'F'],
  ['AZ91A', 'AZ91A'], ['AZ91B', 'AZ91B'], ['MDC1B', 'AZ91B'], ['AZ91C', 'AZ91C'], ['AZ91C-T6', 'AZ91C', 'T6'], ['AZ91E', 'AZ91E'], ['AZ91E-T6', 'AZ91E', 'T6'],
  ['MC2E', 'AZ91E'], ['M11919', 'AZ91E'],
  ['AM60B', 'AM60B'], ['AM60B-F', 'AM60B', 'F'], ['AM60', 'AM60B'], ['MDC2B', 'AM60B'], ['EN-MC21230', 'AM60B'], ['MgAl6Mn', 'AM60B'], ['AM60A', 'AM60A'], ['M10600', 'AM60A'],
  ['AM50A', 'AM50A'], ['AM50A-F', 'AM50A', 'F'], ['AM50', 'AM50A'], ['MDC4', 'AM50A'], ['EN-MC21220', 'AM50A'], ['M10501', 'AM50A'],
  ['MDC5', 'AM20'], ['AM20A', 'AM20'], ['MDC6', 'AS21'], ['MgAl2Si', 'AS21'], ['MDC3B', 'AS41'], ['AS41B-F', 'AS41', 'F'], ['EN-MC21320', 'AS41'], ['AE44-F', 'AE44', 'F'],
  // ASTM B80 sand castings and EN 1753 castings
  ['AZ81A', 'AZ81A'], ['EN-MC21110', 'AZ81A'], ['AZ63A-T6', 'AZ63A', 'T6'], ['AZ92A', 'AZ92A'], ['AM100A', 'AM100A'], ['EZ33A-T5', 'EZ33A', 'T5'], ['MgRE3Zn2Zr', 'EZ33A'],
  ['ZE41A-T5', 'ZE41A', 'T5'], ['EN-MC35110', 'ZE41A'], ['QE22A-T6', 'QE22A', 'T6'], ['EQ21A', 'EQ21A'], ['ZK51A', 'ZK51A'], ['ZK61A-T6', 'ZK61A', 'T6'], ['ZC63A', 'ZC63A'],
  ['K1A', 'K1A'], ['WE43A-T6', 'WE43', 'T6'], ['EN-MC95320', 'WE43'], ['WE54A', 'WE54A'], ['EV31A', 'EV31A'],
  // GB/T 1177-2018 cast alloys: grade and ZM code
  ['ZM5', 'ZMgAl8Zn'], ['ZMgAl8Zn', 'ZMgAl8Zn'], ['GB/T 1177 ZM5', 'ZMgAl8Zn'], ['ZM1', 'ZMgZn5Zr'], ['ZM2', 'ZMgZn4RE1Zr'], ['ZM3', 'ZMgRE3ZnZr'], ['ZM4', 'ZMgRE3Zn2Zr'],
  ['ZM6', 'ZMgNd2ZnZr'], ['ZM10', 'ZMgAl10Zn'],
  // ASTM B90 / B91 / B107 wrought alloys, with tempers
  ['AZ31B', 'AZ31B'], ['AZ31B-H24', 'AZ31B', 'H24'], ['AZ31B H24', 'AZ31B', 'H24'], ['AZ31B-O', 'AZ31B', 'O'], ['AZ31', 'AZ31B'], ['M11311', 'AZ31B'], ['AZ31C', 'AZ31C'],
  ['AZ61A-F', 'AZ61A', 'F'], ['AZ80A-T5', 'AZ80A', 'T5'], ['ZK60A', 'ZK60A'], ['ZK60A-T5', 'ZK60A', 'T5'], ['ZK60', 'ZK60A'], ['ZK40A', 'ZK40A'], ['M1A', 'M1A'],
  // GB/T 5153-2016 wrought grades and their old MB names (Annex A)
  ['AZ40M', 'AZ40M'], ['MB2', 'AZ40M'], ['AZ41M', 'AZ41M'], ['MB3', 'AZ41M'], ['M2M', 'M2M'], ['MB1', 'M2M'], ['ME20M', 'ME20M'], ['MB8', 'ME20M'], ['ME20M-O', 'ME20M', 'O'],
  ['AZ61M', 'AZ61M'], ['MB5', 'AZ61M'], ['AZ80M', 'AZ80M'], ['MB7', 'AZ80M'], ['ZK61M', 'ZK61M'], ['MB15', 'ZK61M'], ['ZK61M-T5', 'ZK61M', 'T5'], ['AZ31S', 'AZ31S'], ['ZK61S', 'ZK61S'],
  // not catalogue grades
  ['AZ91X', null], ['XYZ123', null], ['Mg9995C', null],
];

/** Near twins: each pair names two different grades (the codes each resolves to), never one the other. */
const NEAR_TWINS: readonly (readonly [string, string, string, string])[] = [
  ['AZ91D', 'AZ91D', 'AZ91C', 'AZ91C'], ['AZ91D', 'AZ91D', 'AZ91E', 'AZ91E'], ['AZ91C', 'AZ91C', 'AZ91E', 'AZ91E'], ['AZ91D', 'AZ91D', 'AZ91B', 'AZ91B'],
  ['AM60B', 'AM60B', 'AM60A', 'AM60A'], ['Mg9995A', 'Mg9995A', 'Mg9995B', 'Mg9995B'], ['ZK61M', 'ZK61M', 'ZK60A', 'ZK60A'], ['ZK61M', 'ZK61M', 'ZK61A', 'ZK61A'],
  ['ZK61M', 'ZK61M', 'ZK61S', 'ZK61S'], ['AZ61M', 'AZ61M', 'AZ61A', 'AZ61A'], ['AZ80M', 'AZ80M', 'AZ80A', 'AZ80A'], ['AZ31B', 'AZ31B', 'AZ31C', 'AZ31C'],
  ['AZ31B', 'AZ31B', 'AZ31S', 'AZ31S'], ['ZM5', 'ZMgAl8Zn', 'AZ81A', 'AZ81A'], ['9995A', '9995A', 'Mg9995A', 'Mg9995A'], ['9990A', '9990A', 'Mg9990', 'Mg99.90'],
  ['ME20M', 'ME20M', 'M2M', 'M2M'], ['AZ40M', 'AZ40M', 'AZ41M', 'AZ41M'],
];

describe('the designation parser', () => {
  it('holds at least 80 designations of the standards', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(80);
  });

  it.each(TABLE.map(([typed, grade, temper]) => ({ typed, grade, temper: temper ?? null })))('$typed → $grade $temper', ({ typed, grade, temper }) => {
    const reading = Catalog.readDesignation(typed);
    expect([reading.grade?.code ?? null, reading.temper]).toEqual([grade, temper]);
  });

  it.each(NEAR_TWINS)('keeps %s (%s) and %s (%s) apart', (one, oneCode, other, otherCode) => {
    expect([Catalog.resolveGrade(one)?.code, Catalog.resolveGrade(other)?.code]).toEqual([oneCode, otherCode]);
  });

  it('splits a temper off only after a separator, and only a real temper', () => {
    expect(parseDesignation('AM60B-F')).toMatchObject({ grade: 'AM60B', temper: 'F' });
    expect(parseDesignation('EN-MC21120')).toMatchObject({ grade: 'EN-MC21120', temper: null });
    expect(parseDesignation('AZ31B-H24')).toMatchObject({ grade: 'AZ31B', temper: 'H24' });
    expect(parseDesignation('AZ91 D')).toMatchObject({ key: 'AZ91D', temper: null });
    expect(parseDesignation('AM60B—F')).toMatchObject({ grade: 'AM60B', temper: 'F' });
  });

  it('says how a name was read', () => {
    expect(Catalog.readDesignation('MDC1D').note).toBe('MDC1D is AZ91D in JIS H 5303');
    expect(Catalog.readDesignation('MB15').note).toBe('MB15 is ZK61M in GB/T 5153 (old name)');
    expect(Catalog.readDesignation('AZ91').note).toMatch(/^"AZ91" is read as AZ91D/);
    expect(Catalog.readDesignation('AM60B-F').note).toBe('temper F written with the grade');
    expect(Catalog.readDesignation('Mg99.95')).toMatchObject({ grade: { code: 'Mg99.95', status: 'RETIRED' }, note: expect.stringMatching(/Mg9995A and Mg9995B/) });
    expect(Catalog.readDesignation('ZK61M').note).toBeNull();
    expect(Catalog.readDesignation('Mg99.95A').note).toBeNull();
    expect(Catalog.readDesignation('Unobtainium 7').note).toMatch(/not in the catalogue/);
  });
});
