import { Progress, Table } from 'antd';
import { useT } from '../i18n/i18n.tsx';

/** Why a pair matched, one criterion a line with its score (0–1), as the API explains it. */
export function Reasons({ reasons }: { reasons: readonly { criterion: string; detail: string; score: number }[] }) {
  const t = useT();
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="criterion"
      dataSource={reasons}
      columns={[
        { title: t('match.criterion'), dataIndex: 'criterion', width: 180 },
        { title: t('match.detail'), dataIndex: 'detail' },
        { title: t('match.score'), dataIndex: 'score', width: 140, render: (score: number) => <Progress percent={Math.round(score * 100)} size="small" /> },
      ]}
    />
  );
}

export const ScoreBar = ({ score }: { score: number }) => <Progress percent={Math.round(score * 100)} size="small" style={{ width: 120 }} />;
