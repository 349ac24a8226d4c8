import { BellOutlined, MenuOutlined } from '@ant-design/icons';
import { Badge, Button, Layout, Menu, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { NotificationAddedDocument, QueueEngineDocument, UnreadCountDocument } from './graphql/generated.ts';
import { useLanguage, useT, type Language } from './i18n/i18n.tsx';
import type { MessageKey } from './i18n/messages.ts';
import { canBuy, canSell, isModerator, useViewer, type Viewer } from './session/viewer.tsx';

interface MenuEntry {
  readonly path: string;
  readonly label: MessageKey;
}

/** Bull Board, outside the console: a page of its own that the browser opens with the moderator's cookie. */
const QUEUE_DASHBOARD = '/admin/queues';

const SELLER_MENU: MenuEntry[] = [
  { path: '/supplier/listings', label: 'menu.myListings' },
  { path: '/supplier/quotes', label: 'menu.myQuotes' },
];
const BUYER_MENU: MenuEntry[] = [
  { path: '/buyer/requirements', label: 'menu.myRequirements' },
  { path: '/buyer/purchases', label: 'menu.purchases' },
];

function menuOf(viewer: Viewer | null): MenuEntry[] {
  if (isModerator(viewer)) {
    return [
      { path: '/association/review', label: 'menu.review' },
      { path: '/association/matches', label: 'menu.endorse' },
      { path: '/association/dashboard', label: 'menu.dashboard' },
      { path: '/association/programs', label: 'menu.programs' },
      { path: '/association/chain-map', label: 'menu.chainMap' },
      { path: '/notifications', label: 'menu.notifications' },
    ];
  }
  return [
    ...(canSell(viewer) ? SELLER_MENU : []),
    ...(canBuy(viewer) ? BUYER_MENU : []),
    { path: '/deals', label: 'menu.deals' },
    { path: '/notifications', label: 'menu.notifications' },
  ];
}

/** The unread count, kept live by the notification subscription. */
function NotificationBell() {
  const t = useT();
  const [{ data }, refetch] = useQuery({ query: UnreadCountDocument });
  const [{ data: added }] = useSubscription({ query: NotificationAddedDocument });
  useEffect(() => {
    if (added) refetch({ requestPolicy: 'network-only' });
  }, [added, refetch]);
  const unread = data?.notifications.unreadCount ?? 0;
  return (
    <Link to="/notifications" aria-label={t('shell.unread', { n: unread })}>
      <Badge count={unread} size="small">
        <BellOutlined style={{ fontSize: 18 }} />
      </Badge>
    </Link>
  );
}

export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<Language>
      aria-label="语言 / Language"
      value={language}
      onChange={setLanguage}
      options={[
        { label: '中文', value: 'zh' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}

/** The frame of every signed-in page: the role's menu, the language switch, live notifications, sign-out. */
export function AppShell() {
  const t = useT();
  const { viewer, signOut } = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const entries = menuOf(viewer);
  // Bull Board exists only on BullMQ: the embedded queue has no dashboard to link to.
  const [{ data: health }] = useQuery({ query: QueueEngineDocument, pause: !isModerator(viewer) });
  const queueDashboard = health?.health.queue.engine === 'bullmq';
  // Open on wide screens, folded below Ant Design's lg breakpoint; the header's button opens it by keyboard too.
  const [menuOpen, setMenuOpen] = useState(true);
  const selected = entries.filter((entry) => location.pathname.startsWith(entry.path)).map((entry) => entry.path);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} collapsed={!menuOpen} onBreakpoint={(narrow) => setMenuOpen(!narrow)} trigger={null} theme="light" width={208}>
        <Typography.Title level={4} style={{ padding: '16px 24px', margin: 0 }}>
          MagMatch
        </Typography.Title>
        <Menu
          mode="inline"
          selectedKeys={selected}
          onClick={({ key }) => (key === QUEUE_DASHBOARD ? window.location.assign(QUEUE_DASHBOARD) : navigate(key))}
          items={[
            ...entries.map((entry) => ({ key: entry.path, label: t(entry.label) })),
            ...(queueDashboard ? [{ key: QUEUE_DASHBOARD, label: <a href={QUEUE_DASHBOARD}>{t('menu.queues')}</a> }] : []),
          ]}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 16, paddingInline: 24 }}>
          <Button type="text" icon={<MenuOutlined />} aria-label={t('shell.menu')} aria-expanded={menuOpen} onClick={() => setMenuOpen((open) => !open)} />
          <Space size="large">
            <Typography.Text type="secondary">{viewer?.organization?.name ?? t('shell.association')}</Typography.Text>
            <NotificationBell />
            <LanguageSwitch />
            <Typography.Text>{viewer?.displayName ?? viewer?.email}</Typography.Text>
            <Button onClick={signOut}>{t('shell.signOut')}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
