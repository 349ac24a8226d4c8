import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../app-shell.tsx';
import { useT } from '../i18n/i18n.tsx';

/** The frame of the pages before signing in: the product's name, the language switch, one card. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  const t = useT();
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: 24, background: '#f3f6f8' }} gap={16}>
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: 560 }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            MagMatch
          </Typography.Title>
          <Typography.Text type="secondary">{t('app.tagline')}</Typography.Text>
        </div>
        <LanguageSwitch />
      </Flex>
      <Card title={title} style={{ width: '100%', maxWidth: 560 }}>
        {children}
      </Card>
    </Flex>
  );
}
