import { describe, expect, it } from '@jest/globals';
import { Beneficiary, estimateSubsidy, SubsidyModel, type SubsidyTerms } from './subsidy-models.js';

const NONE = {
  subsidyPct: null, premiumSharePct: null, maxPremiumRatePct: null, maxLiabilityMultiple: null, maxYears: null,
  subsidyPerTonneCny: null, fixedAmountCny: null, annualCapCny: null,
} as const;

/** The national first-batch insurance compensation (工信部联原〔2017〕222号): 80 % of the premium, rate ≤ 3 %, limit ≤ 5 × contract, 3 years. */
const NATIONAL_INSURANCE: SubsidyTerms = {
  ...NONE,
  subsidyModel: SubsidyModel.INSURANCE_PREMIUM,
  beneficiary: Beneficiary.SUPPLIER,
  premiumSharePct: 80,
  maxPremiumRatePct: 3,
  maxLiabilityMultiple: 5,
  maxYears: 3,
  capPerPurchaseCny: 10_000_000,
};
const CONTRACT = { amountCny: 6_000_000, quantityTonnes: 120 };

describe('estimateSubsidy', () => {
  it('pays a share of the insurance premium to the producer, not a share of the purchase: CNY 144,000 on a CNY 6 m contract', () => {
    // The failing input of issue 17: entered as "80 % of the purchase, to the buyer", it showed CNY 4.8 m.
    expect(estimateSubsidy(NATIONAL_INSURANCE, CONTRACT, null)).toEqual({
      amountCny: 144_000,
      explanation:
        'no policy recorded yet: estimated on a liability limit of the contract amount CNY 6,000,000 at the highest premium rate counted, 3 % = a premium of CNY 180,000; ' +
        '80 % of it = CNY 144,000 (the insured producer records the policy for the exact figure); paid to the supplier',
    });
  });

  it('counts a recorded policy at most at 5 × the contract amount and 3 % of that limit', () => {
    const generous = { policyNumber: 'PICC-2026-0042', premiumCny: 1_200_000, liabilityLimitCny: 40_000_000 };
    expect(estimateSubsidy(NATIONAL_INSURANCE, CONTRACT, generous)).toEqual({
      amountCny: 720_000,
      explanation:
        "policy PICC-2026-0042: liability limit counted CNY 30,000,000 (the policy's CNY 40,000,000, at most 5 × the contract amount CNY 6,000,000); " +
        "premium counted CNY 900,000 (the policy's CNY 1,200,000, at most 3 % of the limit counted); 80 % of it = CNY 720,000; paid to the supplier",
    });
    const modest = { policyNumber: 'PICC-2026-0043', premiumCny: 96_000, liabilityLimitCny: 6_000_000 };
    expect(estimateSubsidy(NATIONAL_INSURANCE, CONTRACT, modest).amountCny).toBe(76_800);
  });

  it('pays a share of the purchase, capped per purchase', () => {
    const provincial: SubsidyTerms = { ...NONE, subsidyModel: SubsidyModel.PERCENT_OF_PURCHASE, beneficiary: Beneficiary.BUYER, subsidyPct: 20, capPerPurchaseCny: 500_000 };
    expect(estimateSubsidy(provincial, { amountCny: 200_000, quantityTonnes: 5 }, null)).toEqual({
      amountCny: 40_000,
      explanation: '20 % of the purchase of CNY 200,000 = CNY 40,000; paid to the buyer',
    });
    expect(estimateSubsidy(provincial, CONTRACT, null)).toEqual({
      amountCny: 500_000,
      explanation: '20 % of the purchase of CNY 6,000,000 = CNY 1,200,000; capped at CNY 500,000 per purchase; paid to the buyer',
    });
  });

  it('pays per tonne, within what is left of the annual cap of the beneficiary', () => {
    const city: SubsidyTerms = { ...NONE, subsidyModel: SubsidyModel.PER_TONNE, beneficiary: Beneficiary.BUYER, subsidyPerTonneCny: 300, capPerPurchaseCny: 100_000, annualCapCny: 200_000 };
    expect(estimateSubsidy(city, { amountCny: 2_000_000, quantityTonnes: 60 }, null)).toEqual({
      amountCny: 18_000,
      explanation: 'CNY 300 per tonne × 60 t = CNY 18,000; paid to the buyer',
    });
    expect(estimateSubsidy(city, { amountCny: 2_000_000, quantityTonnes: 60 }, null, 190_000)).toEqual({
      amountCny: 10_000,
      explanation: 'CNY 300 per tonne × 60 t = CNY 18,000; limited by the annual cap of CNY 200,000 per buyer, partly granted on other purchases this year; paid to the buyer',
    });
  });

  it('pays a fixed reward', () => {
    const reward: SubsidyTerms = { ...NONE, subsidyModel: SubsidyModel.FIXED_AMOUNT, beneficiary: Beneficiary.SUPPLIER, fixedAmountCny: 50_000, capPerPurchaseCny: 50_000 };
    expect(estimateSubsidy(reward, CONTRACT, null)).toEqual({ amountCny: 50_000, explanation: 'a fixed reward of CNY 50,000 per qualifying purchase; paid to the supplier' });
  });
});
