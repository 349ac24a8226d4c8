import { Button, Card, Checkbox, Col, Divider, Form, Input, InputNumber, Row, Select, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert.tsx';
import { BY_PRODUCT_KINDS, PROPERTY_BASES, PRODUCT_FORMS, SCRAP_CLASSES } from '../components/enum-options.ts';
import { PriceFields, priceOrNull } from '../components/price-fields.tsx';
import { useAction } from '../components/use-action.ts';
import { CreateListingDocument, FirstBatchCatalogueDocument, ListingForEditDocument, UpdateListingDocument, type CreateListingInput, type ListingForEditQuery, type PropertyRangeInput } from '../graphql/generated.ts';
import { useEnumLabel, useT } from '../i18n/i18n.tsx';
import { DesignationField } from './designation-field.tsx';

const CARD_PROPERTIES = ['tensileStrengthMpa', 'yieldStrengthMpa', 'elongationPct'] as const;
type CardProperty = (typeof CARD_PROPERTIES)[number];

type FormValues = Omit<CreateListingInput, 'card'> & { card?: Partial<Record<CardProperty, Partial<PropertyRangeInput>>> & { testStandard?: string } };

/** A range the seller filled in at least one figure of; one left empty is no range. */
function rangeOrNull(range: Partial<PropertyRangeInput> | undefined): PropertyRangeInput | null {
  if (!range || (range.min == null && range.typical == null && range.max == null)) return null;
  return { basis: range.basis ?? 'TYPICAL', min: range.min ?? null, typical: range.typical ?? null, max: range.max ?? null, condition: range.condition || null };
}

function toInput(values: FormValues): CreateListingInput {
  const card = Object.fromEntries(CARD_PROPERTIES.map((property) => [property, rangeOrNull(values.card?.[property])]));
  const hasCard = Object.values(card).some(Boolean);
  return {
    ...values,
    designation: values.designation?.trim() || null,
    priceFrom: priceOrNull(values.priceFrom),
    priceTo: priceOrNull(values.priceTo),
    card: hasCard ? { ...card, testStandard: values.card?.testStandard || null } : null,
    composition: (values.composition ?? []).filter((limit) => limit?.element),
    scrap: values.form === 'SCRAP' && values.scrap?.scrapClass ? values.scrap : null,
    byProduct: values.form === 'SLAG' && values.byProduct?.kind ? values.byProduct : null,
    firstBatchEntryId: values.firstBatchEntryId || null,
  };
}

/** What the API holds, in the form's shape (prices and ranges without their `__typename`). */
function toValues(listing: NonNullable<ListingForEditQuery['listing']>): FormValues {
  const { card, gradeAsTyped, temper, priceFrom, priceTo, composition } = listing;
  const strip = <T extends object>(value: T | null | undefined) => (value ? (Object.fromEntries(Object.entries(value).filter(([key]) => key !== '__typename')) as T) : undefined);
  return {
    title: listing.title,
    titleEn: listing.titleEn,
    description: listing.description,
    form: listing.form,
    designation: [gradeAsTyped, temper].filter(Boolean).join('-'),
    monthlyCapacityTonnes: listing.monthlyCapacityTonnes,
    minOrderTonnes: listing.minOrderTonnes,
    leadTimeDays: listing.leadTimeDays,
    city: listing.city,
    priceFrom: strip(priceFrom),
    priceTo: strip(priceTo),
    composition: composition.map((limit) => strip(limit)!),
    card: { testStandard: card.testStandard ?? undefined, ...Object.fromEntries(CARD_PROPERTIES.map((property) => [property, strip(card[property])])) },
    scrap: listing.scrap ? { scrapClass: listing.scrap.scrapClass } : null,
    byProduct: listing.byProduct ? { kind: listing.byProduct.kind } : null,
    firstBatchEntryId: listing.firstBatchEntry?.id ?? null,
    firstBatchNewMaterial: listing.firstBatchNewMaterial,
  };
}

/**
 * The card editor: designation resolved live, capacity and terms, prices with their basis, the
 * performance card as ranges with their basis, guaranteed composition and, for scrap, its class. A new
 * listing is saved as a draft; its list offers to submit it for review.
 */
export function ListingEditorPage() {
  const t = useT();
  const label = useEnumLabel();
  const navigate = useNavigate();
  const { id } = useParams();
  const [form] = Form.useForm<FormValues>();
  const [{ data, error }] = useQuery({ query: ListingForEditDocument, variables: { id: id! }, pause: !id });
  const [{ data: catalogue }] = useQuery({ query: FirstBatchCatalogueDocument });
  const [create, creating] = useAction(CreateListingDocument, t('listing.saved'));
  const [update, updating] = useAction(UpdateListingDocument, t('listing.saved'));
  const productForm = Form.useWatch('form', form);

  // Filled once, from the first answer: a later refetch must not overwrite what the seller is typing.
  const filled = useRef(false);
  useEffect(() => {
    if (data?.listing && !filled.current) {
      filled.current = true;
      form.setFieldsValue(toValues(data.listing));
    }
  }, [data, form]);

  const save = async (values: FormValues) => {
    const input = toInput(values);
    const saved = id ? await update({ id, input }) : await create({ input });
    if (saved) navigate('/supplier/listings');
  };

  return (
    <Card title={id ? t('listing.edit') : t('listing.new')}>
      <ErrorAlert error={error} />
      <Form<FormValues> form={form} layout="vertical" onFinish={save} initialValues={{ form: 'INGOT' }} scrollToFirstError>
        <Row gutter={24}>
          <Col xs={24} lg={12}>
            <Form.Item name="title" label={t('field.title')} rules={[{ required: true, message: t('field.required') }]}>
              <Input />
            </Form.Item>
            <Form.Item name="titleEn" label={t('listing.titleEn')}>
              <Input />
            </Form.Item>
            <Form.Item name="form" label={t('field.form')} rules={[{ required: true }]}>
              <Select options={PRODUCT_FORMS.map((value) => ({ value, label: label('form', value) }))} />
            </Form.Item>
            <DesignationField />
            {productForm === 'SCRAP' && (
              <Form.Item name={['scrap', 'scrapClass']} label={t('listing.scrapClass')} rules={[{ required: true, message: t('field.required') }]}>
                <Select options={SCRAP_CLASSES.map((value) => ({ value, label: label('scrapClass', value) }))} />
              </Form.Item>
            )}
            {productForm === 'SLAG' && (
              <Form.Item name={['byProduct', 'kind']} label={t('listing.byProductKind')} rules={[{ required: true, message: t('field.required') }]}>
                <Select options={BY_PRODUCT_KINDS.map((value) => ({ value, label: label('byProduct', value) }))} />
              </Form.Item>
            )}
            <Form.Item name="firstBatchEntryId" label={t('listing.firstBatchEntry')} extra={t('listing.firstBatchHelp')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={catalogue?.firstBatchEditions.map((edition) => ({
                  label: `${edition.name} (${edition.issuer})`,
                  options: edition.entries.map((entry) => ({ value: entry.id, label: [entry.name, entry.applicationField].filter(Boolean).join(' · ') })),
                }))}
              />
            </Form.Item>
            <Form.Item name="firstBatchNewMaterial" valuePropName="checked">
              <Checkbox>{t('listing.firstBatchNewMaterial')}</Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Space wrap size="large">
              <Form.Item name="monthlyCapacityTonnes" label={t('field.capacity')} rules={[{ required: true, message: t('field.required') }]}>
                <InputNumber min={0} suffix="t" />
              </Form.Item>
              <Form.Item name="minOrderTonnes" label={t('listing.minOrder')}>
                <InputNumber min={0} suffix="t" />
              </Form.Item>
              <Form.Item name="leadTimeDays" label={t('listing.leadTime')}>
                <InputNumber min={0} precision={0} />
              </Form.Item>
              <Form.Item name="city" label={t('field.city')}>
                <Input />
              </Form.Item>
            </Space>
            <PriceFields name="priceFrom" label={t('listing.priceFrom')} />
            <PriceFields name="priceTo" label={t('listing.priceTo')} />
            <Form.Item name="description" label={t('field.description')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('listing.card')}</Divider>
        {CARD_PROPERTIES.map((property) => (
          <Form.Item key={property} label={t(`card.${property}`)}>
            <Space wrap>
              {(['min', 'typical', 'max'] as const).map((bound) => (
                <Form.Item key={bound} name={['card', property, bound]} noStyle>
                  <InputNumber aria-label={`${t(`card.${property}`)}: ${t(`range.${bound}`)}`} placeholder={t(`range.${bound}`)} />
                </Form.Item>
              ))}
              <Form.Item name={['card', property, 'basis']} noStyle initialValue="TYPICAL">
                <Select aria-label={`${t(`card.${property}`)}: ${t('range.basis')}`} style={{ width: 130 }} options={PROPERTY_BASES.map((value) => ({ value, label: label('basis', value) }))} />
              </Form.Item>
            </Space>
          </Form.Item>
        ))}
        <Form.Item name={['card', 'testStandard']} label={t('listing.testStandard')}>
          <Input placeholder="GB/T 228.1-2021" style={{ maxWidth: 320 }} />
        </Form.Item>
        <Divider titlePlacement="start">{t('listing.composition')}</Divider>
        <Form.List name="composition">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap style={{ marginBottom: 8 }}>
                  <Form.Item name={[field.name, 'element']} noStyle rules={[{ required: true, message: t('field.required') }]}>
                    <Input aria-label={t('composition.element')} placeholder={t('composition.element')} style={{ width: 100 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'minPct']} noStyle>
                    <InputNumber aria-label={t('composition.min')} placeholder={t('composition.min')} min={0} max={100} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'maxPct']} noStyle>
                    <InputNumber aria-label={t('composition.max')} placeholder={t('composition.max')} min={0} max={100} />
                  </Form.Item>
                  <Button type="text" danger onClick={() => remove(field.name)}>
                    {t('action.remove')}
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add()}>{t('composition.add')}</Button>
            </>
          )}
        </Form.List>
        <Divider />
        <Space>
          <Button type="primary" htmlType="submit" loading={creating || updating}>
            {t('action.save')}
          </Button>
          <Button onClick={() => navigate('/supplier/listings')}>{t('action.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
