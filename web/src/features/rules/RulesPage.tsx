import { useEffect, useMemo, useState } from 'react';
import { App as AntApp, Button, Collapse, Empty, Form, Input, Modal, Popconfirm, Select, Skeleton, Tag, Typography } from 'antd';
import { CalendarOutlined, EditOutlined, UndoOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { OverrideRuleMutation, ResetRuleMutation, RulesQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { RuleParams } from './RuleParams';
import type { RulesQuery as RulesData } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { groupRules, paramsProblemMessage, parseParams, prettyJson, ruleAreas } from './rules';
import { maxLen, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

type Rule = RulesData['rules'][number];
const FIELDS = ['params', 'sourceNote'] as const;

interface AdjustValues {
  params: string;
  sourceNote: string;
}

/** 调整: the tenant's own parameters for a rule, as JSON, with the document behind them. */
function AdjustRuleDialog({ rule, open, onClose }: { rule: Rule | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<AdjustValues>();
  const { submit, fetching, error, leftovers, clear } = useFormMutation(OverrideRuleMutation, form, FIELDS);

  useEffect(() => {
    if (open && rule) {
      clear();
      form.resetFields();
      form.setFieldsValue({
        params: prettyJson(rule.effectiveParams),
        sourceNote: rule.overridden ? rule.effectiveSource : '',
      });
    }
  }, [open, rule, form, clear]);

  const onOk = async () => {
    if (!rule) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const parsed = parseParams(v.params, rule.defaultParams);
    if (!parsed.ok) return;
    const { data } = await submit({ input: { key: rule.key, params: parsed.value, sourceNote: v.sourceNote.trim() } });
    if (data) {
      message.success(t('rules.adjusted', { title: rule.title }));
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={rule ? t('rules.dialog.title', { title: rule.title }) : ''}
      onCancel={onClose}
      forceRender
      width={640}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="ok" type="primary" loading={fetching} onClick={onOk}>
          {t('common.save')}
        </Button>,
      ]}
    >
      {rule && (
        <Typography.Paragraph type="secondary">
          <span className="tx-mono">{rule.key}</span> · {t('rules.defaultSourceLine', { source: rule.source })}
        </Typography.Paragraph>
      )}
      <FormError error={error} extra={leftovers} />
      <Form<AdjustValues> name="adjustRule" form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="params"
          label={t('rules.dialog.params')}
          extra={
            <>
              {t('rules.dialog.paramsHelp')}{' '}
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto' }}
                onClick={() => {
                  if (!rule) return;
                  form.setFieldsValue({ params: prettyJson(rule.defaultParams) });
                  void form.validateFields(['params']).catch(() => null);
                }}
              >
                {t('rules.dialog.fillDefault')}
              </Button>
            </>
          }
          rules={[
            {
              validator: (_, v: string | undefined) => {
                const parsed = parseParams(v ?? '', rule?.defaultParams);
                return parsed.ok ? Promise.resolve() : Promise.reject(new Error(paramsProblemMessage(t, parsed.problem)));
              },
            },
          ]}
        >
          <Input.TextArea className="tx-mono" autoSize={{ minRows: 5, maxRows: 16 }} spellCheck={false} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="sourceNote"
          label={t('rules.dialog.sourceNote')}
          extra={t('rules.dialog.sourceNoteHelp')}
          rules={[required(t, t('rules.dialog.sourceNote')), maxLen(t, 500)]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('rules.dialog.sourceNotePlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RuleItem({
  rule,
  canEdit,
  onAdjust,
  onReset,
}: {
  rule: Rule;
  canEdit: boolean;
  onAdjust: (r: Rule) => void;
  onReset: (r: Rule) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <div className="tx-rule" data-testid={`rule-${rule.key}`}>
      <div className="tx-rule-head">
        <div className="tx-rule-title">
          <Typography.Text strong>{rule.title}</Typography.Text>
          <Typography.Text type="secondary" className="tx-mono" style={{ fontSize: 12 }}>
            {rule.key}
          </Typography.Text>
        </div>
        {canEdit && (
          <div className="tx-rule-actions">
            <Button size="small" icon={<EditOutlined />} onClick={() => onAdjust(rule)}>
              {t('rules.adjust')}
            </Button>
            {rule.overridden && (
              <Popconfirm
                title={t('rules.resetConfirm', { title: rule.title })}
                description={t('rules.resetBody')}
                okText={t('rules.reset')}
                cancelText={t('common.cancel')}
                onConfirm={() => onReset(rule)}
              >
                <Button size="small" icon={<UndoOutlined />}>
                  {t('rules.reset')}
                </Button>
              </Popconfirm>
            )}
          </div>
        )}
      </div>
      <div className="tx-rule-status">
        {rule.overridden ? (
          <>
            <Tag color="orange">{t('rules.overridden')}</Tag>
            {rule.overriddenAt && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('rules.overriddenAt', { date: formatDateTime(rule.overriddenAt) })}
              </Typography.Text>
            )}
          </>
        ) : (
          <Tag color="green">{t('rules.statutory')}</Tag>
        )}
      </div>
      <RuleParams params={rule.effectiveParams} />
      <div className="tx-rule-source">
        <Typography.Text type="secondary">{t('rules.sourceLabel')}</Typography.Text>
        {rule.effectiveSource}
      </div>
      {rule.overridden && (
        <div className="tx-rule-source">
          <Typography.Text type="secondary">
            {t('rules.defaultSourceLine', { source: rule.source })}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}

export default function RulesPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const { can } = useViewer();
  const canEdit = can('tenant:write');
  const [{ data, fetching, error }] = useQuery({ query: RulesQuery });
  const [, reset] = useMutation(ResetRuleMutation);
  const [search, setSearch] = useState('');
  const [area, setArea] = useState<string | null>(null);
  const [closed, setClosed] = useState<Set<string>>(() => new Set());
  const [editing, setEditing] = useState<Rule | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);

  const rules = useMemo(() => data?.rules ?? [], [data]);
  const areas = useMemo(() => ruleAreas(rules), [rules]);
  const groups = useMemo(() => groupRules(rules, search, area), [rules, search, area]);
  const e = describeError(error, t);

  const doReset = async (r: Rule) => {
    const res = await reset({ input: { key: r.key } });
    if (res.error) {
      const info = describeError(res.error, t);
      message.error(info ? errorText(info) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('rules.resetDone', { title: r.title }));
  };

  const adjust = (r: Rule) => {
    setEditing(r);
    setDialogOpen(true);
  };

  const filtering = search.trim() !== '' || area !== null;

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.rules')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('rules.intro')} {canEdit ? t('rules.introAdmin') : t('rules.introReadOnly')}
      </Typography.Paragraph>
      <div className="tx-toolbar">
        <Input.Search
          allowClear
          aria-label={t('rules.search')}
          placeholder={t('rules.search')}
          value={search}
          onChange={(ev) => setSearch(ev.target.value)}
          style={{ width: '100%', maxWidth: 280 }}
        />
        <Select
          allowClear
          aria-label={t('rules.filterArea')}
          placeholder={t('rules.filterArea')}
          value={area ?? undefined}
          onChange={(v?: string) => setArea(v ?? null)}
          options={areas.map((a) => ({ value: a, label: a }))}
          style={{ width: '100%', maxWidth: 200 }}
        />
        {/* Deadlines in working days (党员问询 …) follow the holidays and make-up days there. */}
        <Button icon={<CalendarOutlined />} onClick={() => navigate('/rules/calendar')}>
          {t('nav.workingCalendar')}
        </Button>
      </div>
      {e && <FormError error={e} />}
      {fetching && !data ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 8 }} />
        </div>
      ) : groups.length === 0 ? (
        data && <Empty description={filtering ? t('common.noMatch') : t('rules.empty')} />
      ) : (
        <Collapse
          className="tx-rules"
          activeKey={groups.filter((g) => !closed.has(g.area)).map((g) => g.area)}
          onChange={(keys) => {
            const open = new Set(Array.isArray(keys) ? keys : [keys]);
            setClosed((prev) => {
              const next = new Set(prev);
              for (const g of groups) {
                if (open.has(g.area)) next.delete(g.area);
                else next.add(g.area);
              }
              return next;
            });
          }}
          items={groups.map((g) => ({
            key: g.area,
            label: <Typography.Text strong>{g.area}</Typography.Text>,
            extra: <Typography.Text type="secondary">{t('rules.count', { count: g.rules.length })}</Typography.Text>,
            children: g.rules.map((r) => (
              <RuleItem key={r.key} rule={r} canEdit={canEdit} onAdjust={adjust} onReset={doReset} />
            )),
          }))}
        />
      )}
      {canEdit && <AdjustRuleDialog rule={editing} open={dialogOpen} onClose={() => setDialogOpen(false)} />}
    </div>
  );
}
