import { Button, Card, Col, Descriptions, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PRODUCT_FORMS } from '../components/enum-options.ts';
import { PriceFields, priceOrNull } from '../components/price-fields.tsx';
import { useAction } from '../components/use-action.ts';
import { CreateRequirementDocument, ScenariosDocument, SubmitRequirementDocument, type CreateRequirementInput, type ScenariosQuery } from '../graphql/generated.ts';
import { useEnumLabel, useLanguage, useT } from '../i18n/i18n.tsx';
import { TemplateExclusions } from './template-exclusions.tsx';

type Scenario = ScenariosQuery['scenarios'][number];

/**
 * A requirement started from an application scenario's template: choosing one fills its usual grades,
 * certifications and minimum properties, and lists the usual grades its minimums exclude, before anything
 * is sent. Saving creates the requirement and submits it for review.
 */
export function NewRequirementPage() {
  const t = useT();
  const label = useEnumLabel();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [form] = Form.useForm<CreateRequirementInput>();
  const [{ data, error }] = useQuery({ query: ScenariosDocument });
  const [create, creating] = useAction(CreateRequirementDocument);
  const [submit, submitting] = useAction(SubmitRequirementDocument, t('requirement.submitted'));
  const code = Form.useWatch('scenario', form);
  const scenario: Scenario | undefined = data?.scenarios.find((candidate) => candidate.code === code);

  const startFrom = (chosen: string) => {
    const template = data?.scenarios.find((candidate) => candidate.code === chosen);
    if (!template) return;
    form.setFieldsValue({
      acceptableGrades: template.usualGrades,
      requiredCertifications: template.usualCertifications,
      minTensileStrengthMpa: template.minTensileStrengthMpa,
      minElongationPct: template.minElongationPct,
    });
  };

  const save = async (values: CreateRequirementInput) => {
    const created = await create({ input: { ...values, maxPrice: priceOrNull(values.maxPrice) } });
    if (!created) return;
    await submit({ id: created.createRequirement.id });
    navigate(`/buyer/requirements/${created.createRequirement.id}`);
  };

  return (
    <Card title={t('requirement.new')}>
      <ErrorAlert error={error} />
      <Form<CreateRequirementInput> form={form} layout="vertical" onFinish={save} scrollToFirstError>
        <Row gutter={24}>
          <Col xs={24} lg={12}>
            <Form.Item name="scenario" label={t('requirement.scenario')} extra={t('requirement.scenarioHelp')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                onChange={startFrom}
                options={data?.scenarios.map((candidate) => ({ value: candidate.code, label: language === 'zh' ? `${candidate.nameZh} (${candidate.name})` : candidate.name }))}
              />
            </Form.Item>
            {scenario && (
              <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
                <Descriptions size="small" bordered column={1}>
                  <Descriptions.Item label={t('requirement.whatMatters')}>{scenario.whatMatters}</Descriptions.Item>
                  <Descriptions.Item label={t('requirement.usualGrades')}>{scenario.usualGrades.join(', ')}</Descriptions.Item>
                </Descriptions>
                <TemplateExclusions exclusions={scenario.excludes} />
              </Space>
            )}
            <Form.Item name="title" label={t('field.title')} rules={[{ required: true, message: t('field.required') }]}>
              <Input />
            </Form.Item>
            <Form.Item name="form" label={t('field.form')}>
              <Select allowClear options={PRODUCT_FORMS.map((value) => ({ value, label: label('form', value) }))} />
            </Form.Item>
            <Form.Item name="acceptableGrades" label={t('requirement.acceptableGrades')}>
              <Select mode="tags" tokenSeparators={[',', '，', ' ']} />
            </Form.Item>
            <Form.Item name="requiredCertifications" label={t('requirement.certifications')}>
              <Select mode="tags" tokenSeparators={[',', '，']} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Space wrap size="large">
              <Form.Item name="quantityTonnesPerMonth" label={t('field.quantity')} rules={[{ required: true, message: t('field.required') }]}>
                <InputNumber min={0} suffix={`t/${t('unit.month')}`} />
              </Form.Item>
              <Form.Item name="durationMonths" label={t('requirement.duration')}>
                <InputNumber min={1} precision={0} />
              </Form.Item>
              <Form.Item name="neededBy" label={t('requirement.neededBy')}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="city" label={t('field.city')}>
                <Input />
              </Form.Item>
            </Space>
            <Space wrap size="large">
              <Form.Item name="minTensileStrengthMpa" label={t('card.tensileStrengthMpa')}>
                <InputNumber min={0} />
              </Form.Item>
              <Form.Item name="minYieldStrengthMpa" label={t('card.yieldStrengthMpa')}>
                <InputNumber min={0} />
              </Form.Item>
              <Form.Item name="minElongationPct" label={t('card.elongationPct')}>
                <InputNumber min={0} />
              </Form.Item>
            </Space>
            <PriceFields name="maxPrice" label={t('requirement.maxPrice')} />
            <Form.Item name="description" label={t('field.description')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={creating || submitting}>
            {t('requirement.create')}
          </Button>
          <Button onClick={() => navigate('/buyer/requirements')}>{t('action.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
