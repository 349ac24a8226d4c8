import type { TableColumnsType } from 'antd';
import { StateTag } from '../components/state-tag.tsx';
import type { QuotePartsFragment } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';
import { QuotePrice } from './quote-price.tsx';

/** The columns every table of quotes shows, seller's or buyer's: the price and its conversion, quantity, validity, state. */
export function useQuoteTermsColumns<Quote extends QuotePartsFragment>(): TableColumnsType<Quote> {
  const t = useT();
  return [
    { title: t('field.price'), render: (_, quote) => <QuotePrice quote={quote} /> },
    { title: t('field.quantity'), align: 'right', render: (_, quote) => `${quote.quantityTonnesPerMonth} t/${t('unit.month')}` },
    { title: t('quote.validUntil'), dataIndex: 'validUntil' },
    { title: t('field.state'), render: (_, quote) => <StateTag state={quote.state} /> },
  ];
}
