import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Catalog, PUBLIC_READER, type ProductForm } from '@magmatch/catalog';
import { DomainError, DomainErrorCode, type Viewer } from '@magmatch/core';
import { AuditLog } from '@magmatch/moderation';
import { PriceBook, toCnyPerTonneVatIncluded, type Currency, type Price, type ReferencePoint } from '../price.js';
import { ExchangeRateEntity, ReferencePriceEntity } from './reference-data.entities.js';

export interface ReferencePriceDraft {
  readonly series: string;
  /** The grade the series prices, as typed; by default the series' first word ("Mg99.90 ex-works Fugu"). */
  readonly grade?: string | null;
  /** The product form it prices; INGOT by default. */
  readonly form?: ProductForm | null;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly price: Price;
  readonly source: string;
}

const invalid = (field: string, message: string) => new DomainError(DomainErrorCode.InvalidInput, message, field);
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The reference data the association keeps for price checks — exchange rates and reference price series —
 * each value with its date (never in the future) and, for prices, its source. Recording a value for a day that
 * has one replaces it; every write is in the audit log with what it replaced.
 */
@Injectable()
export class ReferenceData {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  /** CNY per unit of `currency` on `date`; refused for CNY itself, a rate not above 0 or above 1,000, a future date. */
  setExchangeRate(moderator: Viewer, currency: Currency, cnyPerUnit: number, date: string): Promise<ExchangeRateEntity> {
    if (currency === 'CNY') throw invalid('currency', 'CNY needs no exchange rate: give USD or EUR');
    if (!(cnyPerUnit > 0 && cnyPerUnit <= 1_000)) throw invalid('cnyPerUnit', `cnyPerUnit must be above 0 and at most 1,000 CNY, got ${cnyPerUnit}`);
    if (date > today()) throw invalid('date', `date ${date} is in the future: record a rate once it is published`);
    return this.replace(moderator, ExchangeRateEntity, { currency, date }, { cnyPerUnit }, 'exchange rate');
  }

  /** A value of a reference series; refused without a series or source, for a price not above 0, per piece, or in the future. */
  recordReferencePrice(moderator: Viewer, draft: ReferencePriceDraft): Promise<ReferencePriceEntity> {
    const series = draft.series.trim();
    const source = draft.source.trim();
    if (!series || series.length > 80) throw invalid('series', 'series must be 1 to 80 characters long, e.g. "Mg99.90 ex-works Fugu"');
    if (!source || source.length > 200) throw invalid('source', 'source must be 1 to 200 characters long: who published the price');
    if (!(draft.price.amount > 0)) throw invalid('price.amount', `price.amount must be above 0, got ${draft.price.amount}`);
    if (draft.price.unit === 'PER_PIECE') throw invalid('price.unit', 'a reference price is per tonne or per kilogram, not per piece');
    if (draft.date > today()) throw invalid('date', `date ${draft.date} is in the future: record a price once it is published`);
    const grade = seriesGrade(series, draft.grade?.trim() || null);
    return this.replace(moderator, ReferencePriceEntity, { series, date: draft.date }, { price: draft.price, source, grade, form: draft.form ?? 'INGOT' }, 'reference price');
  }

  /**
   * The rates and the latest value of every series, for checking many prices at once. A series recorded
   * before series had a grade is taken to price the grade its name starts with.
   */
  async book(): Promise<PriceBook> {
    const [rates, latest] = await Promise.all([
      this.exchangeRates(),
      this.dataSource
        .getRepository(ReferencePriceEntity)
        .createQueryBuilder('reference')
        .distinctOn(['reference.series'])
        .orderBy('reference.series')
        .addOrderBy('reference.date', 'DESC')
        .getMany(),
    ]);
    const graded = latest.flatMap((value) => {
      const grade = value.grade ?? seriesGrade(value.series, null);
      return grade ? [{ ...value, grade }] : [];
    });
    return new PriceBook(rates, graded);
  }

  exchangeRates(): Promise<ExchangeRateEntity[]> {
    return this.dataSource.getRepository(ExchangeRateEntity).find({ order: { date: 'DESC', currency: 'ASC' } });
  }

  /** A series' values (or every series'), oldest first, between two days if given. */
  referencePrices(filter: { series?: string | null; from?: string | null; to?: string | null }): Promise<ReferencePriceEntity[]> {
    const query = this.dataSource.getRepository(ReferencePriceEntity).createQueryBuilder('reference').orderBy('reference.date', 'ASC').addOrderBy('reference.series', 'ASC');
    if (filter.series) query.andWhere('reference.series = :series', { series: filter.series.trim() });
    if (filter.from) query.andWhere('reference.date >= :from', { from: filter.from });
    if (filter.to) query.andWhere('reference.date <= :to', { to: filter.to });
    return query.getMany();
  }

  /**
   * A series' values from `from` to `to` (days, inclusive) in CNY/t including VAT at the latest recorded rates,
   * with the grade and form it prices; values that cannot be converted are left out. Null for a series never recorded.
   */
  async seriesInCny(series: string, from: string, to: string): Promise<{ grade: string | null; form: ProductForm; points: ReferencePoint[] } | null> {
    const latest = await this.dataSource.getRepository(ReferencePriceEntity).findOne({ where: { series: series.trim() }, order: { date: 'DESC' } });
    if (!latest) return null;
    const [values, rates] = await Promise.all([this.referencePrices({ series, from, to }), this.exchangeRates()]);
    const points = values.flatMap((value) => {
      const conversion = toCnyPerTonneVatIncluded(value.price, rates);
      return 'unconvertible' in conversion ? [] : [{ series: value.series, date: value.date, cnyPerTonneVatIncluded: conversion.cnyPerTonneVatIncluded }];
    });
    return { grade: latest.grade ?? seriesGrade(latest.series, null), form: latest.form, points };
  }

  /** Writes the value of a day, replacing the one it had, and records both in the audit log. */
  private replace<T extends ObjectLiteral & { id: string }>(
    moderator: Viewer,
    target: EntityTarget<T>,
    day: Partial<T>,
    value: Partial<T>,
    noun: string,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager: EntityManager) => {
      const rows = manager.getRepository(target);
      const before = await rows.findOne({ where: day as never, lock: { mode: 'pessimistic_write' } });
      const saved: T = await rows.save(rows.create({ ...(before ?? day), ...value, recordedBy: moderator.userId } as unknown as T));
      await this.audit.record(manager, {
        actorId: moderator.userId,
        action: `${noun.replace(' ', '-')}.record`,
        subjectType: noun,
        subjectId: saved.id,
        before: before ? pick(before, Object.keys(value)) : null,
        after: { ...day, ...value },
      });
      return saved;
    });
  }
}

/**
 * The public grade a series prices: the one named, or else the one its first word names ("Mg99.90 ex-works
 * Fugu" → Mg99.90); null when the series names none (it is kept, and compared with nothing).
 */
function seriesGrade(series: string, named: string | null): string | null {
  if (named) return Catalog.publicGradeCode(named, 'grade');
  return Catalog.resolveGrade(series.split(/\s+/)[0]!, PUBLIC_READER)?.code ?? null;
}

const pick = (row: ObjectLiteral, keys: string[]) => Object.fromEntries(keys.map((key) => [key, row[key]]));
