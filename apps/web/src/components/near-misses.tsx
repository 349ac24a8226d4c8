import { Card, List, Space, Tag, Typography } from 'antd';
import { useT } from '../i18n/i18n.tsx';

export interface NearMissItem {
  /** What nearly matched: a requirement's title, or a listing's with its supplier. */
  readonly name: string;
  /** The hard constraints it failed, as the API words them. */
  readonly failed: readonly string[];
}

/** Pairs that failed a hard constraint or two, with the constraints: what to change to match. */
export function NearMisses({ items }: { items: readonly NearMissItem[] | undefined }) {
  const t = useT();
  return (
    <Card title={t('match.nearMisses')}>
      <List
        dataSource={items ? [...items] : undefined}
        locale={{ emptyText: t('match.noNearMisses') }}
        renderItem={(miss) => (
          <List.Item>
            <Space orientation="vertical" size={2}>
              <Typography.Text strong>{miss.name}</Typography.Text>
              <Space wrap>
                {miss.failed.map((reason) => (
                  <Tag key={reason} color="orange">
                    {reason}
                  </Tag>
                ))}
              </Space>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
