import { Button, Card, Collapse, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { useAction } from '../components/use-action.ts';
import { ApplyForPromotionDocument, MyPurchasesDocument, type MyPurchasesQuery, type RuleOutcome } from '../graphql/generated.ts';
import { useEnumLabel, useT } from '../i18n/i18n.tsx';
import { refetchedAfter } from '../graphql/refetched-after.ts';

type Purchase = MyPurchasesQuery['myPurchases'][number];

const REFETCHED_AFTER = refetchedAfter('PromotionApplication', 'Purchase');

const OUTCOME_COLOR: Record<RuleOutcome, string> = { PASS: 'green', FAIL: 'red', UNKNOWN: 'gold' };

function Outcome({ outcome }: { outcome: RuleOutcome }) {
  const label = useEnumLabel();
  return <Tag color={OUTCOME_COLOR[outcome]}>{label('outcome', outcome)}</Tag>;
}

/** Each program a purchase may claim, rule by rule: what passes, what fails, and what is still to do (unknown). */
function Eligibility({ purchase, applied }: { purchase: Purchase; applied: Set<string> }) {
  const t = useT();
  const [apply] = useAction(ApplyForPromotionDocument, t('program.applied'));
  if (purchase.eligibility.length === 0) return <Empty description={t('program.noneOpen')} />;
  return (
    <Collapse
      items={purchase.eligibility.map((eligibility) => ({
        key: eligibility.program.id,
        label: (
          <Space>
            <Outcome outcome={eligibility.outcome} />
            {eligibility.program.name}
            {eligibility.estimatedSubsidyCny != null && <Typography.Text type="secondary">≈ CNY {eligibility.estimatedSubsidyCny.toLocaleString()}</Typography.Text>}
          </Space>
        ),
        extra: applied.has(`${eligibility.program.id}:${purchase.id}`) ? (
          <Tag>{t('program.alreadyApplied')}</Tag>
        ) : (
          eligibility.outcome === 'PASS' && (
            <Button size="small" type="primary" onClick={(event) => (event.stopPropagation(), apply({ programId: eligibility.program.id, purchaseId: purchase.id }))}>
              {t('program.apply')}
            </Button>
          )
        ),
        children: (
          <>
            {eligibility.subsidyExplanation && <Typography.Paragraph>{eligibility.subsidyExplanation}</Typography.Paragraph>}
            <Table
              size="small"
              rowKey="rule"
              pagination={false}
              dataSource={eligibility.rules}
              columns={[
                { title: t('program.rule'), dataIndex: 'rule', width: 220 },
                { title: t('program.outcome'), dataIndex: 'outcome', width: 110, render: (outcome: RuleOutcome) => <Outcome outcome={outcome} /> },
                { title: t('match.detail'), dataIndex: 'detail' },
              ]}
            />
          </>
        ),
      }))}
    />
  );
}

/**
 * Purchases made through the platform and the support programs (first purchase, first use, first batch)
 * each may claim, with every rule's status and the to-dos (rules not yet known); then the applications
 * filed and how they were decided.
 */
export function PurchasesPage() {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: MyPurchasesDocument, context: REFETCHED_AFTER });
  const applied = new Set(data?.promotionApplications.map((application) => `${application.program.id}:${application.purchase.id}`));
  // Every purchase opens on its programs: what is still to do is the point of the page.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const unfolded = (data?.myPurchases ?? []).map((purchase) => purchase.id).filter((id) => !folded.has(id));
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('menu.purchases')}>
        <ErrorAlert error={error} />
        <Table<Purchase>
          rowKey="id"
          loading={fetching}
          dataSource={data?.myPurchases}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          expandable={{
            expandedRowRender: (purchase) => <Eligibility purchase={purchase} applied={applied} />,
            expandedRowKeys: unfolded,
            onExpand: (open, purchase) => setFolded((ids) => new Set(open ? [...ids].filter((id) => id !== purchase.id) : [...ids, purchase.id])),
          }}
          columns={[
            { title: t('field.listing'), render: (_, purchase) => purchase.match.listing.title },
            { title: t('field.requirement'), render: (_, purchase) => purchase.match.requirement.title },
            { title: t('program.amount'), align: 'right', render: (_, purchase) => `CNY ${purchase.amountCny.toLocaleString()}` },
            { title: t('program.tonnes'), align: 'right', render: (_, purchase) => `${purchase.quantityTonnes} t` },
            { title: t('program.contractSigned'), dataIndex: 'contractSignedAt' },
            { title: t('program.firstUse'), render: (_, purchase) => purchase.firstUseAt ?? '—' },
          ]}
        />
      </Card>
      <Card title={t('program.applications')}>
        <Table
          rowKey="id"
          dataSource={data?.promotionApplications}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('program.program'), render: (_, application) => application.program.name },
            { title: t('program.requested'), align: 'right', render: (_, application) => `CNY ${application.requestedCny.toLocaleString()}` },
            { title: t('program.granted'), align: 'right', render: (_, application) => (application.grantedCny == null ? '—' : `CNY ${application.grantedCny.toLocaleString()}`) },
            { title: t('field.state'), render: (_, application) => <StateTag state={application.state} /> },
            { title: t('program.reason'), render: (_, application) => application.reason ?? '' },
          ]}
        />
      </Card>
    </Space>
  );
}
