import { Tag } from 'antd';
import { useEnumLabel } from '../i18n/i18n.tsx';

const COLOR: Record<string, string> = {
  DRAFT: 'default',
  PENDING_REVIEW: 'gold',
  PUBLISHED: 'green',
  OPEN: 'green',
  REJECTED: 'red',
  ARCHIVED: 'default',
  AWARDED: 'blue',
  SUBMITTED: 'gold',
  COUNTERED: 'orange',
  REVISED: 'gold',
  ACCEPTED: 'green',
  SUPPLIER_INTERESTED: 'cyan',
  ENDORSED: 'purple',
};

/** A workflow state (listing, requirement, quote, match) as a coloured tag in the current language. */
export function StateTag({ state }: { state: string }) {
  const label = useEnumLabel();
  return <Tag color={COLOR[state] ?? 'default'}>{label('state', state)}</Tag>;
}
