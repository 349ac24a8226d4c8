import { Alert, Tag } from 'antd';
import { useT } from '../i18n/i18n.tsx';

/** The usual grades a scenario template's minimums exclude, each with the reason; nothing when it excludes none. */
export function TemplateExclusions({ exclusions }: { exclusions: readonly { grade: string; because: string }[] }) {
  const t = useT();
  if (exclusions.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      title={t('requirement.excludes')}
      description={
        <ul data-testid="template-excludes" style={{ margin: 0, paddingInlineStart: 20 }}>
          {exclusions.map((exclusion) => (
            <li key={exclusion.grade}>
              <Tag>{exclusion.grade}</Tag>
              {exclusion.because}
            </li>
          ))}
        </ul>
      }
    />
  );
}
