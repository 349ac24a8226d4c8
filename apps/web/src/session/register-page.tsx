import { checkCreditCode, type CreditCodeFault } from '@magmatch/credit-code';
import { Button, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { useMutation } from 'urql';
import { ErrorAlert, errorText } from '../components/error-alert.tsx';
import { RegisterOrganizationDocument, type RegisterOrganizationInput } from '../graphql/generated.ts';
import { useT, type Translate } from '../i18n/i18n.tsx';
import { PublicFrame } from './public-frame.tsx';
import { homeOf, useViewer } from './viewer.tsx';

function creditCodeMessage(fault: CreditCodeFault, t: Translate): string {
  switch (fault.kind) {
    case 'length':
      return t('register.creditCodeLength', { length: fault.length });
    case 'character':
      return t('register.creditCodeCharacter', { position: fault.position, character: fault.character });
    case 'check':
      return t('register.creditCodeCheck', { expected: fault.expected, got: fault.got });
  }
}

/**
 * Signs an organisation up. The credit code is checked as it is typed, with the API's own rule
 * (GB 32100-2015 check character); the API checks it again. Registration asks only for the user's id: the
 * session itself starts through `/session`, so no refresh token ever reaches the page's scripts.
 */
export function RegisterPage() {
  const t = useT();
  const { viewer, signIn } = useViewer();
  const [, register] = useMutation(RegisterOrganizationDocument);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (viewer) return <Navigate to={homeOf(viewer)} replace />;

  const submit = async (input: RegisterOrganizationInput) => {
    setBusy(true);
    setError(null);
    const result = await register({ input });
    if (result.error) setError(errorText(result.error));
    else await signIn(input.email, input.password).catch((failure: Error) => setError(failure.message));
    setBusy(false);
  };

  return (
    <PublicFrame title={t('register.title')}>
      <ErrorAlert error={error ? new Error(error) : null} />
      <Form<RegisterOrganizationInput> layout="vertical" onFinish={submit} initialValues={{ type: 'SUPPLIER' }} requiredMark={false}>
        <Form.Item name="type" label={t('register.type')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'SUPPLIER', label: t('register.supplier') },
              { value: 'BUYER', label: t('register.buyer') },
            ]}
          />
        </Form.Item>
        <Form.Item name="organizationName" label={t('register.organizationName')} rules={[{ required: true, message: t('field.required') }]}>
          <Input autoComplete="organization" />
        </Form.Item>
        <Form.Item
          name="creditCode"
          label={t('register.creditCode')}
          extra={t('register.creditCodeHelp')}
          validateTrigger="onChange"
          hasFeedback
          rules={[
            { required: true, message: t('field.required') },
            {
              validator: async (_, value: string | undefined) => {
                const checked = checkCreditCode(value ?? '');
                if ('fault' in checked) throw new Error(creditCodeMessage(checked.fault, t));
              },
            },
          ]}
        >
          <Input maxLength={22} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item name="city" label={t('field.city')}>
          <Input />
        </Form.Item>
        <Form.Item name="displayName" label={t('register.displayName')}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="email" label={t('field.email')} rules={[{ required: true, type: 'email', message: t('field.emailInvalid') }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item name="password" label={t('field.password')} extra={t('register.passwordHelp')} rules={[{ required: true, min: 10, message: t('register.passwordHelp') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('register.submit')}
        </Button>
      </Form>
      <p style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/sign-in">{t('signIn.title')}</Link>
      </p>
    </PublicFrame>
  );
}
