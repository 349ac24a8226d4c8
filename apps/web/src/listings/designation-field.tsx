import { Alert, Descriptions, Form, Input, Spin } from 'antd';
import { useQuery } from 'urql';
import { useDebounced } from '../components/use-debounced.ts';
import { ResolveDesignationDocument } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';

/**
 * The grade as the trade writes it ("AZ91D", "MDC1D", "EN-MC21120", "AM60B-F"), resolved by the catalogue
 * while it is typed: the grade found, its standards and family, and a temper read from the text.
 */
export function DesignationField() {
  const t = useT();
  const typed = (Form.useWatch('designation') as string | undefined)?.trim() ?? '';
  const text = useDebounced(typed);
  const [{ data, fetching }] = useQuery({ query: ResolveDesignationDocument, variables: { text }, pause: text === '' });
  const resolved = text !== '' && text === typed ? data?.resolveDesignation : undefined;
  return (
    <>
      <Form.Item name="designation" label={t('field.designation')} extra={t('listing.designationHelp')}>
        <Input suffix={fetching ? <Spin size="small" /> : <span />} autoComplete="off" />
      </Form.Item>
      {resolved && (
        <div aria-live="polite" data-testid="designation-resolution" style={{ marginBottom: 16 }}>
          {resolved.grade ? (
            <Descriptions size="small" bordered column={2}>
              <Descriptions.Item label={t('listing.resolvedGrade')}>{resolved.grade.code}</Descriptions.Item>
              <Descriptions.Item label={t('listing.temper')}>{resolved.temper ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('listing.family')}>{resolved.grade.family}</Descriptions.Item>
              <Descriptions.Item label={t('listing.standards')}>{resolved.grade.standards.join(', ')}</Descriptions.Item>
              <Descriptions.Item label={t('listing.designations')} span={2}>
                {resolved.grade.designations.join(' · ')}
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <Alert type="warning" showIcon title={resolved.note ?? t('listing.notInCatalogue')} />
          )}
        </div>
      )}
    </>
  );
}
