import { Space, Tag, Typography } from 'antd';
import { priceText } from '../components/price-text.ts';
import type { QuotePartsFragment } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';

/** A quote's price as offered, converted to CNY/t VAT included, and how it stands against the reference price. */
export function QuotePrice({ quote }: { quote: QuotePartsFragment }) {
  const t = useT();
  const check = quote.priceCheck;
  return (
    <Space orientation="vertical" size={0}>
      <span>{priceText(quote.price, t)}</span>
      {check.cnyPerTonneVatIncluded != null && (
        <Typography.Text type="secondary">
          ≈ CNY {Math.round(check.cnyPerTonneVatIncluded).toLocaleString()}/t {t('price.vatIncluded')}
          {check.deviationPct != null && ` (${check.deviationPct > 0 ? '+' : ''}${check.deviationPct.toFixed(1)} % ${t('price.vsReference')})`}
        </Typography.Text>
      )}
      {!check.plausible && <Tag color="red">{check.note}</Tag>}
    </Space>
  );
}
