import { Form, InputNumber, Input, Select, Space } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { useEnumLabel, useT } from '../i18n/i18n.tsx';
import { CURRENCIES, INCOTERMS, PRICE_UNITS, TAX_BASES } from './enum-options.ts';

/** A price with its basis: amount, currency and unit, VAT included or not, Incoterm and place. */
export function PriceFields({ name, label, required = false }: { name: NamePath; label: string; required?: boolean }) {
  const t = useT();
  const enumLabel = useEnumLabel();
  const path = (field: string) => [...(Array.isArray(name) ? name : [name]), field];
  return (
    <Form.Item label={label} required={required}>
      <Space wrap>
        <Form.Item name={path('amount')} noStyle rules={required ? [{ required: true, message: t('field.required') }] : []}>
          <InputNumber aria-label={`${label}: ${t('price.amount')}`} placeholder={t('price.amount')} min={0} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name={path('currency')} noStyle initialValue="CNY">
          <Select aria-label={`${label}: ${t('price.currency')}`} style={{ width: 90 }} options={CURRENCIES.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name={path('unit')} noStyle initialValue="PER_TONNE">
          <Select aria-label={`${label}: ${t('price.unit')}`} style={{ width: 110 }} options={PRICE_UNITS.map((value) => ({ value, label: enumLabel('unit', value) }))} />
        </Form.Item>
        <Form.Item name={path('taxBasis')} noStyle initialValue="VAT_INCLUDED">
          <Select aria-label={`${label}: ${t('price.taxBasis')}`} style={{ width: 130 }} options={TAX_BASES.map((value) => ({ value, label: enumLabel('tax', value) }))} />
        </Form.Item>
        <Form.Item name={path('incoterm')} noStyle initialValue="EXW">
          <Select aria-label={`${label}: ${t('price.incoterm')}`} style={{ width: 90 }} options={INCOTERMS.map((value) => ({ value, label: value }))} />
        </Form.Item>
        <Form.Item name={path('place')} noStyle>
          <Input aria-label={`${label}: ${t('price.place')}`} placeholder={t('price.place')} style={{ width: 120 }} />
        </Form.Item>
      </Space>
    </Form.Item>
  );
}

type PriceValue = { amount?: number | null } & Record<string, unknown>;

/** A price the form left without an amount is no price at all. */
export const priceOrNull = <P extends PriceValue>(price: P | null | undefined): P | null => (price?.amount == null ? null : price);
