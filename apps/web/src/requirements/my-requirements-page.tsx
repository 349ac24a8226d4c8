import { Button, Card, Space } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { ConnectionTable } from '../components/connection-table.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { SubmitForReview } from '../components/submit-for-review.tsx';
import { useAction } from '../components/use-action.ts';
import { useCursorPages } from '../components/use-cursor-pages.ts';
import { useScenarioName } from '../components/use-scenario-name.ts';
import { MyRequirementsDocument, SubmitRequirementDocument, type MyRequirementsQuery } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';
import { refetchedAfter } from '../graphql/refetched-after.ts';

type Row = MyRequirementsQuery['myRequirements']['edges'][number]['node'];

const REFETCHED_AFTER = refetchedAfter('Requirement');

/** A buyer's requirements, 20 to a page, each opening its matches and quotes. */
export function MyRequirementsPage() {
  const t = useT();
  const navigate = useNavigate();
  const scenarioName = useScenarioName();
  const pages = useCursorPages(20);
  const [{ data, fetching, error }] = useQuery({ query: MyRequirementsDocument, variables: pages.variables, context: REFETCHED_AFTER });
  const [submit] = useAction(SubmitRequirementDocument, t('requirement.submitted'));
  const connection = data?.myRequirements;
  return (
    <Card title={t('menu.myRequirements')} extra={<Button type="primary" onClick={() => navigate('/buyer/requirements/new')}>{t('requirement.new')}</Button>}>
      <ErrorAlert error={error} />
      <ConnectionTable<Row>
        pages={pages}
        connection={connection}
        fetching={fetching}
        columns={[
          { title: t('field.title'), render: (_, row) => <Link to={`/buyer/requirements/${row.id}`}>{row.title}</Link> },
          { title: t('requirement.scenario'), render: (_, row) => scenarioName(row.scenario) },
          { title: t('field.quantity'), align: 'right', render: (_, row) => `${row.quantityTonnesPerMonth.toLocaleString()} t/${t('unit.month')}` },
          { title: t('requirement.neededBy'), dataIndex: 'neededBy' },
          { title: t('field.state'), render: (_, row) => <StateTag state={row.state} /> },
          {
            title: t('field.actions'),
            render: (_, row) => (
              <Space>
                <SubmitForReview state={row.state} onSubmit={() => submit({ id: row.id })} />
                <Link to={`/buyer/requirements/${row.id}`}>{t('requirement.open')}</Link>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
