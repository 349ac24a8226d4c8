/**
 * How a program pays, as the state writes it (domain-trade.md, "First-batch catalogue and the national
 * insurance-compensation mechanism"): a share of the purchase, a share of an insurance premium, an amount per
 * tonne, or a fixed reward — to the buyer or to the supplier — each estimate with its arithmetic in words.
 */
export enum SubsidyModel {
  /** A share of the purchase amount (provincial first-purchase programs). */
  PERCENT_OF_PURCHASE = 'PERCENT_OF_PURCHASE',
  /**
   * A share of the premium of the quality and liability insurance the producer buys for the user (the national
   * first-batch insurance compensation, 工信部联原〔2017〕222号: 80 % of the premium, the premium rate counted at
   * most 3 %, the liability limit counted at most 5 × the contract amount, at most 3 policy years).
   */
  INSURANCE_PREMIUM = 'INSURANCE_PREMIUM',
  /** An amount per tonne bought (city rewards for local use). */
  PER_TONNE = 'PER_TONNE',
  /** A fixed reward per qualifying purchase. */
  FIXED_AMOUNT = 'FIXED_AMOUNT',
}

export enum Beneficiary {
  BUYER = 'BUYER',
  SUPPLIER = 'SUPPLIER',
}

/** A program's payment terms; each model reads its own parameters, the caps apply to all. */
export interface SubsidyTerms {
  readonly subsidyModel: SubsidyModel;
  readonly beneficiary: Beneficiary;
  /** PERCENT_OF_PURCHASE: percent of the amount. */
  readonly subsidyPct: number | null;
  /** INSURANCE_PREMIUM: percent of the premium counted, e.g. 80. */
  readonly premiumSharePct: number | null;
  /** INSURANCE_PREMIUM: the premium rate counted at most, percent of the liability limit counted, e.g. 3. */
  readonly maxPremiumRatePct: number | null;
  /** INSURANCE_PREMIUM: the liability limit counted at most, as a multiple of the contract amount, e.g. 5. */
  readonly maxLiabilityMultiple: number | null;
  /** INSURANCE_PREMIUM: how many policy years may be claimed, e.g. 3. */
  readonly maxYears: number | null;
  /** PER_TONNE: CNY per tonne bought. */
  readonly subsidyPerTonneCny: number | null;
  /** FIXED_AMOUNT: CNY per qualifying purchase. */
  readonly fixedAmountCny: number | null;
  /** The most one purchase (or one policy year) can get. */
  readonly capPerPurchaseCny: number;
  /** The most one beneficiary can get from the program in a calendar year; null: no such cap. */
  readonly annualCapCny: number | null;
}

/** An insurance policy the insured producer recorded for a purchase: one policy year. */
export interface PolicyTerms {
  readonly policyNumber: string;
  readonly premiumCny: number;
  readonly liabilityLimitCny: number;
}

/** What the arithmetic needs of a purchase. */
export interface PurchaseFigures {
  readonly amountCny: number;
  readonly quantityTonnes: number;
}

export interface SubsidyEstimate {
  /** CNY, rounded to the fen. */
  readonly amountCny: number;
  /** The arithmetic in words, caps included. */
  readonly explanation: string;
}

const cny = (amount: number) => `CNY ${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
const fen = (amount: number) => Math.round(amount * 100) / 100;

/**
 * What a purchase would get: the model's amount, then the cap per purchase, then what is left of the
 * beneficiary's annual cap after `grantedThisYearCny`. INSURANCE_PREMIUM without a recorded `policy` is
 * estimated at the highest premium counted on a liability limit of the contract amount, and says so.
 */
export function estimateSubsidy(terms: SubsidyTerms, purchase: PurchaseFigures, policy: PolicyTerms | null, grantedThisYearCny = 0): SubsidyEstimate {
  const base = MODEL_ARITHMETIC[terms.subsidyModel](terms, purchase, policy);
  const steps = [base.explanation];
  let amount = fen(base.amountCny);
  if (amount > terms.capPerPurchaseCny) {
    amount = terms.capPerPurchaseCny;
    steps.push(`capped at ${cny(amount)} per ${terms.subsidyModel === SubsidyModel.INSURANCE_PREMIUM ? 'policy year' : 'purchase'}`);
  }
  if (terms.annualCapCny != null) {
    const left = Math.max(0, fen(terms.annualCapCny - grantedThisYearCny));
    if (amount > left) {
      amount = left;
      steps.push(`limited by the annual cap of ${cny(terms.annualCapCny)} per ${terms.beneficiary.toLowerCase()}, partly granted on other purchases this year`);
    }
  }
  return { amountCny: amount, explanation: `${steps.join('; ')}; paid to the ${terms.beneficiary.toLowerCase()}` };
}

type Arithmetic = (terms: SubsidyTerms, purchase: PurchaseFigures, policy: PolicyTerms | null) => { amountCny: number; explanation: string };

const MODEL_ARITHMETIC: Record<SubsidyModel, Arithmetic> = {
  PERCENT_OF_PURCHASE: ({ subsidyPct }, { amountCny }) => {
    const pct = subsidyPct ?? 0;
    const amount = (amountCny * pct) / 100;
    return { amountCny: amount, explanation: `${pct} % of the purchase of ${cny(amountCny)} = ${cny(fen(amount))}` };
  },
  INSURANCE_PREMIUM: ({ premiumSharePct, maxPremiumRatePct, maxLiabilityMultiple }, { amountCny }, policy) => {
    const share = premiumSharePct ?? 0;
    const maxRate = maxPremiumRatePct ?? 0;
    const maxLimit = maxLiabilityMultiple == null ? Infinity : maxLiabilityMultiple * amountCny;
    if (!policy) {
      const premium = (maxRate / 100) * amountCny;
      const amount = (share / 100) * premium;
      return {
        amountCny: amount,
        explanation:
          `no policy recorded yet: estimated on a liability limit of the contract amount ${cny(amountCny)} at the highest premium rate counted, ${maxRate} % = ` +
          `a premium of ${cny(fen(premium))}; ${share} % of it = ${cny(fen(amount))} (the insured producer records the policy for the exact figure)`,
      };
    }
    const limit = Math.min(policy.liabilityLimitCny, maxLimit);
    const limitWords =
      limit < policy.liabilityLimitCny
        ? `liability limit counted ${cny(fen(limit))} (the policy's ${cny(policy.liabilityLimitCny)}, at most ${maxLiabilityMultiple} × the contract amount ${cny(amountCny)})`
        : `liability limit counted ${cny(limit)}`;
    const premium = Math.min(policy.premiumCny, (maxRate / 100) * limit);
    const premiumWords =
      premium < policy.premiumCny
        ? `premium counted ${cny(fen(premium))} (the policy's ${cny(policy.premiumCny)}, at most ${maxRate} % of the limit counted)`
        : `premium counted ${cny(premium)}`;
    const amount = (share / 100) * premium;
    return { amountCny: amount, explanation: `policy ${policy.policyNumber}: ${limitWords}; ${premiumWords}; ${share} % of it = ${cny(fen(amount))}` };
  },
  PER_TONNE: ({ subsidyPerTonneCny }, { quantityTonnes }) => {
    const perTonne = subsidyPerTonneCny ?? 0;
    const amount = perTonne * quantityTonnes;
    return { amountCny: amount, explanation: `${cny(perTonne)} per tonne × ${quantityTonnes} t = ${cny(fen(amount))}` };
  },
  FIXED_AMOUNT: ({ fixedAmountCny }) => {
    const amount = fixedAmountCny ?? 0;
    return { amountCny: amount, explanation: `a fixed reward of ${cny(amount)} per qualifying purchase` };
  },
};

/** What a program pays, and to whom, in a few words of each language: for announcements. */
export function paymentWords(terms: SubsidyTerms): { readonly zh: string; readonly en: string } {
  const to = { zh: terms.beneficiary === Beneficiary.BUYER ? '采购方' : '供应方', en: terms.beneficiary.toLowerCase() };
  const amount = (value: number | null) => (value ?? 0).toLocaleString('en-US', { maximumFractionDigits: 2 });
  switch (terms.subsidyModel) {
    case SubsidyModel.PERCENT_OF_PURCHASE:
      return { zh: `向${to.zh}补贴采购金额的 ${terms.subsidyPct}%`, en: `${terms.subsidyPct} % of the purchase, to the ${to.en}` };
    case SubsidyModel.INSURANCE_PREMIUM:
      return { zh: `向${to.zh}补偿首批次应用保险保费的 ${terms.premiumSharePct}%`, en: `${terms.premiumSharePct} % of the first-batch insurance premium, to the ${to.en}` };
    case SubsidyModel.PER_TONNE:
      return { zh: `向${to.zh}每吨补贴 ${amount(terms.subsidyPerTonneCny)} 元`, en: `CNY ${amount(terms.subsidyPerTonneCny)} per tonne, to the ${to.en}` };
    case SubsidyModel.FIXED_AMOUNT:
      return { zh: `向${to.zh}每笔奖励 ${amount(terms.fixedAmountCny)} 元`, en: `CNY ${amount(terms.fixedAmountCny)} per purchase, to the ${to.en}` };
  }
}
