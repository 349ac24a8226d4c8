import { Button, Card, Input, Modal, Space, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { limitWords } from '@magmatch/composition-words';
import { ConnectionTable } from '../components/connection-table.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useAction } from '../components/use-action.ts';
import { useCursorPages } from '../components/use-cursor-pages.ts';
import { useScenarioName } from '../components/use-scenario-name.ts';
import {
  ListingReviewQueueDocument,
  GradeProposalsDocument,
  ModerateListingDocument,
  ReviewGradeProposalDocument,
  VerifyFirstBatchClaimDocument,
  type GradeProposalsQuery,
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

/** Approve at once; reject with a reason, which the submitter is told. */
function Decide({ onDecide }: { onDecide: (decision: ReviewDecision, reason?: string) => void }) {
  const t = useT();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <Space>
      <Button size="small" type="primary" onClick={() => onDecide('APPROVE')}>
        {t('review.approve')}
      </Button>
      <Button size="small" danger onClick={() => setRejecting(true)}>
        {t('review.reject')}
      </Button>
      <Modal
        title={t('review.reject')}
        open={rejecting}
        okText={t('review.reject')}
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        cancelText={t('action.cancel')}
        onCancel={() => setRejecting(false)}
        onOk={() => {
          onDecide('REJECT', reason.trim());
          setRejecting(false);
        }}
        destroyOnHidden
      >
        <Input.TextArea aria-label={t('review.reasonPrompt')} placeholder={t('review.reasonPrompt')} rows={3} value={reason} onChange={(event) => setReason(event.target.value)} autoFocus />
      </Modal>
    </Space>
  );
}

const QUEUE_PAGE_SIZE = 20;

function ListingQueue() {
  const t = useT();
  const label = useEnumLabel();
  const pages = useCursorPages(QUEUE_PAGE_SIZE);
  const [{ data, fetching, error }] = useQuery({ query: ListingReviewQueueDocument, variables: pages.variables });
  const [moderate] = useAction(ModerateListingDocument, t('review.done'));
  const [verifyClaim] = useAction(VerifyFirstBatchClaimDocument, t('review.claimVerified'));
  const queue = data?.listingReviewQueue;
  return (
    <>
      <ErrorAlert error={error} />
      <ConnectionTable<ListingReviewQueueQuery['listingReviewQueue']['edges'][number]['node']>
        pages={pages}
        connection={queue}
        fetching={fetching}
        columns={[
          { title: t('field.title'), dataIndex: 'title' },
          { title: t('field.supplier'), render: (_, listing) => listing.supplier.name },
          { title: t('field.designation'), render: (_, listing) => listing.gradeAsTyped ?? '—' },
          { title: t('field.form'), render: (_, listing) => label('form', listing.form) },
          { title: t('field.capacity'), align: 'right', render: (_, listing) => `${listing.monthlyCapacityTonnes} t` },
          { title: t('review.priceCheck'), render: (_, listing) => (listing.priceCheck ? <Tag color={listing.priceCheck.plausible ? 'green' : 'red'}>{listing.priceCheck.note}</Tag> : '—') },
          {
            title: t('review.firstBatchClaim'),
            render: (_, listing) =>
              listing.firstBatchEntry &&
              (listing.firstBatchVerified ? (
                <Tag color="green">{t('review.claimVerified')}</Tag>
              ) : (
                <Space orientation="vertical" size={2}>
                  <span>
                    {listing.firstBatchEntry.edition.name}: {listing.firstBatchEntry.name}
                  </span>
                  <Button size="small" onClick={() => verifyClaim({ entryId: listing.firstBatchEntry!.id, listingId: listing.id })}>
                    {t('review.verifyClaim')}
                  </Button>
                </Space>
              )),
          },
          { title: t('field.actions'), render: (_, listing) => <Decide onDecide={(decision, reason) => moderate({ id: listing.id, decision, reason })} /> },
        ]}
      />
    </>
  );
}

function RequirementQueue() {
  const t = useT();
  const scenarioName = useScenarioName();
  const pages = useCursorPages(QUEUE_PAGE_SIZE);
  const [{ data, fetching, error }] = useQuery({ query: RequirementReviewQueueDocument, variables: pages.variables });
  const [moderate] = useAction(ModerateRequirementDocument, t('review.done'));
  const queue = data?.requirementReviewQueue;
  return (
    <>
      <ErrorAlert error={error} />
      <ConnectionTable<RequirementReviewQueueQuery['requirementReviewQueue']['edges'][number]['node']>
        pages={pages}
        connection={queue}
        fetching={fetching}
        columns={[
          { title: t('field.title'), dataIndex: 'title' },
          { title: t('field.buyer'), render: (_, requirement) => requirement.buyer?.name ?? '—' },
          { title: t('requirement.scenario'), render: (_, requirement) => scenarioName(requirement.scenario) },
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

function GradeProposalQueue() {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: GradeProposalsDocument });
  const [review] = useAction(ReviewGradeProposalDocument, t('review.done'));
  return (
    <>
      <ErrorAlert error={error} />
      <Table<GradeProposalsQuery['grades'][number]>
        rowKey="code"
        loading={fetching}
        dataSource={data?.grades}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('field.designation'), dataIndex: 'code' },
          { title: t('review.proposedBy'), render: (_, grade) => grade.owner?.name ?? '—' },
          { title: t('listing.family'), dataIndex: 'family' },
          { title: t('listing.composition'), render: (_, grade) => grade.composition.map(limitWords).join(', ') },
          { title: t('review.typicalUses'), dataIndex: 'typicalUses' },
          { title: t('field.actions'), render: (_, grade) => <Decide onDecide={(decision, reason) => review({ code: grade.code, decision, reason })} /> },
        ]}
      />
    </>
  );
}

/** The association's review queues: listings (with their first-batch claims), requirements, producers' grades and organisations, oldest first. */
export function ReviewPage() {
  const t = useT();
  const waiting = useWaitingCounts();
  const tabs = [
    { key: 'listings', label: t('review.listings'), children: <ListingQueue /> },
    { key: 'requirements', label: t('review.requirements'), children: <RequirementQueue /> },
    { key: 'grades', label: t('review.gradeProposals'), children: <GradeProposalQueue /> },
    { key: 'organizations', label: t('review.organizations'), children: <OrganizationQueue /> },
  ] as const;
  // The first queue with work in it, once the counts are known.
  const busiest = waiting && tabs.find((tab) => waiting[tab.key] > 0)?.key;
  return (
    <Card title={t('menu.review')}>
      <Tabs
        key={busiest ?? 'counting'}
        defaultActiveKey={busiest ?? 'listings'}
        items={tabs.map((tab) => ({ ...tab, label: waiting ? `${tab.label} (${waiting[tab.key]})` : tab.label }))}
      />
    </Card>
  );
}

/** How much waits in each queue: the same first pages the tabs ask for (so one request each), counted. */
function useWaitingCounts(): Record<'listings' | 'requirements' | 'grades' | 'organizations', number> | null {
  const firstPage = { first: QUEUE_PAGE_SIZE, after: null };
  const [listings] = useQuery({ query: ListingReviewQueueDocument, variables: firstPage });
  const [requirements] = useQuery({ query: RequirementReviewQueueDocument, variables: firstPage });
  const [grades] = useQuery({ query: GradeProposalsDocument });
  const [organizations] = useQuery({ query: OrganizationReviewQueueDocument });
  if (!listings.data || !requirements.data || !grades.data || !organizations.data) return null;
  return {
    listings: listings.data.listingReviewQueue.totalCount,
    requirements: requirements.data.requirementReviewQueue.totalCount,
    grades: grades.data.grades.length,
    organizations: organizations.data.organizationReviewQueue.length,
  };
}
