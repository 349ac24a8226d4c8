import { Card, Table, Tag } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert.tsx';
import { ChainMapDocument, type ChainMapQuery } from '../graphql/generated.ts';
import { useEnumLabel, useT } from '../i18n/i18n.tsx';

type Cell = ChainMapQuery['chainMap'][number];

/** The industry chain of each cluster, link by link: enterprises, capacity and demand, and the gaps to invest in. */
export function ChainMapPage() {
  const t = useT();
  const label = useEnumLabel();
  const [{ data, fetching, error }] = useQuery({ query: ChainMapDocument });
  return (
    <Card title={t('menu.chainMap')}>
      <ErrorAlert error={error} />
      <Table<Cell>
        rowKey={(cell) => `${cell.cluster}:${cell.link}`}
        loading={fetching}
        dataSource={data?.chainMap}
        pagination={{ pageSize: 18, hideOnSinglePage: true }}
        rowClassName={(cell) => (cell.gap ? 'chain-gap' : '')}
        columns={[
          { title: t('chain.cluster'), dataIndex: 'cluster' },
          { title: t('chain.link'), render: (_, cell) => label('link', cell.link) },
          { title: t('chain.enterprises'), dataIndex: 'enterprises', align: 'right' },
          { title: t('dashboard.capacity'), align: 'right', render: (_, cell) => cell.capacityTonnesPerMonth.toLocaleString() },
          { title: t('dashboard.demand'), align: 'right', render: (_, cell) => cell.demandTonnesPerMonth.toLocaleString() },
          { title: t('chain.gap'), render: (_, cell) => (cell.gap ? <Tag color="red">{t('chain.gap')}</Tag> : null) },
        ]}
      />
    </Card>
  );
}
