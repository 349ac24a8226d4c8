import { describe, expect, it } from '@jest/globals';
import { Catalog } from './catalog.js';

describe('Catalog', () => {
  it.each(['AZ91D', 'az91', 'AZ91-D', 'AZ 91D', 'MgAl9Zn1', 'MgAl9Zn1(A)', 'EN-MC21120', 'UNS M11916', 'M11916'])(
    'resolves %s to AZ91D',
    (typed) => expect(Catalog.resolveGrade(typed)?.code).toBe('AZ91D'),
  );

  it('keeps neighbouring grades apart', () => {
    expect(Catalog.resolveGrade('AZ91E')).toBeUndefined();
    expect(Catalog.resolveGrade('AM50')?.code).toBe('AM50A');
    expect(Catalog.resolveGrade('MB15')?.code).toBe('ZK60A');
  });

  it('gives no two grades the same designation', () => {
    const names = Catalog.grades.flatMap((grade) => [grade.code, ...grade.designations].map((name) => name.toUpperCase()));
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists only known grades and certifications in scenario templates', () => {
    for (const scenario of Catalog.scenarios) {
      for (const grade of scenario.usualGrades) expect(Catalog.resolveGrade(grade)?.code).toBe(grade);
      for (const code of scenario.usualCertifications) expect(Catalog.certification(code)?.code).toBe(code);
    }
  });
});
