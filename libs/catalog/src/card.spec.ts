import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@magmatch/core';
import { cardBasis, cardFromSingleValues, checkedCard, constraintValue, heldValue, type CardDraft } from './card.js';

const refusal = (draft: CardDraft) => {
  try {
    checkedCard(draft, 'card');
  } catch (error) {
    if (error instanceof DomainError) return { field: error.field, message: error.message };
    throw error;
  }
  throw new Error('the card was accepted');
};

describe('checkedCard', () => {
  it('keeps a range with its basis and condition, and fills what was left out', () => {
    expect(checkedCard({ tensileStrengthMpa: { min: 220, typical: 255, basis: 'SPEC_MINIMUM', condition: ' sheet 0.5–6 mm ' } }, 'card')).toEqual({
      tensileStrengthMpa: { min: 220, typical: 255, max: null, basis: 'SPEC_MINIMUM', condition: 'sheet 0.5–6 mm' },
      yieldStrengthMpa: null,
      elongationPct: null,
      hardnessHb: null,
      densityGCm3: null,
      testStandard: null,
    });
  });

  it.each([
    { draft: { tensileStrengthMpa: { basis: 'TYPICAL' } }, field: 'card.tensileStrengthMpa', says: 'has no value: give min, typical or max' },
    { draft: { elongationPct: { min: 12, max: 8, basis: 'SPEC_MINIMUM' } }, field: 'card.elongationPct.min', says: 'min 12 % is above max 8 %' },
    { draft: { hardnessHb: { min: 70, typical: 60, basis: 'TYPICAL' } }, field: 'card.hardnessHb.min', says: 'min 70 HB is above typical 60 HB' },
    { draft: { yieldStrengthMpa: { typical: 1500, basis: 'TYPICAL' } }, field: 'card.yieldStrengthMpa.typical', says: 'must be from 0 to 1000 MPa' },
    {
      draft: { tensileStrengthMpa: { min: 200, basis: 'SPEC_MINIMUM' }, yieldStrengthMpa: { min: 210, basis: 'SPEC_MINIMUM' } },
      field: 'card.yieldStrengthMpa',
      says: 'yieldStrengthMpa.min 210 MPa exceeds tensileStrengthMpa.min 200 MPa',
    },
    { draft: { elongationPct: { min: 7, basis: 'TESTED' } }, field: 'card.testStandard', says: 'required when a value\'s basis is TESTED' },
    { draft: { densityGCm3: 7.8 }, field: 'card.densityGCm3', says: 'must be from 1 to 3 g/cm³' },
  ] as const)('refuses $field: $says', ({ draft, field, says }) => {
    const { field: named, message } = refusal(draft as CardDraft);
    expect(named).toBe(field);
    expect(message).toContain(says);
  });
});

describe('the value matching holds', () => {
  it('is the guaranteed minimum where there is one, else the typical value, flagged', () => {
    expect(constraintValue({ min: 6, typical: 10, max: null, basis: 'SPEC_MINIMUM', condition: null })).toEqual({ value: 6, guaranteed: true, basis: 'SPEC_MINIMUM' });
    expect(constraintValue({ min: 6, typical: 10, max: null, basis: 'TYPICAL', condition: null })).toEqual({ value: 10, guaranteed: false, basis: 'TYPICAL' });
    expect(constraintValue({ min: 6, typical: null, max: 12, basis: 'TYPICAL', condition: null })).toEqual({ value: 6, guaranteed: false, basis: 'TYPICAL' });
    expect(constraintValue({ min: null, typical: null, max: 12, basis: 'SPEC_MINIMUM', condition: null })).toBeNull();
  });

  it("falls back on the grade's typical value, never guaranteed", () => {
    const card = checkedCard({}, 'card');
    expect(heldValue(card, 'elongationPct', 10)).toEqual({ value: 10, guaranteed: false, basis: 'TYPICAL', source: 'grade' });
    expect(heldValue(card, 'elongationPct', null)).toBeNull();
  });
});

describe('cards of one value per property (before ranges)', () => {
  it('become typical values or minimums by their basis, and read back the same', () => {
    const typical = checkedCard(cardFromSingleValues({ tensileStrengthMpa: 230, elongationPct: 3 }, 'TYPICAL'), 'card');
    expect(typical.tensileStrengthMpa).toEqual({ min: null, typical: 230, max: null, basis: 'TYPICAL', condition: null });
    expect(cardBasis(typical)).toBe('TYPICAL');
    const tested = checkedCard(cardFromSingleValues({ tensileStrengthMpa: 228 }, 'TESTED', 'GB/T 228.1'), 'card');
    expect(tested.tensileStrengthMpa).toEqual({ min: 228, typical: null, max: null, basis: 'TESTED', condition: null });
    expect(cardBasis(tested)).toBe('TESTED');
    expect(cardBasis(checkedCard(cardFromSingleValues({ elongationPct: 14 }, 'SPEC_MINIMUM'), 'card'))).toBe('SPEC_MINIMUM');
  });
});
