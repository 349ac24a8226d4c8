import { describe, expect, it } from '@jest/globals';
import { checkedCard, type CardDraft } from '@magmatch/catalog';
import type { ListingEntity } from '@magmatch/listings';
import type { RequirementEntity } from '@magmatch/requirements';
import { hardConstraintFailures } from './hard-constraints.js';

const requirement = {
  buyerId: 'buyer',
  materialClass: 'ALLOY',
  acceptableGrades: ['AM60B'],
  scrapClasses: [],
  form: 'DIE_CASTING',
  minTensileStrengthMpa: null,
  minYieldStrengthMpa: null,
  minElongationPct: 8,
  composition: [],
  quantityTonnesPerMonth: 10,
  requiredCertifications: [],
  neededBy: null,
  scenario: null,
  templateConstraints: [],
} as unknown as RequirementEntity;

const listingWith = (card: CardDraft) =>
  ({
    state: 'PUBLISHED',
    supplierId: 'seller',
    materialClass: 'ALLOY',
    grade: 'AM60B',
    form: 'DIE_CASTING',
    scrap: null,
    composition: [],
    card: checkedCard(card, 'card'),
    monthlyCapacityTonnes: 100,
    certifications: [],
  }) as unknown as ListingEntity;

const failures = (card: CardDraft) => hardConstraintFailures(requirement, listingWith(card), [], '2026-12-06');

describe('property minimums against ranges', () => {
  it('hold a guaranteed range at its minimum, even when its typical value would pass', () => {
    expect(failures({ elongationPct: { min: 6, typical: 10, basis: 'SPEC_MINIMUM', condition: 'wall 2.5–4 mm' } })).toEqual(['elongation 6 % (specification minimum) < required 8 %']);
    expect(failures({ elongationPct: { min: 8, basis: 'TESTED' }, testStandard: 'GB/T 228.1' })).toEqual([]);
  });

  it("use a typical value where nothing is guaranteed, and the grade's typical value where the card is silent", () => {
    expect(failures({ elongationPct: { min: 6, typical: 10, basis: 'TYPICAL' } })).toEqual([]);
    expect(failures({ elongationPct: { typical: 7, basis: 'TYPICAL' } })).toEqual(['elongation 7 % (typical) < required 8 %']);
    // AM60B's typical elongation in the catalogue is 6 %.
    expect(failures({})).toEqual(['elongation 6 % (typical of AM60B) < required 8 %']);
  });
});

describe('what a near miss says', () => {
  it('marks a minimum its scenario template set, and names certificates as they are written', () => {
    const templated = { ...requirement, scenario: 'AUTO_SEAT_FRAME', templateConstraints: ['minElongationPct'], requiredCertifications: ['IATF16949'] } as unknown as RequirementEntity;
    const listing = { ...listingWith({ elongationPct: { typical: 6, basis: 'TYPICAL' } }), certifications: ['IATF16949'] } as ListingEntity;
    expect(hardConstraintFailures(templated, listing, [], '2027-03-31')).toEqual([
      'elongation 6 % (typical) < required 8 % (from the seat frame template, not the buyer)',
      'no IATF 16949 certificate valid on 2027-03-31',
    ]);
  });
});
