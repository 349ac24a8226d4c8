import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProductForm } from '@magmatch/catalog';
import type { Currency, Price } from '../price.js';

/** CNY per unit of a foreign currency on a day. */
@Entity({ name: 'exchange_rates' })
export class ExchangeRateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  currency: Exclude<Currency, 'CNY'>;

  /** YYYY-MM-DD */
  @Column('date')
  date: string;

  @Column('double precision', { name: 'cny_per_unit' })
  cnyPerUnit: number;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;
}

/** One value of a reference price series, as its source published it. */
@Entity({ name: 'reference_prices' })
export class ReferencePriceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** e.g. "Mg99.90 ex-works Fugu". */
  @Column('text')
  series: string;

  /** YYYY-MM-DD */
  @Column('date')
  date: string;

  @Column('jsonb')
  price: Price;

  /** The catalogue grade the series prices (Mg99.90, AZ91D): the reference of listings of that grade. */
  @Column('text', { nullable: true })
  grade: string | null;

  /** The product form it prices: the published series price ingot. */
  @Column('text', { default: 'INGOT' })
  form: ProductForm;

  /** Who published it: a price reporter, an exchange, the association's own survey. */
  @Column('text')
  source: string;

  @Column('uuid', { name: 'recorded_by' })
  recordedBy: string;
}
