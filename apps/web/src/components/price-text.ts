import type { PricePartsFragment } from '../graphql/generated.ts';
import type { Translate } from '../i18n/i18n.tsx';

const UNIT: Record<string, string> = { PER_TONNE: '/t', PER_KG: '/kg', PER_PIECE: '/pc' };

/** A price with its basis, as the trade writes it: "CNY 18,600/t, VAT incl., EXW Chizhou". */
export function priceText(price: PricePartsFragment | null | undefined, t: Translate): string {
  if (!price) return '—';
  const tax = t(price.taxBasis === 'VAT_INCLUDED' ? 'price.vatIncluded' : 'price.vatExcluded');
  return `${price.currency} ${price.amount.toLocaleString()}${UNIT[price.unit] ?? ''}, ${tax}, ${price.incoterm}${price.place ? ` ${price.place}` : ''}`;
}
