import { App, Button, Card, Space } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { ConnectionTable } from '../components/connection-table.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { priceText } from '../components/price-text.ts';
import { StateTag } from '../components/state-tag.tsx';
import { SubmitForReview } from '../components/submit-for-review.tsx';
import { useAction } from '../components/use-action.ts';
import { useCursorPages } from '../components/use-cursor-pages.ts';
import { ArchiveListingDocument, MyListingsDocument, SubmitListingDocument, type MyListingsQuery } from '../graphql/generated.ts';
import { useEnumLabel, useT } from '../i18n/i18n.tsx';
import { refetchedAfter } from '../graphql/refetched-after.ts';

type Row = MyListingsQuery['myListings']['edges'][number]['node'];

const REFETCHED_AFTER = refetchedAfter('Listing');

/** A seller's listings, 20 to a page: state, designation, capacity and price, with the next step of each. */
export function MyListingsPage() {
  const t = useT();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const pages = useCursorPages(20);
  const [{ data, fetching, error }] = useQuery({ query: MyListingsDocument, variables: pages.variables, context: REFETCHED_AFTER });
  const [submit] = useAction(SubmitListingDocument, t('listing.submitted'));
  const [archive] = useAction(ArchiveListingDocument, t('listing.archived'));
  const connection = data?.myListings;

  return (
    <Card title={t('menu.myListings')} extra={<Button type="primary" onClick={() => navigate('/supplier/listings/new')}>{t('listing.new')}</Button>}>
      <ErrorAlert error={error} />
      <ConnectionTable<Row>
        pages={pages}
        connection={connection}
        fetching={fetching}
        columns={[
          { title: t('field.title'), dataIndex: 'title', render: (title: string, row) => <Link to={`/supplier/listings/${row.id}/edit`}>{title}</Link> },
          { title: t('field.designation'), render: (_, row) => [row.grade?.code ?? row.gradeAsTyped, row.temper].filter(Boolean).join('-') || '—' },
          { title: t('field.form'), render: (_, row) => label('form', row.form) },
          { title: t('field.capacity'), align: 'right', render: (_, row) => `${row.monthlyCapacityTonnes.toLocaleString()} t` },
          { title: t('field.price'), render: (_, row) => priceText(row.priceFrom, t) },
          { title: t('field.state'), render: (_, row) => <StateTag state={row.state} /> },
          {
            title: t('field.actions'),
            render: (_, row) => (
              <Space>
                <SubmitForReview state={row.state} onSubmit={() => submit({ id: row.id })} />
                {row.state === 'PUBLISHED' && (
                  <Link to={`/supplier/listings/${row.id}/matches`} style={{ whiteSpace: 'nowrap' }}>
                    {t('listing.matches')}
                  </Link>
                )}
                {row.state !== 'ARCHIVED' && (
                  <Button size="small" danger type="text" onClick={() => modal.confirm({ title: t('listing.archiveConfirm', { title: row.title }), okButtonProps: { danger: true }, onOk: () => archive({ id: row.id }) })}>
                    {t('listing.archive')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
