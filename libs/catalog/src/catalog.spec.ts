import { describe, expect, it } from '@jest/globals';
import { Catalog, gradeKey, typicalFallsShort } from './catalog.js';

describe('Catalog', () => {
  it('gives no two grades the same name, in any standard', () => {
    const names = Catalog.grades.flatMap((grade) => [grade.code, ...grade.designations].map(gradeKey).filter((key, index, all) => all.indexOf(key) === index));
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('names a source for every composition it lists', () => {
    for (const grade of Catalog.grades) {
      if (grade.composition.length > 0) expect([grade.code, grade.compositionSource]).toEqual([grade.code, expect.any(String)]);
      for (const limit of grade.composition) expect(limit.minPct ?? 0).toBeLessThanOrEqual(limit.maxPct ?? 100);
    }
  });

  it('covers the standards of the trade', () => {
    const standards = new Set(Catalog.grades.flatMap((grade) => grade.standards));
    for (const standard of ['GB/T 3499', 'ASTM B92', 'GB/T 19078', 'ASTM B93', 'ASTM B94', 'ASTM B80', 'GB/T 1177', 'GB/T 5153', 'ASTM B90', 'ASTM B91', 'ASTM B107', 'EN 1753', 'JIS H 5303']) {
      expect([standard, standards.has(standard)]).toEqual([standard, true]);
    }
  });

  it('lists only known, current grades and known certifications in scenario templates', () => {
    for (const scenario of Catalog.scenarios) {
      for (const grade of scenario.usualGrades) expect(Catalog.resolveGrade(grade)).toMatchObject({ code: grade, status: 'STANDARD' });
      for (const code of scenario.usualCertifications) expect(Catalog.certification(code)?.code).toBe(code);
    }
  });

  it("holds every template's minimums against its usual grades' typical values, and names each grade it excludes", () => {
    for (const scenario of Catalog.scenarios) {
      const below = scenario.usualGrades.filter((code) => typicalFallsShort(Catalog.resolveGrade(code)!, scenario));
      expect([scenario.code, scenario.excludes.map(({ grade }) => grade)]).toEqual([scenario.code, below]);
      // The reason states the grade's own typical value.
      for (const { grade, because } of scenario.excludes) {
        const { typical } = Catalog.resolveGrade(grade)!;
        expect([grade, because]).toEqual([grade, expect.stringMatching(new RegExp(`typical (tensile strength ${typical.tensileStrengthMpa} MPa|elongation ${typical.elongationPct} %)`))]);
      }
    }
  });
});
