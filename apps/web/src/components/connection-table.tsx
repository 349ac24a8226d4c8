import { Table, type TableProps } from 'antd';
import type { useCursorPages } from './use-cursor-pages.ts';

/** One page of a GraphQL cursor connection, as the API returns it. */
export interface Connection<Row> {
  readonly totalCount: number;
  readonly pageInfo: { readonly endCursor?: string | null };
  readonly edges: readonly { readonly node: Row }[];
}

type TableOf<Row> = Omit<TableProps<Row>, 'dataSource' | 'pagination' | 'rowKey' | 'loading'>;

/** A table of a connection's page, paged forward and back through `pages` (`useCursorPages`), rows keyed by id. */
export function ConnectionTable<Row extends { id: string }>({ pages, connection, fetching, ...table }: TableOf<Row> & { pages: ReturnType<typeof useCursorPages>; connection: Connection<Row> | undefined; fetching: boolean }) {
  return (
    <Table<Row>
      rowKey="id"
      loading={fetching}
      dataSource={connection?.edges.map((edge) => edge.node)}
      pagination={pages.pagination(connection?.totalCount, connection?.pageInfo.endCursor)}
      {...table}
    />
  );
}
