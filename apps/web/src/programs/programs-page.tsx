import { Button, Card, Descriptions, Drawer, Form, Input, InputNumber, Modal, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { ErrorAlert, errorText, NO_ANSWER } from '../components/error-alert.tsx';
import { StateTag } from '../components/state-tag.tsx';
import { useAction } from '../components/use-action.ts';
import {
  CreatePromotionProgramDocument,
  LaunchPromotionProgramDocument,
  ProgramReportCsvDocument,
  ProgramReportDocument,
  PromotionProgramsDocument,
  type CreatePromotionProgramInput,
  type PromotionKind,
  type PromotionProgramsQuery,
  type SubsidyModel,
} from '../graphql/generated.ts';
import { useDates, useEnumLabel, useT } from '../i18n/i18n.tsx';
import { refetchedAfter } from '../graphql/refetched-after.ts';

type Program = PromotionProgramsQuery['promotionPrograms'][number];

const REFETCHED_AFTER = refetchedAfter('PromotionProgram');

const KINDS: PromotionKind[] = ['FIRST_PURCHASE', 'FIRST_USE', 'FIRST_BATCH'];
const MODELS: SubsidyModel[] = ['PERCENT_OF_PURCHASE', 'INSURANCE_PREMIUM', 'PER_TONNE', 'FIXED_AMOUNT'];

/** Saves text as a file the browser downloads. */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // Some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type ProgramForm = Omit<CreatePromotionProgramInput, 'startsAt' | 'endsAt' | 'rules'> & { startsAt: string; endsAt: string; grades?: string[]; scenarios?: string[] };

function CreateProgram({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const label = useEnumLabel();
  const [form] = Form.useForm<ProgramForm>();
  const [create, creating] = useAction(CreatePromotionProgramDocument, t('program.created'));
  const submit = async () => {
    const filled = await form.validateFields().catch(() => null);
    if (!filled) return;
    const { grades, scenarios, startsAt, endsAt, ...values } = filled;
    const input = { ...values, startsAt: new Date(startsAt).toISOString(), endsAt: new Date(endsAt).toISOString(), rules: { grades: grades?.length ? grades : null, scenarios: scenarios?.length ? scenarios : null } };
    if (await create({ input })) {
      form.resetFields();
      onClose();
    }
  };
  return (
    <Modal title={t('program.create')} open={open} onOk={submit} okButtonProps={{ loading: creating }} onCancel={onClose} okText={t('action.save')} cancelText={t('action.cancel')} width={720} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ kind: 'FIRST_PURCHASE', subsidyModel: 'PERCENT_OF_PURCHASE', level: 'PROVINCIAL' }}>
        <Form.Item name="name" label={t('program.name')} rules={[{ required: true, message: t('field.required') }]}>
          <Input />
        </Form.Item>
        <Space wrap size="large">
          <Form.Item name="kind" label={t('program.kind')}>
            <Select style={{ width: 180 }} options={KINDS.map((value) => ({ value, label: label('kind', value) }))} />
          </Form.Item>
          <Form.Item name="subsidyModel" label={t('program.model')}>
            <Select style={{ width: 220 }} options={MODELS.map((value) => ({ value, label: label('model', value) }))} />
          </Form.Item>
          <Form.Item name="subsidyPct" label={t('program.subsidyPct')}>
            <InputNumber min={0} max={100} suffix="%" />
          </Form.Item>
        </Space>
        <Space wrap size="large">
          <Form.Item name="budgetCny" label={t('program.budget')} rules={[{ required: true, message: t('field.required') }]}>
            <InputNumber min={0} prefix="CNY" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="capPerPurchaseCny" label={t('program.cap')} rules={[{ required: true, message: t('field.required') }]}>
            <InputNumber min={0} prefix="CNY" style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Space wrap size="large">
          <Form.Item name="startsAt" label={t('program.startsAt')} rules={[{ required: true, message: t('field.required') }]}>
            <Input type="date" />
          </Form.Item>
          <Form.Item name="endsAt" label={t('program.endsAt')} rules={[{ required: true, message: t('field.required') }]}>
            <Input type="date" />
          </Form.Item>
        </Space>
        <Form.Item name="grades" label={t('program.grades')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} />
        </Form.Item>
        <Form.Item name="scenarios" label={t('program.scenarios')}>
          <Select mode="tags" tokenSeparators={[',', '，', ' ']} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('program.legalBasis')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Report({ program, onClose }: { program: Program | null; onClose: () => void }) {
  const t = useT();
  const client = useClient();
  const [{ data, error }] = useQuery({ query: ProgramReportDocument, variables: { id: program?.id ?? '' }, pause: !program });
  const [exportError, setExportError] = useState<string | null>(null);
  const exportCsv = async () => {
    setExportError(null);
    const result = await client.query(ProgramReportCsvDocument, { id: program!.id }, { requestPolicy: 'network-only' }).toPromise();
    if (result.data) download(`program-report-${program!.id}.csv`, result.data.programReportCsv, 'text/csv;charset=utf-8');
    else setExportError(result.error ? errorText(result.error) : NO_ANSWER);
  };
  const report = data?.programReport;
  return (
    <Drawer title={program?.name} open={program !== null} onClose={onClose} size={640} extra={<Button onClick={exportCsv}>{t('program.exportCsv')}</Button>}>
      <ErrorAlert error={error ?? (exportError ? new Error(exportError) : null)} />
      {report && (
        <>
          <Descriptions bordered size="small" column={1}>
            <Descriptions.Item label={t('program.budget')}>CNY {report.budgetCny.toLocaleString()}</Descriptions.Item>
            <Descriptions.Item label={t('program.committed')}>CNY {report.committedCny.toLocaleString()}</Descriptions.Item>
            <Descriptions.Item label={t('program.granted')}>CNY {report.grantedCny.toLocaleString()}</Descriptions.Item>
            <Descriptions.Item label={t('program.firstUses')}>{report.firstUses}</Descriptions.Item>
            <Descriptions.Item label={t('program.terms')}>{report.subsidyTerms}</Descriptions.Item>
          </Descriptions>
          <Table
            style={{ marginTop: 16 }}
            size="small"
            rowKey="state"
            pagination={false}
            dataSource={report.applicationsByState}
            columns={[
              { title: t('field.state'), dataIndex: 'state', render: (state: string) => <StateTag state={state} /> },
              { title: t('program.count'), dataIndex: 'count', align: 'right' },
              { title: t('program.requested'), dataIndex: 'requestedCny', align: 'right' },
              { title: t('program.granted'), dataIndex: 'grantedCny', align: 'right' },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}

/** The association's support programs (首购首用、首批次): create, launch, and each one's report with its CSV export. */
export function ProgramsPage() {
  const t = useT();
  const dates = useDates();
  const label = useEnumLabel();
  const [{ data, fetching, error }] = useQuery({ query: PromotionProgramsDocument, context: REFETCHED_AFTER });
  const [launch] = useAction(LaunchPromotionProgramDocument, t('program.launched'));
  const [creating, setCreating] = useState(false);
  const [reporting, setReporting] = useState<Program | null>(null);
  return (
    <Card title={t('menu.programs')} extra={<Button type="primary" onClick={() => setCreating(true)}>{t('program.create')}</Button>}>
      <ErrorAlert error={error} />
      <Table<Program>
        rowKey="id"
        loading={fetching}
        dataSource={data?.promotionPrograms}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('program.name'), dataIndex: 'name' },
          { title: t('program.kind'), render: (_, program) => label('kind', program.kind) },
          { title: t('program.model'), render: (_, program) => label('model', program.subsidyModel) },
          { title: t('program.budget'), align: 'right', render: (_, program) => `CNY ${program.budgetCny.toLocaleString()}` },
          { title: t('program.committed'), align: 'right', render: (_, program) => `CNY ${program.committedCny.toLocaleString()}` },
          { title: t('program.endsAt'), render: (_, program) => dates.date(program.endsAt) },
          { title: t('field.state'), render: (_, program) => <StateTag state={program.state} /> },
          {
            title: t('field.actions'),
            render: (_, program) => (
              <Space>
                {program.state === 'DRAFT' && (
                  <Button size="small" type="primary" onClick={() => launch({ id: program.id })}>
                    {t('program.launch')}
                  </Button>
                )}
                <Button size="small" onClick={() => setReporting(program)}>
                  {t('program.report')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <CreateProgram open={creating} onClose={() => setCreating(false)} />
      <Report key={reporting?.id} program={reporting} onClose={() => setReporting(null)} />
    </Card>
  );
}
