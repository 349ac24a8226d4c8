import { Button, Card, Table } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert.tsx';
import { priceText } from '../components/price-text.ts';
import { useAction } from '../components/use-action.ts';
import { DealsDocument, RecordPurchaseDocument, type DealsQuery } from '../graphql/generated.ts';
import { useDates, useT } from '../i18n/i18n.tsx';
import { canBuy, useViewer } from '../session/viewer.tsx';
import { refetchedAfter } from '../graphql/refetched-after.ts';

type Row = DealsQuery['deals'][number];

const REFETCHED_AFTER = refetchedAfter('Deal');

/**
 * The deals the organisation signed, as seller or buyer: counterpart, material, price and term. The buyer
 * records the purchase of a deal, which the support programs then assess.
 */
export function DealsPage() {
  const t = useT();
  const dates = useDates();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [{ data, fetching, error }] = useQuery({ query: DealsDocument, context: REFETCHED_AFTER });
  const [recordPurchase] = useAction(RecordPurchaseDocument, t('deal.purchaseRecorded'));
  const record = async (dealId: string) => {
    if (await recordPurchase({ input: { dealId } })) navigate('/buyer/purchases');
  };
  return (
    <Card title={t('menu.deals')}>
      <ErrorAlert error={error} />
      <Table<Row>
        rowKey="id"
        loading={fetching}
        dataSource={data?.deals}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('deal.signedAt'), render: (_, deal) => dates.date(deal.signedAt) },
          { title: t('field.listing'), render: (_, deal) => deal.quote.listing.title },
          { title: t('field.supplier'), render: (_, deal) => deal.supplier.name },
          { title: t('field.buyer'), render: (_, deal) => deal.buyer.name },
          { title: t('field.price'), render: (_, deal) => priceText(deal.price, t) },
          { title: t('field.quantity'), align: 'right', render: (_, deal) => `${deal.quantityTonnesPerMonth} t/${t('unit.month')}` },
          { title: t('deal.months'), align: 'right', render: (_, deal) => deal.months ?? '—' },
          {
            title: t('field.actions'),
            render: (_, deal) =>
              canBuy(viewer) &&
              deal.buyer.id === viewer?.organization?.id && (
                <Button size="small" onClick={() => record(deal.id)}>
                  {t('deal.recordPurchase')}
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
