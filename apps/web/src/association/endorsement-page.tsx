import { Button, Card, Table } from 'antd';
import { useQuery } from 'urql';
import { ConnectionTable } from '../components/connection-table.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { Reasons, ScoreBar } from '../components/reasons.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { useAction } from '../components/use-action.ts';
import { useCursorPages } from '../components/use-cursor-pages.ts';
import { useScenarioName } from '../components/use-scenario-name.ts';
import { EndorseMatchDocument, MatchesToEndorseDocument, OpenRequirementsDocument, type MatchesToEndorseQuery, type OpenRequirementsQuery } from '../graphql/generated.ts';
import { useT } from '../i18n/i18n.tsx';

type Requirement = OpenRequirementsQuery['requirements']['edges'][number]['node'];
type Match = MatchesToEndorseQuery['matchesForRequirement'][number];

const ENDORSABLE = ['PROPOSED', 'SUPPLIER_INTERESTED'];

function Matches({ requirementId }: { requirementId: string }) {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: MatchesToEndorseDocument, variables: { requirementId } });
  const [endorse] = useAction(EndorseMatchDocument, t('endorse.done'));
  return (
    <>
      <ErrorAlert error={error} />
      <Table<Match>
        size="small"
        rowKey="id"
        loading={fetching}
        dataSource={data?.matchesForRequirement}
        pagination={false}
        expandable={{ expandedRowRender: (match) => <Reasons reasons={match.reasons} /> }}
        columns={[
          { title: t('field.listing'), render: (_, match) => match.listing.title },
          { title: t('field.supplier'), render: (_, match) => match.listing.supplier.name },
          { title: t('match.score'), render: (_, match) => <ScoreBar score={match.score} /> },
          { title: t('field.state'), render: (_, match) => <StateTag state={match.state} /> },
          {
            title: t('field.actions'),
            render: (_, match) =>
              ENDORSABLE.includes(match.state) && (
                <Button size="small" onClick={() => endorse({ id: match.id })}>
                  {t('endorse.action')}
                </Button>
              ),
          },
        ]}
      />
    </>
  );
}

/** Open requirements with their matches, for the association to endorse the pairs it vouches for (协会推荐). */
export function EndorsementPage() {
  const t = useT();
  const scenarioName = useScenarioName();
  const pages = useCursorPages(20);
  const [{ data, fetching, error }] = useQuery({ query: OpenRequirementsDocument, variables: pages.variables });
  const connection = data?.requirements;
  return (
    <Card title={t('menu.endorse')}>
      <ErrorAlert error={error} />
      <ConnectionTable<Requirement>
        pages={pages}
        connection={connection}
        fetching={fetching}
        expandable={{ expandedRowRender: (requirement) => <Matches requirementId={requirement.id} /> }}
        columns={[
          { title: t('field.requirement'), dataIndex: 'title' },
          { title: t('field.buyer'), render: (_, requirement) => requirement.buyer?.name ?? t('match.anonymousBuyer') },
          { title: t('requirement.scenario'), render: (_, requirement) => scenarioName(requirement.scenario) },
          { title: t('field.quantity'), align: 'right', render: (_, requirement) => `${requirement.quantityTonnesPerMonth} t/${t('unit.month')}` },
        ]}
      />
    </Card>
  );
}
