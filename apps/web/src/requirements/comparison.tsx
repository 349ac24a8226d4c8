import { Table } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert.tsx';
import { CompareListingsDocument } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';

/** Listings side by side, one property a row, the best value of each row in bold (as the API marks it). */
export function Comparison({ listingIds }: { listingIds: string[] }) {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: CompareListingsDocument, variables: { ids: listingIds } });
  const comparison = data?.compareListings;
  return (
    <>
      <ErrorAlert error={error} />
      <Table
        size="small"
        loading={fetching}
        pagination={false}
        rowKey="property"
        dataSource={comparison?.rows}
        scroll={{ x: true }}
        columns={[
          { title: t('comparison.property'), dataIndex: 'property', fixed: 'start', width: 180 },
          ...(comparison?.listings ?? []).map((listing, index) => ({
            title: `${listing.title} (${listing.supplier.name})`,
            render: (_: unknown, row: { values: readonly (string | null)[]; best?: number | null }) =>
              row.best === index ? <strong>{row.values[index] ?? '—'}</strong> : (row.values[index] ?? '—'),
          })),
        ]}
      />
    </>
  );
}
