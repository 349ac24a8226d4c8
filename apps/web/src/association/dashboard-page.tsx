import { Card, Col, Row, Statistic, Table } from 'antd';
import { useQuery } from 'urql';
import { Chart } from '../components/chart.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { MarketOverviewDocument, type MarketOverviewQuery } from '../graphql/generated.ts';
import { useEnumLabel, useT } from '../i18n/i18n.tsx';
import { PriceChart } from './price-chart.tsx';

type Overview = MarketOverviewQuery['marketOverview'];

const percent = (rate: number | null | undefined) => (rate == null ? '—' : `${rate.toFixed(1)} %`);
const hours = (median: number | null | undefined) => (median == null ? '—' : median.toFixed(1));

/**
 * The association's view of the market (industry monitoring): capacity against demand per grade family,
 * the matchmaking funnel, prices against the reference, and how much offered scrap and reduction slag was put
 * to use.
 */
export function DashboardPage() {
  const t = useT();
  const label = useEnumLabel();
  const [{ data, fetching, error }] = useQuery({ query: MarketOverviewDocument });
  const overview: Overview | undefined = data?.marketOverview;
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <ErrorAlert error={error} />
      </Col>
      {[
        { title: t('dashboard.hoursToFirstMatch'), value: hours(overview?.medianHoursToFirstMatch) },
        { title: t('dashboard.supplierResponseHours'), value: hours(overview?.medianSupplierResponseHours) },
        { title: t('dashboard.scrapRecycling'), value: percent(overview?.scrapRecycling.ratePct) },
        { title: t('dashboard.slagUtilisation'), value: percent(overview?.slagUtilisation.ratePct) },
      ].map((figure) => (
        <Col key={figure.title} xs={12} lg={6}>
          <Card loading={fetching}>
            <Statistic title={figure.title} value={figure.value} />
          </Card>
        </Col>
      ))}
      <Col xs={24} xl={14}>
        <Card title={t('dashboard.balance')} loading={fetching}>
          {overview && (
            <Chart
              label={t('dashboard.balance')}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { left: 64, right: 16, top: 48, bottom: 72 },
                xAxis: { type: 'category', data: overview.balance.map((row) => row.key), axisLabel: { rotate: 30 } },
                yAxis: { type: 'value', name: `t/${t('unit.month')}` },
                series: [
                  { name: t('dashboard.capacity'), type: 'bar', data: overview.balance.map((row) => row.capacityTonnesPerMonth) },
                  { name: t('dashboard.demand'), type: 'bar', data: overview.balance.map((row) => row.demandTonnesPerMonth) },
                ],
              }}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('dashboard.funnel')} loading={fetching}>
          {overview && (
            <Chart
              label={t('dashboard.funnel')}
              option={{
                tooltip: { trigger: 'item' },
                series: [{ type: 'funnel', sort: 'none', left: 24, right: 24, label: { formatter: '{b}: {c}' }, data: overview.funnel.map((step) => ({ name: label('funnel', step.step), value: step.count })) }],
              }}
            />
          )}
        </Card>
      </Col>
      <Col span={24}>
        <PriceChart />
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t('dashboard.balanceTable')} loading={fetching}>
          <Table
            size="small"
            rowKey="key"
            dataSource={overview?.balance}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: t('dashboard.family'), dataIndex: 'key' },
              { title: t('dashboard.capacity'), dataIndex: 'capacityTonnesPerMonth', align: 'right' },
              { title: t('dashboard.demand'), dataIndex: 'demandTonnesPerMonth', align: 'right' },
              { title: t('dashboard.unmatched'), dataIndex: 'unmatchedRequirements', align: 'right' },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('dashboard.recycling')} loading={fetching}>
          {overview && (
            <Chart
              label={t('dashboard.recycling')}
              height={260}
              option={{
                tooltip: { trigger: 'axis' },
                legend: {},
                grid: { left: 64, right: 16 },
                xAxis: { type: 'category', data: [t('dashboard.scrap'), t('dashboard.slag')] },
                yAxis: { type: 'value', name: 't' },
                series: [
                  { name: t('dashboard.offered'), type: 'bar', data: [overview.scrapRecycling.offeredTonnes, overview.slagUtilisation.offeredTonnes] },
                  { name: t('dashboard.contracted'), type: 'bar', data: [overview.scrapRecycling.contractedTonnes, overview.slagUtilisation.contractedTonnes] },
                ],
              }}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
