import { Badge, Button, Card, List, Typography } from 'antd';
import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useAction } from '../components/use-action.ts';
import { useCursorPages } from '../components/use-cursor-pages.ts';
import { MarkNotificationsReadDocument, NotificationAddedDocument, NotificationsDocument } from '../graphql/generated.ts';
import { useDates, useT } from '../i18n/i18n.tsx';

/** The notification centre: newest first, 20 to a page, new ones arriving live; read one by one or all on the page. */
export function NotificationsPage() {
  const t = useT();
  const dates = useDates();
  const pages = useCursorPages(20);
  const [{ data, fetching, error }, refetch] = useQuery({ query: NotificationsDocument, variables: pages.variables });
  const [{ data: added }] = useSubscription({ query: NotificationAddedDocument });
  const [markRead] = useAction(MarkNotificationsReadDocument);
  useEffect(() => {
    if (added) refetch({ requestPolicy: 'network-only' });
  }, [added, refetch]);
  const notifications = data?.notifications.edges.map((edge) => edge.node) ?? [];
  const unreadOnPage = notifications.filter((notification) => !notification.readAt).map((notification) => notification.id);
  const read = async (ids: string[]) => {
    if (await markRead({ ids })) refetch({ requestPolicy: 'network-only' });
  };
  const pagination = pages.pagination(undefined, data?.notifications.pageInfo.endCursor);
  return (
    <Card
      title={t('menu.notifications')}
      extra={
        <Button disabled={unreadOnPage.length === 0} onClick={() => read(unreadOnPage)}>
          {t('notification.readAll')}
        </Button>
      }
    >
      <ErrorAlert error={error} />
      <List
        loading={fetching}
        dataSource={notifications}
        pagination={{ ...pagination, total: data?.notifications.pageInfo.hasNextPage ? pagination.current * 20 + 1 : pagination.current * 20 }}
        renderItem={(notification) => (
          <List.Item
            actions={
              notification.readAt
                ? []
                : [
                    <Button key="read" size="small" type="link" onClick={() => read([notification.id])}>
                      {t('notification.markRead')}
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              avatar={<Badge status={notification.readAt ? 'default' : 'processing'} />}
              title={notification.title}
              description={
                <>
                  <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-line' }}>{notification.body}</Typography.Paragraph>
                  <Typography.Text type="secondary">{dates.dateTime(notification.createdAt)}</Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
