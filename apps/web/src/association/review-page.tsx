import { Button, Card, Space, Table, Tabs, Tag } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useAction } from '../components/use-action.ts';
import { useCursorPages } from '../components/use-cursor-pages.ts';
import {
  ListingReviewQueueDocument,
  ModerateListingDocument,
  ModerateRequirementDocument,
  OrganizationReviewQueueDocument,
  RequirementReviewQueueDocument,
  VerifyOrganizationDocument,
  type ListingReviewQueueQuery,
  type OrganizationReviewQueueQuery,
  type RequirementReviewQueueQuery,
  type ReviewDecision,
} from '../graphql/generated.ts';
import { useEnumLabel, useT } from '../i18n/i18n.tsx';

function Decide({ onDecide }: { onDecide: (decision: ReviewDecision, reason?: string) => void }) {
  const t = useT();
  return (
    <Space>
      <Button size="small" type="primary" onClick={() => onDecide('APPROVE')}>
        {t('review.approve')}
      </Button>
      <Button size="small" danger onClick={() => onDecide('REJECT', window.prompt(t('review.reasonPrompt')) ?? undefined)}>
        {t('review.reject')}
      </Button>
    </Space>
  );
}

function ListingQueue() {
  const t = useT();
  const label = useEnumLabel();
  const pages = useCursorPages(20);
  const [{ data, fetching, error }] = useQuery({ query: ListingReviewQueueDocument, variables: pages.variables });
  const [moderate] = useAction(ModerateListingDocument, t('review.done'));
  const queue = data?.listingReviewQueue;
  return (
    <>
      <ErrorAlert error={error} />
      <Table<ListingReviewQueueQuery['listingReviewQueue']['edges'][number]['node']>
        rowKey="id"
        loading={fetching}
        dataSource={queue?.edges.map((edge) => edge.node)}
        pagination={pages.pagination(queue?.totalCount, queue?.pageInfo.endCursor)}
        columns={[
          { title: t('field.title'), dataIndex: 'title' },
          { title: t('field.supplier'), render: (_, listing) => listing.supplier.name },
          { title: t('field.designation'), render: (_, listing) => listing.gradeAsTyped ?? '—' },
          { title: t('field.form'), render: (_, listing) => label('form', listing.form) },
          { title: t('field.capacity'), align: 'right', render: (_, listing) => `${listing.monthlyCapacityTonnes} t` },
          { title: t('review.priceCheck'), render: (_, listing) => (listing.priceCheck ? <Tag color={listing.priceCheck.plausible ? 'green' : 'red'}>{listing.priceCheck.note}</Tag> : '—') },
          { title: t('field.actions'), render: (_, listing) => <Decide onDecide={(decision, reason) => moderate({ id: listing.id, decision, reason })} /> },
        ]}
      />
    </>
  );
}

function RequirementQueue() {
  const t = useT();
  const pages = useCursorPages(20);
  const [{ data, fetching, error }] = useQuery({ query: RequirementReviewQueueDocument, variables: pages.variables });
  const [moderate] = useAction(ModerateRequirementDocument, t('review.done'));
  const queue = data?.requirementReviewQueue;
  return (
    <>
      <ErrorAlert error={error} />
      <Table<RequirementReviewQueueQuery['requirementReviewQueue']['edges'][number]['node']>
        rowKey="id"
        loading={fetching}
        dataSource={queue?.edges.map((edge) => edge.node)}
        pagination={pages.pagination(queue?.totalCount, queue?.pageInfo.endCursor)}
        columns={[
          { title: t('field.title'), dataIndex: 'title' },
          { title: t('field.buyer'), render: (_, requirement) => requirement.buyer?.name ?? '—' },
          { title: t('requirement.scenario'), dataIndex: 'scenario' },
          { title: t('field.quantity'), align: 'right', render: (_, requirement) => `${requirement.quantityTonnesPerMonth} t/${t('unit.month')}` },
          { title: t('field.actions'), render: (_, requirement) => <Decide onDecide={(decision, reason) => moderate({ id: requirement.id, decision, reason })} /> },
        ]}
      />
    </>
  );
}

function OrganizationQueue() {
  const t = useT();
  const label = useEnumLabel();
  const [{ data, fetching, error }] = useQuery({ query: OrganizationReviewQueueDocument });
  const [verify] = useAction(VerifyOrganizationDocument, t('review.done'));
  return (
    <>
      <ErrorAlert error={error} />
      <Table<OrganizationReviewQueueQuery['organizationReviewQueue'][number]>
        rowKey="id"
        loading={fetching}
        dataSource={data?.organizationReviewQueue}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('register.organizationName'), dataIndex: 'name' },
          { title: t('register.type'), render: (_, organization) => label('orgType', organization.type) },
          { title: t('field.city'), dataIndex: 'city' },
          { title: t('review.level'), render: (_, organization) => label('level', organization.verificationLevel) },
          {
            title: t('field.actions'),
            render: (_, organization) => (
              <Space>
                <Button size="small" onClick={() => verify({ id: organization.id, level: 'REVIEWED' })}>
                  {label('level', 'REVIEWED')}
                </Button>
                <Button size="small" type="primary" onClick={() => verify({ id: organization.id, level: 'VERIFIED' })}>
                  {label('level', 'VERIFIED')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}

/** The association's review queues: listings, requirements and organisations waiting, oldest first. */
export function ReviewPage() {
  const t = useT();
  return (
    <Card title={t('menu.review')}>
      <Tabs
        items={[
          { key: 'listings', label: t('review.listings'), children: <ListingQueue /> },
          { key: 'requirements', label: t('review.requirements'), children: <RequirementQueue /> },
          { key: 'organizations', label: t('review.organizations'), children: <OrganizationQueue /> },
        ]}
      />
    </Card>
  );
}
