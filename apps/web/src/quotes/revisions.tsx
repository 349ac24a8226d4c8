import { Timeline } from 'antd';
import { priceText } from '../components/price-text.ts';
import type { QuotePartsFragment } from '../graphql/generated.ts';
import { useDates, useEnumLabel, useT } from '../i18n/i18n.tsx';

/** The quote's negotiation: each price offered, by whom and when, with its message. */
export function Revisions({ quote }: { quote: QuotePartsFragment }) {
  const t = useT();
  const label = useEnumLabel();
  const dates = useDates();
  return (
    <Timeline
      items={quote.revisions.map((revision) => ({
        content: (
          <>
            <strong>{label('orgType', revision.by)}</strong> · {dates.dateTime(revision.at)} · {priceText(revision.price, t)} · {revision.quantityTonnesPerMonth} t/{t('unit.month')}
            {revision.message && <div>{revision.message}</div>}
          </>
        ),
      }))}
    />
  );
}
