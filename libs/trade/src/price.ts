/**
 * Prices as the magnesium trade quotes them — a currency, a unit, VAT included or not, an Incoterm with its
 * named place, payment terms — and what one is worth in the unit the domestic market compares in: CNY per
 * tonne including VAT (the basis of the published Mg99.90 ex-works price). Facts: shared/design/domain-trade.md.
 */
export type Currency = 'CNY' | 'USD' | 'EUR';
export type TaxBasis = 'VAT_INCLUDED' | 'VAT_EXCLUDED';
export type Incoterm = 'EXW' | 'FCA' | 'FOB' | 'CFR' | 'CIF' | 'DAP' | 'DDP';
export type PaymentTerms = 'CASH_TT' | 'BANK_ACCEPTANCE' | 'LETTER_OF_CREDIT' | 'OPEN_ACCOUNT';
export type PriceUnit = 'PER_TONNE' | 'PER_KG' | 'PER_PIECE';

export interface Price {
  readonly amount: number;
  readonly currency: Currency;
  readonly unit: PriceUnit;
  readonly taxBasis: TaxBasis;
  readonly incoterm: Incoterm;
  /** The Incoterm's named place: "Fugu works", "Tianjin port". */
  readonly place: string | null;
  readonly paymentTerms: PaymentTerms | null;
}

/** China's VAT on goods: 13 % since 1 April 2019 (MOF/STA/GACC announcement 2019 No. 39). */
export const CHINA_VAT_RATE = 0.13;

/** CNY per unit of a currency on a day, as the association records it. */
export interface ExchangeRate {
  readonly currency: Currency;
  readonly cnyPerUnit: number;
  /** YYYY-MM-DD */
  readonly date: string;
}

/** A point of a reference price series, already in CNY/t including VAT (e.g. Mg99.90 ex-works Fugu). */
export interface ReferencePoint {
  readonly series: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly cnyPerTonneVatIncluded: number;
}

/** A price in CNY/t including VAT, and every assumption made to get there, in words. */
export type Conversion = { readonly cnyPerTonneVatIncluded: number; readonly assumed: readonly string[] } | { readonly unconvertible: string };

/**
 * The price in CNY/t including VAT: the currency at the latest recorded rate, a kilogram price times 1,000,
 * 13 % VAT added to a price without it. Delivery terms and payment terms are taken as they are, and said so
 * (an FOB price includes inland freight an EXW price does not; a bank acceptance price is typically a few
 * hundred CNY/t dearer than cash). A price per piece, or in a currency without a recorded rate, is not
 * converted: why is said instead.
 */
export function toCnyPerTonneVatIncluded(price: Price, rates: readonly ExchangeRate[]): Conversion {
  if (price.unit === 'PER_PIECE') return { unconvertible: 'a price per piece has no per-tonne equivalent' };
  const assumed: string[] = [];
  let value = price.amount * (price.unit === 'PER_KG' ? 1_000 : 1);
  if (price.currency !== 'CNY') {
    const rate = latestRate(rates, price.currency);
    if (!rate) return { unconvertible: `no ${price.currency} exchange rate is recorded` };
    value *= rate.cnyPerUnit;
    assumed.push(`${price.currency} at ${rate.cnyPerUnit} CNY on ${rate.date}`);
  }
  if (price.taxBasis === 'VAT_EXCLUDED') {
    value *= 1 + CHINA_VAT_RATE;
    assumed.push(`${CHINA_VAT_RATE * 100} % VAT added`);
  }
  if (price.incoterm !== 'EXW') assumed.push(`${terms(price)} taken as is: delivery costs not adjusted`);
  if (price.paymentTerms === 'BANK_ACCEPTANCE') assumed.push('bank acceptance terms taken as cash');
  return { cnyPerTonneVatIncluded: Math.round(value), assumed };
}

/** How far from its reference a price may be before it is flagged: beyond it, a unit or currency was likely mistyped. */
export const PLAUSIBLE_DEVIATION_PCT = 50;

export interface PriceCheck {
  readonly cnyPerTonneVatIncluded: number | null;
  readonly referenceSeries: string | null;
  readonly referenceDate: string | null;
  readonly deviationPct: number | null;
  /** False when the price lies more than PLAUSIBLE_DEVIATION_PCT from its reference. */
  readonly plausible: boolean;
  /** In plain words: "USD 2,300/t FOB Tianjin ≈ CNY 18,713/t incl. VAT (…); +12 % vs Mg99.90 ex-works (2026-11-27)". */
  readonly note: string;
}

/** The price converted where it can be, compared with the reference of the same material where there is one. */
export function checkPrice(price: Price, rates: readonly ExchangeRate[], reference: ReferencePoint | null): PriceCheck {
  const conversion = toCnyPerTonneVatIncluded(price, rates);
  const stated = `${price.currency} ${formatted(price.amount)}${UNIT_WORDS[price.unit]} ${terms(price)}`;
  if ('unconvertible' in conversion) {
    return { cnyPerTonneVatIncluded: null, referenceSeries: null, referenceDate: null, deviationPct: null, plausible: true, note: `${stated}: not compared, ${conversion.unconvertible}` };
  }
  const converted = conversion.cnyPerTonneVatIncluded;
  const assumptions = conversion.assumed.length ? ` (${conversion.assumed.join('; ')})` : '';
  const inCny = price.currency === 'CNY' && price.unit === 'PER_TONNE' && price.taxBasis === 'VAT_INCLUDED' ? `${stated}${assumptions}` : `${stated} ≈ CNY ${formatted(converted)}/t incl. VAT${assumptions}`;
  if (!reference) {
    return { cnyPerTonneVatIncluded: converted, referenceSeries: null, referenceDate: null, deviationPct: null, plausible: true, note: `${inCny}; no reference price for this material` };
  }
  const deviationPct = Math.round(((converted - reference.cnyPerTonneVatIncluded) / reference.cnyPerTonneVatIncluded) * 100);
  const plausible = Math.abs(deviationPct) <= PLAUSIBLE_DEVIATION_PCT;
  const against = `${deviationPct >= 0 ? '+' : ''}${deviationPct} % vs ${reference.series} (${reference.date})`;
  const flag = plausible ? '' : `: implausible, check the currency, unit and VAT basis`;
  return { cnyPerTonneVatIncluded: converted, referenceSeries: reference.series, referenceDate: reference.date, deviationPct, plausible, note: `${inCny}; ${against}${flag}` };
}

const UNIT_WORDS: Record<PriceUnit, string> = { PER_TONNE: '/t', PER_KG: '/kg', PER_PIECE: ' per piece' };

const terms = (price: Price) => [price.incoterm, price.place].filter(Boolean).join(' ');

const formatted = (amount: number) => amount.toLocaleString('en-US', { maximumFractionDigits: 2 });

function latestRate(rates: readonly ExchangeRate[], currency: Currency): ExchangeRate | undefined {
  return rates.filter((rate) => rate.currency === currency).reduce<ExchangeRate | undefined>((latest, rate) => (!latest || rate.date > latest.date ? rate : latest), undefined);
}
