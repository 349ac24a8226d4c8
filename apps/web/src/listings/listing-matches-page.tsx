import { Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { ErrorAlert } from '../components/error-alert.tsx';
import { NearMisses } from '../components/near-misses.tsx';
import { PriceModal, type PriceOffer } from '../components/price-modal.tsx';
import { Reasons, ScoreBar } from '../components/reasons.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { useAction } from '../components/use-action.ts';
import { MatchesForListingDocument, RespondToMatchDocument, SubmitQuoteDocument, type MatchesForListingQuery } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';

type MatchRow = MatchesForListingQuery['matchesForListing'][number];

const CLOSED = ['DISMISSED', 'SUPPLIER_DECLINED', 'CLOSED'];

/** A listing's matched requirements with the reasons, answered (interested or not) and quoted; then its near misses. */
export function ListingMatchesPage() {
  const t = useT();
  const { id } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: MatchesForListingDocument, variables: { listingId: id! } });
  const [respond] = useAction(RespondToMatchDocument, t('match.answered'));
  const [submitQuote] = useAction(SubmitQuoteDocument, t('quote.sent'));
  const [quoting, setQuoting] = useState<MatchRow | null>(null);

  const quote = async (offer: PriceOffer) =>
    (await submitQuote({
      input: { matchId: quoting!.id, price: offer.price, quantityTonnesPerMonth: offer.quantityTonnesPerMonth!, validUntil: offer.validUntil!, message: offer.message || null },
    })) !== null;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={`${t('listing.matches')}: ${data?.listing?.title ?? ''}`}>
        <ErrorAlert error={error} />
        <Table<MatchRow>
          rowKey="id"
          loading={fetching}
          dataSource={data?.matchesForListing}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          expandable={{ expandedRowRender: (match) => <Reasons reasons={match.reasons} /> }}
          columns={[
            { title: t('field.requirement'), render: (_, match) => match.requirement.title },
            { title: t('field.buyer'), render: (_, match) => match.requirement.buyer?.name ?? t('match.anonymousBuyer') },
            { title: t('field.quantity'), align: 'right', render: (_, match) => `${match.requirement.quantityTonnesPerMonth.toLocaleString()} t/${t('unit.month')}` },
            { title: t('match.score'), render: (_, match) => <ScoreBar score={match.score} /> },
            { title: t('field.state'), render: (_, match) => <StateTag state={match.state} /> },
            {
              title: t('field.actions'),
              render: (_, match) =>
                CLOSED.includes(match.state) ? null : (
                  <Space>
                    {match.state === 'PROPOSED' && (
                      <>
                        <Button size="small" onClick={() => respond({ id: match.id, interested: true })}>
                          {t('match.interested')}
                        </Button>
                        <Button size="small" type="text" onClick={() => respond({ id: match.id, interested: false })}>
                          {t('match.notInterested')}
                        </Button>
                      </>
                    )}
                    <Button size="small" type="primary" onClick={() => setQuoting(match)}>
                      {t('quote.submit')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <NearMisses items={data?.listing?.nearMisses.map((miss) => ({ name: miss.requirement.title, failed: miss.failed }))} />
      <PriceModal title={t('quote.submit')} open={quoting !== null} terms="required" onSubmit={quote} onClose={() => setQuoting(null)} />
    </Space>
  );
}
