import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Empty, Form, Input, InputNumber, Modal, Space, Switch, Table, Tag, Typography, message } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { PointRulesQuery as PointRulesData } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { POLITICAL_STATUSES } from '../../lib/enums';
import { PointRulesQuery, UpdatePointRuleMutation } from './operations';
import { RULE_LINES, capText } from './points';

type Rule = PointRulesData['pointRules'][number];

interface RuleForm {
  name: string;
  points: number;
  capDay: number | null;
  capMonth: number | null;
  capYear: number | null;
  lines: string[];
  statuses: string[];
  source: string;
  active: boolean;
}

/** The edit dialog of one rule: points, caps, who it applies to and its 依据. */
function RuleDialog({ rule, onClose, onSaved }: { rule: Rule; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RuleForm>();
  const [{ fetching }, update] = useMutation(UpdatePointRuleMutation);
  const save = async () => {
    const v = await form.validateFields();
    const res = await update({
      input: {
        ruleId: rule.id,
        name: v.name,
        points: v.points,
        capDay: v.capDay ?? null,
        capMonth: v.capMonth ?? null,
        capYear: v.capYear ?? null,
        lines: v.lines ?? [],
        statuses: v.statuses ?? [],
        source: v.source ?? '',
        active: v.active,
      },
    });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else {
      void message.success(t('points.rules.saved'));
      onSaved();
    }
  };
  return (
    <Modal open title={t('points.rules.edit', { name: rule.name })} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={save} onCancel={onClose}>
      <Form<RuleForm>
        form={form}
        layout="vertical"
        initialValues={{ name: rule.name, points: rule.points, capDay: rule.capDay, capMonth: rule.capMonth, capYear: rule.capYear, lines: rule.lines, statuses: rule.statuses, source: rule.source, active: rule.active }}
      >
        <Form.Item name="name" label={t('points.rules.name')} rules={[{ required: true, max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="points" label={t('points.rules.points')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1000} precision={0} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="capDay" label={t('points.rules.capDay')}>
            <InputNumber min={1} max={10000} precision={0} placeholder={t('points.rules.noCap')} />
          </Form.Item>
          <Form.Item name="capMonth" label={t('points.rules.capMonth')}>
            <InputNumber min={1} max={10000} precision={0} placeholder={t('points.rules.noCap')} />
          </Form.Item>
          <Form.Item name="capYear" label={t('points.rules.capYear')}>
            <InputNumber min={1} max={10000} precision={0} placeholder={t('points.rules.noCap')} />
          </Form.Item>
        </Space>
        <Form.Item name="lines" label={t('points.rules.lines')} extra={t('points.rules.allHint')}>
          <Checkbox.Group options={RULE_LINES.map((l) => ({ value: l, label: t(`line.${l}`) }))} />
        </Form.Item>
        <Form.Item name="statuses" label={t('points.rules.statuses')} extra={t('points.rules.allHint')}>
          <Checkbox.Group options={POLITICAL_STATUSES.map((s) => ({ value: s, label: t(`politicalStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item name="source" label={t('points.rules.source')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={3} showCount maxLength={500} />
        </Form.Item>
        <Form.Item name="active" label={t('points.rules.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 积分规则 (`/points/rules`): every member reads how points are earned; the unit's officers edit. */
export default function PointRulesPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PointRulesQuery, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Rule | null>(null);
  const editable = data?.pointRulesEditable ?? false;
  const rules = data?.pointRules ?? [];
  return (
    <div className="tx-page tx-points">
      <PageHeader title={t('points.rules.title')} />
      {error && !data && <Alert type="error" showIcon title={serverErrorText(error, t)} />}
      <Card>
        <Table
          rowKey="id"
          size="small"
          loading={fetching && !data}
          dataSource={rules}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('points.rules.empty')} /> }}
          expandable={{ expandedRowRender: (r) => <Typography.Paragraph style={{ margin: 0 }}>{t('points.rules.basis', { source: r.source || '—' })}</Typography.Paragraph> }}
          columns={[
            { title: t('points.rules.name'), dataIndex: 'name', render: (n: string, r) => <Space size={4}>{n}{!r.active && <Tag>{t('points.rules.inactive')}</Tag>}</Space> },
            { title: t('points.rules.points'), dataIndex: 'points', align: 'right' as const },
            { title: t('points.rules.capDay'), dataIndex: 'capDay', render: capText },
            { title: t('points.rules.capMonth'), dataIndex: 'capMonth', render: capText },
            { title: t('points.rules.capYear'), dataIndex: 'capYear', render: capText },
            {
              title: t('points.rules.appliesTo'),
              key: 'applies',
              render: (_: unknown, r: Rule) =>
                r.lines.length === 0 && r.statuses.length === 0
                  ? t('points.rules.everyone')
                  : [...r.lines.map((l) => t(`line.${l}`)), ...r.statuses.map((s) => t(`politicalStatus.${s}`))].join('、'),
            },
            ...(editable
              ? [
                  {
                    title: '',
                    key: 'edit',
                    render: (_: unknown, r: Rule) => (
                      <Button size="small" onClick={() => setEditing(r)}>
                        {t('common.edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {editing && (
        <RuleDialog
          rule={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </div>
  );
}
