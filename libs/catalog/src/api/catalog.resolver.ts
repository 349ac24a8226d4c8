import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@magmatch/core';
import { Catalog } from '../catalog.js';
import { TEMPERS } from '../data/reference.js';
import { AlloyGrade, Certification, Scenario, toAlloyGrade } from './catalog.models.js';

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
