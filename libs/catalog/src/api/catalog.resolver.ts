import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@magmatch/core';
import { Catalog } from '../catalog.js';
import { TEMPERS } from '../data/reference.js';
import type { GradeStatus as GradeStatusValue, MaterialClass as MaterialClassValue } from '../data/grades.js';
import { AlloyGrade, Certification, GradeStatus, MaterialClass, ResolvedDesignation, Scenario, toAlloyGrade } from './catalog.models.js';

/** The reference catalogue, readable by anyone. */
@Resolver()
export class CatalogResolver {
  @Public()
  @Query(() => [AlloyGrade])
  alloyGrades(): AlloyGrade[] {
    return Catalog.grades.map(toAlloyGrade);
  }

  @Public()
  @Query(() => AlloyGrade, { nullable: true, description: 'The grade a typed name means: "az91", "EN-MC21120" → AZ91D.' })
  resolveGrade(@Args('name') name: string): AlloyGrade | null {
    const grade = Catalog.resolveGrade(name);
    return grade ? toAlloyGrade(grade) : null;
  }

  @Public()
  @Query(() => ResolvedDesignation, {
    description: 'How a designation as typed is read: "AM60B-F" → AM60B + temper F; "MDC1D" → AZ91D (JIS H 5303); full-width and Chinese punctuation allowed.',
  })
  resolveDesignation(@Args('text') text: string): ResolvedDesignation {
    const reading = Catalog.readDesignation(text);
    return { ...reading, grade: reading.grade ? toAlloyGrade(reading.grade) : null };
  }

  @Public()
  @Query(() => [AlloyGrade], { description: 'The grades of the catalogue, of one material class and status if given.' })
  grades(
    @Args('materialClass', { type: () => MaterialClass, nullable: true }) materialClass?: MaterialClassValue,
    @Args('status', { type: () => GradeStatus, nullable: true }) status?: GradeStatusValue,
  ): AlloyGrade[] {
    return Catalog.gradesWhere({ materialClass, status }).map(toAlloyGrade);
  }

  @Public()
  @Query(() => [Scenario])
  scenarios(): Scenario[] {
    return Catalog.scenarios.map((s) => ({ ...s, usualGrades: [...s.usualGrades], usualCertifications: [...s.usualCertifications] }));
  }

  @Public()
  @Query(() => [String], { description: 'Temper designations (ASTM B296): F, O, H24, T5, T6…' })
  tempers(): string[] {
    return [...TEMPERS];
  }

  @Public()
  @Query(() => [Certification])
  certifications(): Certification[] {
    return [...Catalog.certifications];
  }
}
