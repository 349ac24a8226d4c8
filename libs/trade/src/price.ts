import { DomainError, DomainErrorCode } from '@magmatch/core';

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
  return { cnyPerTonneVatIncluded: value === price.amount ? value : Math.round(value), assumed };
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
  const stated = priceWords(price);
  if ('unconvertible' in conversion) {
    return { cnyPerTonneVatIncluded: null, referenceSeries: null, referenceDate: null, deviationPct: null, plausible: true, note: `${stated}: not compared, ${conversion.unconvertible}` };
  }
  const converted = conversion.cnyPerTonneVatIncluded;
  const assumptions = conversion.assumed.length ? ` (${conversion.assumed.join('; ')})` : '';
  const inCny = price.currency === 'CNY' && price.unit === 'PER_TONNE' && price.taxBasis === 'VAT_INCLUDED' ? `${stated}${assumptions}` : `${stated} ≈ ${cnyPerTonneWords(converted)}${assumptions}`;
  if (!reference) {
    return { cnyPerTonneVatIncluded: converted, referenceSeries: null, referenceDate: null, deviationPct: null, plausible: true, note: `${inCny}; no reference price for this material` };
  }
  const deviationPct = Math.round(((converted - reference.cnyPerTonneVatIncluded) / reference.cnyPerTonneVatIncluded) * 100);
  const plausible = Math.abs(deviationPct) <= PLAUSIBLE_DEVIATION_PCT;
  const against = `${deviationPct >= 0 ? '+' : ''}${deviationPct} % vs ${reference.series} (${reference.date})`;
  const flag = plausible ? '' : `: implausible, check the currency, unit and VAT basis`;
  return { cnyPerTonneVatIncluded: converted, referenceSeries: reference.series, referenceDate: reference.date, deviationPct, plausible, note: `${inCny}; ${against}${flag}` };
}

/** A price as the trade writes it: "USD 2,300/t FOB Tianjin port". */
export const priceWords = (price: Price) => `${price.currency} ${formatted(price.amount)}${UNIT_WORDS[price.unit]} ${terms(price)}`;

/** A CNY/t amount in words: "CNY 18,713/t incl. VAT". */
export const cnyPerTonneWords = (amount: number) => `CNY ${formatted(amount)}/t incl. VAT`;

const UNIT_WORDS: Record<PriceUnit, string> = { PER_TONNE: '/t', PER_KG: '/kg', PER_PIECE: ' per piece' };

const terms = (price: Price) => [price.incoterm, price.place].filter(Boolean).join(' ');

const formatted = (amount: number) => amount.toLocaleString('en-US', { maximumFractionDigits: 2 });

function latestRate(rates: readonly ExchangeRate[], currency: Currency): ExchangeRate | undefined {
  return rates.filter((rate) => rate.currency === currency).reduce<ExchangeRate | undefined>((latest, rate) => (!latest || rate.date > latest.date ? rate : latest), undefined);
}

/** The largest amount a price may state, per unit: a guard against a misplaced decimal point, not a market view. */
const MAX_AMOUNT: Record<PriceUnit, number> = { PER_TONNE: 10_000_000, PER_KG: 10_000, PER_PIECE: 10_000_000 };

const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);

/**
 * A price as stored: its place trimmed; BAD_USER_INPUT naming `amountField` (by default `field.amount`) for a
 * negative amount or one beyond what its unit allows. Zero is a price: reduction slag is often given away.
 */
export function checkedPrice(price: PriceDraft, field: string, amountField = `${field}.amount`): Price {
  const max = MAX_AMOUNT[price.unit];
  if (!(price.amount >= 0) || price.amount > max) {
    throw invalid(amountField, `${amountField} must be from 0 to ${formatted(max)} ${price.currency}${UNIT_WORDS[price.unit]}, got ${price.amount}`);
  }
  return { ...price, place: price.place?.trim() || null, paymentTerms: price.paymentTerms ?? null };
}

/** A price band (from – to): both on one basis, the lower first; `amountFields` as for `checkedPrice`. */
export function checkedPriceBand(
  from: PriceDraft | null,
  to: PriceDraft | null,
  fields: readonly [string, string],
  amountFields: readonly [string, string] = [`${fields[0]}.amount`, `${fields[1]}.amount`],
): [Price | null, Price | null] {
  const [low, high] = [from && checkedPrice(from, fields[0], amountFields[0]), to && checkedPrice(to, fields[1], amountFields[1])];
  if (low && high) {
    const differing = (['currency', 'unit', 'taxBasis', 'incoterm', 'place', 'paymentTerms'] as const).filter((key) => low[key] !== high[key]);
    if (differing.length) throw invalid(fields[1], `${fields[1]} must be on the basis of ${fields[0]}: its ${differing.join(', ')} differ`);
    if (low.amount > high.amount) throw invalid(fields[1], `${fields[1]} must not be below ${fields[0]}`);
  }
  return [low, high];
}

/** A price as a client sends it: place and payment terms may be left out. */
export type PriceDraft = Omit<Price, 'place' | 'paymentTerms'> & { readonly place?: string | null; readonly paymentTerms?: PaymentTerms | null };

/**
 * The basis a price stated as a bare CNY/t number is taken to have (prices before they carried a basis, and the
 * older `…CnyPerTonne` fields): CNY per tonne, VAT included, EXW at `place` (the supplier's city).
 */
export function assumedCnyPrice(amount: number, place: string | null): Price {
  return { amount, currency: 'CNY', unit: 'PER_TONNE', taxBasis: 'VAT_INCLUDED', incoterm: 'EXW', place, paymentTerms: null };
}

/** What a record whose price basis was assumed says until its owner confirms it. */
export const assumedBasisNote = (price: Price) =>
  `price basis assumed, not confirmed by its owner: CNY per tonne, VAT included, EXW ${price.place ?? "at the supplier's works"}`;

/** The latest value of a reference series, with the grade and product form it prices. */
export interface SeriesValue {
  readonly series: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly price: Price;
  readonly grade: string;
  readonly form: string;
}

/**
 * Prices read against one reading of the reference data: the exchange rates and the latest value of each
 * reference series. Build one per request or job, not per price.
 */
export class PriceBook {
  private readonly references = new Map<string, SeriesValue[]>();

  constructor(
    private readonly rates: readonly ExchangeRate[],
    latest: readonly SeriesValue[],
  ) {
    for (const value of [...latest].sort((a, b) => b.date.localeCompare(a.date) || a.series.localeCompare(b.series))) {
      const key = `${value.grade}|${value.form}`;
      this.references.set(key, [...(this.references.get(key) ?? []), value]);
    }
  }

  convert(price: Price): Conversion {
    return toCnyPerTonneVatIncluded(price, this.rates);
  }

  /** CNY/t including VAT, or null where the price cannot be converted. */
  cnyPerTonne(price: Price | null): number | null {
    if (!price) return null;
    const conversion = this.convert(price);
    return 'unconvertible' in conversion ? null : conversion.cnyPerTonneVatIncluded;
  }

  /**
   * The price checked against the reference of `grade` in `form` — the newest series on the price's Incoterm,
   * else the newest of any — and none without such a series (a die casting is not compared with the ingot it
   * is cast from).
   */
  check(price: Price, grade: string | null, form: string): PriceCheck {
    return checkPrice(price, this.rates, this.reference(price, grade, form));
  }

  private reference(price: Price, grade: string | null, form: string): ReferencePoint | null {
    const series = grade ? (this.references.get(`${grade}|${form}`) ?? []) : [];
    const chosen = series.find((value) => value.price.incoterm === price.incoterm) ?? series[0];
    const value = chosen && this.cnyPerTonne(chosen.price);
    return chosen && value ? { series: chosen.series, date: chosen.date, cnyPerTonneVatIncluded: value } : null;
  }
}
