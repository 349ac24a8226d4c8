import { Card, Select } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { Chart } from '../components/chart.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { PriceSeriesDocument, ReferenceSeriesDocument } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';

const line = (name: string, points: readonly { date: string; cnyPerTonneVatIncluded: number }[]) => ({
  name,
  type: 'line' as const,
  showSymbol: true,
  data: points.map((point) => [point.date, Math.round(point.cnyPerTonneVatIncluded)]),
});

/** Prices on the platform against a reference series: the reference, and the daily medians of quotes and deals (CNY/t, VAT included). */
export function PriceChart() {
  const t = useT();
  const [{ data: references }] = useQuery({ query: ReferenceSeriesDocument });
  const names = [...new Set(references?.referencePrices.map((price) => price.series))].sort();
  const [chosen, setChosen] = useState<string | null>(null);
  const series = chosen ?? names[0] ?? '';
  const [{ data, error }] = useQuery({ query: PriceSeriesDocument, variables: { series }, pause: !series });
  const prices = data?.priceSeries;
  return (
    <Card
      title={t('dashboard.prices')}
      extra={<Select aria-label={t('dashboard.series')} style={{ width: 260 }} value={series || undefined} onChange={setChosen} options={names.map((name) => ({ value: name, label: name }))} />}
    >
      <ErrorAlert error={error} />
      {prices && (
        <Chart
          label={t('dashboard.prices')}
          option={{
            tooltip: { trigger: 'axis' },
            legend: {},
            grid: { left: 72, right: 16 },
            xAxis: { type: 'time' },
            yAxis: { type: 'value', name: 'CNY/t', scale: true },
            series: [line(t('dashboard.reference'), prices.points), line(t('dashboard.quotes'), prices.quotes), line(t('dashboard.deals'), prices.deals)],
          }}
        />
      )}
    </Card>
  );
}
