import { Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import type { PriceInput } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';
import { PriceFields } from './price-fields.tsx';

export interface PriceOffer {
  price: PriceInput;
  quantityTonnesPerMonth?: number;
  validUntil?: string;
  message?: string;
}

interface PriceModalProps {
  title: string;
  open: boolean;
  /** Also the monthly quantity and the date the offer is valid until: required (a first quote), optional (a revision). */
  terms?: 'required' | 'optional';
  onSubmit: (offer: PriceOffer) => Promise<boolean>;
  onClose: () => void;
}

/** A price offer in a dialog: a quote, its revision or a buyer's counter-offer. */
export function PriceModal({ title, open, terms, onSubmit, onClose }: PriceModalProps) {
  const t = useT();
  const [form] = Form.useForm<PriceOffer>();
  const [sending, setSending] = useState(false);
  const submit = async () => {
    // The form shows what is missing; nothing is sent until it is complete, and only once.
    const offer = await form.validateFields().catch(() => null);
    if (!offer) return;
    setSending(true);
    const sent = await onSubmit(offer).finally(() => setSending(false));
    if (sent) {
      form.resetFields();
      onClose();
    }
  };
  return (
    <Modal title={title} open={open} onOk={submit} confirmLoading={sending} onCancel={onClose} okText={t('action.send')} cancelText={t('action.cancel')} destroyOnHidden width={720}>
      <Form form={form} layout="vertical">
        <PriceFields name="price" label={t('field.price')} required />
        {terms && (
          <>
            <Form.Item name="quantityTonnesPerMonth" label={t('quote.quantity')} rules={[{ required: terms === 'required', message: t('field.required') }]}>
              <InputNumber min={0} suffix="t" />
            </Form.Item>
            <Form.Item name="validUntil" label={t('quote.validUntil')} rules={[{ required: terms === 'required', message: t('field.required') }]}>
              <Input type="date" style={{ width: 200 }} />
            </Form.Item>
          </>
        )}
        <Form.Item name="message" label={t('quote.message')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
