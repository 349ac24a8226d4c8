import { Button } from 'antd';
import { useT } from '../i18n/i18n.tsx';

/** The button that sends a draft, or a rejected listing or requirement, to the association's review; nothing in other states. */
export function SubmitForReview({ state, onSubmit }: { state: string; onSubmit: () => void }) {
  const t = useT();
  if (state !== 'DRAFT' && state !== 'REJECTED') return null;
  return (
    <Button size="small" onClick={onSubmit}>
      {t('listing.submit')}
    </Button>
  );
}
