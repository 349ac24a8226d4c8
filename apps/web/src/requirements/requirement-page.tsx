import { App, Button, Card, Descriptions, Empty, Modal, Space, Table } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert.tsx';
import { NearMisses } from '../components/near-misses.tsx';
import { PriceModal, type PriceOffer } from '../components/price-modal.tsx';
import { Reasons, ScoreBar } from '../components/reasons.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { useAction } from '../components/use-action.ts';
import { useScenarioName } from '../components/use-scenario-name.ts';
import { AcceptMatchDocument, AwardQuoteDocument, CounterQuoteDocument, DeclineQuoteDocument, RequirementMatchesDocument, type QuotePartsFragment, type RequirementMatchesQuery } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';
import { useQuoteTermsColumns } from '../quotes/quote-columns.tsx';
import { Revisions } from '../quotes/revisions.tsx';
import { Comparison } from './comparison.tsx';
import { TemplateExclusions } from './template-exclusions.tsx';
import { refetchedAfter } from '../graphql/refetched-after.ts';

type MatchRow = RequirementMatchesQuery['matchesForRequirement'][number];

const REFETCHED_AFTER = refetchedAfter('Quote', 'Deal');

const QUOTE_OPEN = ['SUBMITTED', 'REVISED', 'COUNTERED'];

/**
 * One requirement for its buyer: what its template excluded; its matches with their reasons (two to four
 * compared side by side, an interested supplier accepted to be introduced and deal off the platform); the
 * quotes with converted prices (counter-offer, award, decline); and the near misses.
 */
export function RequirementPage() {
  const t = useT();
  const { modal } = App.useApp();
  const scenarioName = useScenarioName();
  const termsColumns = useQuoteTermsColumns();
  const { id } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: RequirementMatchesDocument, variables: { id: id! }, context: REFETCHED_AFTER });
  const [accept] = useAction(AcceptMatchDocument, t('match.accepted'));
  const [counter] = useAction(CounterQuoteDocument, t('quote.countered'));
  const [award] = useAction(AwardQuoteDocument, t('quote.awarded'));
  const [decline] = useAction(DeclineQuoteDocument, t('quote.declined'));
  const [selected, setSelected] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const [countering, setCountering] = useState<QuotePartsFragment | null>(null);
  const requirement = data?.requirement;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <ErrorAlert error={error} />
      {requirement && (
        <Card title={requirement.title} extra={<StateTag state={requirement.state} />}>
          <Descriptions size="small" column={2}>
            <Descriptions.Item label={t('requirement.scenario')}>{scenarioName(requirement.scenario)}</Descriptions.Item>
            <Descriptions.Item label={t('field.quantity')}>{`${requirement.quantityTonnesPerMonth} t/${t('unit.month')}`}</Descriptions.Item>
            <Descriptions.Item label={t('requirement.templateConstraints')} span={2}>
              {requirement.templateConstraints.join('; ') || '—'}
            </Descriptions.Item>
          </Descriptions>
          <TemplateExclusions exclusions={requirement.templateExcludes} />
        </Card>
      )}
      <Card
        title={t('requirement.matches')}
        extra={
          <Button disabled={selected.length < 2 || selected.length > 4} onClick={() => setComparing(true)}>
            {t('requirement.compare', { n: selected.length })}
          </Button>
        }
      >
        <Table<MatchRow>
          rowKey="id"
          loading={fetching}
          dataSource={data?.matchesForRequirement}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          rowSelection={{
            selectedRowKeys: selected.map((listingId) => data?.matchesForRequirement.find((match) => match.listing.id === listingId)?.id ?? ''),
            onChange: (_, rows) => setSelected(rows.map((match) => match.listing.id)),
            getCheckboxProps: (match) => ({ 'aria-label': t('requirement.selectToCompare', { title: match.listing.title }) }),
          }}
          expandable={{ expandedRowRender: (match) => <Reasons reasons={match.reasons} /> }}
          columns={[
            { title: t('field.listing'), render: (_, match) => match.listing.title },
            { title: t('field.supplier'), render: (_, match) => match.listing.supplier.name },
            { title: t('field.designation'), render: (_, match) => match.listing.gradeAsTyped ?? '—' },
            { title: t('field.capacity'), align: 'right', render: (_, match) => `${match.listing.monthlyCapacityTonnes.toLocaleString()} t` },
            { title: t('match.score'), render: (_, match) => <ScoreBar score={match.score} /> },
            { title: t('field.state'), render: (_, match) => <StateTag state={match.state} /> },
            {
              title: t('field.actions'),
              render: (_, match) =>
                match.state === 'SUPPLIER_INTERESTED' && (
                  <Button size="small" onClick={() => modal.confirm({ title: t('match.acceptConfirm', { supplier: match.listing.supplier.name }), onOk: () => accept({ id: match.id }) })}>
                    {t('match.accept')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('requirement.quotes')}>
        <Table<QuotePartsFragment>
          rowKey="id"
          dataSource={data?.quotesForRequirement}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('requirement.noQuotes')} /> }}
          expandable={{ expandedRowRender: (quote) => <Revisions quote={quote} /> }}
          columns={[
            { title: t('field.supplier'), render: (_, quote) => quote.supplier.name },
            { title: t('field.listing'), render: (_, quote) => quote.listing.title },
            ...termsColumns,
            {
              title: t('field.actions'),
              render: (_, quote) =>
                QUOTE_OPEN.includes(quote.state) && (
                  <Space>
                    <Button size="small" type="primary" onClick={() => modal.confirm({ title: t('quote.awardConfirm', { supplier: quote.supplier.name }), onOk: () => award({ id: quote.id }) })}>
                      {t('quote.award')}
                    </Button>
                    <Button size="small" onClick={() => setCountering(quote)}>
                      {t('quote.counter')}
                    </Button>
                    <Button size="small" type="text" danger onClick={() => modal.confirm({ title: t('quote.declineConfirm', { supplier: quote.supplier.name }), okButtonProps: { danger: true }, onOk: () => decline({ id: quote.id }) })}>
                      {t('quote.decline')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <NearMisses items={requirement?.nearMisses.map((miss) => ({ name: `${miss.listing.title} · ${miss.listing.supplier.name}`, failed: miss.failed }))} />
      <Modal title={t('requirement.comparison')} open={comparing} onCancel={() => setComparing(false)} footer={null} width={960} destroyOnHidden>
        <Comparison listingIds={selected} />
      </Modal>
      <PriceModal
        title={t('quote.counter')}
        open={countering !== null}
        onClose={() => setCountering(null)}
        onSubmit={async (offer: PriceOffer) => (await counter({ id: countering!.id, price: offer.price, message: offer.message || null })) !== null}
      />
    </Space>
  );
}
