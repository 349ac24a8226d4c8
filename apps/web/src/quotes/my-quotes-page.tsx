import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PriceModal, type PriceOffer } from '../components/price-modal.tsx';
import { useAction } from '../components/use-action.ts';
import { MyQuotesDocument, ReviseQuoteDocument, type MyQuotesQuery } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';
import { useQuoteTermsColumns } from './quote-columns.tsx';
import { Revisions } from './revisions.tsx';
import { refetchedAfter } from '../graphql/refetched-after.ts';

type Row = MyQuotesQuery['myQuotes'][number];

const REFETCHED_AFTER = refetchedAfter('Quote');

const OPEN = ['SUBMITTED', 'COUNTERED', 'REVISED'];

/** A seller's quotes: each with its price history; a countered quote is answered with a revision. */
export function MyQuotesPage() {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: MyQuotesDocument, context: REFETCHED_AFTER });
  const termsColumns = useQuoteTermsColumns<Row>();
  const [revise] = useAction(ReviseQuoteDocument, t('quote.revised'));
  const [revising, setRevising] = useState<Row | null>(null);
  return (
    <Card title={t('menu.myQuotes')}>
      <ErrorAlert error={error} />
      <Table<Row>
        rowKey="id"
        loading={fetching}
        dataSource={data?.myQuotes}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{ expandedRowRender: (quote) => <Revisions quote={quote} /> }}
        columns={[
          { title: t('field.requirement'), render: (_, quote) => quote.match.requirement.title },
          { title: t('field.listing'), render: (_, quote) => quote.listing.title },
          ...termsColumns,
          {
            title: t('field.actions'),
            render: (_, quote) =>
              OPEN.includes(quote.state) && (
                <Button size="small" onClick={() => setRevising(quote)}>
                  {t('quote.revise')}
                </Button>
              ),
          },
        ]}
      />
      <PriceModal
        title={t('quote.revise')}
        open={revising !== null}
        terms="optional"
        onClose={() => setRevising(null)}
        onSubmit={async (offer: PriceOffer) =>
          (await revise({
            id: revising!.id,
            price: offer.price,
            quantityTonnesPerMonth: offer.quantityTonnesPerMonth ?? null,
            validUntil: offer.validUntil || null,
            message: offer.message || null,
          })) !== null
        }
      />
    </Card>
  );
}
