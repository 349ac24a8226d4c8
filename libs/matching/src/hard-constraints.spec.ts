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
    expect(failures({ elongationPct: { min: 6, typical: 10, basis: 'SPEC_MINIMUM', condition: 'wall 2.5–4 mm' } })).toEqual(['elongationPct 6 < 8']);
    expect(failures({ elongationPct: { min: 8, basis: 'TESTED' }, testStandard: 'GB/T 228.1' })).toEqual([]);
  });

  it("use a typical value where nothing is guaranteed, and the grade's typical value where the card is silent", () => {
    expect(failures({ elongationPct: { min: 6, typical: 10, basis: 'TYPICAL' } })).toEqual([]);
    expect(failures({ elongationPct: { typical: 7, basis: 'TYPICAL' } })).toEqual(['elongationPct 7 < 8']);
    // AM60B's typical elongation in the catalogue is 6 %.
    expect(failures({})).toEqual(['elongationPct 6 < 8']);
  });
});
