import { Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useT } from '../i18n/i18n.tsx';
import { PublicFrame } from './public-frame.tsx';
import { homeOf, useViewer } from './viewer.tsx';

export function SignInPage() {
  const t = useT();
  const { viewer, signIn } = useViewer();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (viewer) return <Navigate to={homeOf(viewer)} replace />;

  const submit = async ({ email, password }: { email: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <PublicFrame title={t('signIn.title')}>
      <ErrorAlert error={error ? new Error(error) : null} />
      <Form layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="email" label={t('field.email')} rules={[{ required: true, type: 'email', message: t('field.emailInvalid') }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('field.password')} rules={[{ required: true, message: t('field.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('signIn.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        {t('signIn.noAccount')} <Link to="/register">{t('register.title')}</Link>
      </Typography.Paragraph>
    </PublicFrame>
  );
}
