import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Price } from '@magmatch/trade';

/** An awarded quote: the price and terms the buyer and supplier agreed on, with the capacity it took. */
@Entity({ name: 'deals' })
export class DealEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'quote_id' })
  quoteId: string;

  @Column('uuid', { name: 'match_id' })
  matchId: string;

  @Column('uuid', { name: 'requirement_id' })
  requirementId: string;

  @Column('uuid', { name: 'listing_id' })
  listingId: string;

  @Column('uuid', { name: 'buyer_id' })
  buyerId: string;

  @Column('uuid', { name: 'supplier_id' })
  supplierId: string;

  @Column('jsonb')
  price: Price;

  /** The price in CNY/t including VAT at the exchange rates of the award; null where it cannot be converted. */
  @Column('double precision', { name: 'cny_per_tonne_vat_included', nullable: true })
  cnyPerTonneVatIncluded: number | null;

  @Column('double precision', { name: 'quantity_tonnes_per_month' })
  quantityTonnesPerMonth: number;

  @Column('integer', { nullable: true })
  months: number | null;

  @Column('timestamptz', { name: 'signed_at', default: () => 'now()' })
  signedAt: Date;
}
