import { Button, Card, Form, Input, InputNumber, Modal, Select, Space, Typography, message } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { serverErrorText } from '../../api/errors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import type { AssessmentMethod, AssessmentMetric, AssessmentPeriodKind } from '../../gql/graphql';
import { CreateAssessmentSchemeMutation } from './operations';
import { METRICS, TARGET_KINDS, defaultThresholds, pts } from './assessment';

interface IndicatorForm {
  name: string;
  description?: string;
  weight: number;
  method: AssessmentMethod;
  metric?: AssessmentMetric;
  target?: number;
}

interface SchemeForm {
  organizationId: string;
  name: string;
  periodKind: AssessmentPeriodKind;
  year: number;
  quarter?: number;
  targetKind: string;
  indicators: IndicatorForm[];
  stars: (number | null)[];
}

/** A starting set of indicators: the automatic ones most tenants assess, and one by hand. */
const STARTER: IndicatorForm[] = [
  { name: '三会一课按期召开', weight: 30, method: 'AUTO', metric: 'MEETING_COMPLIANCE' },
  { name: '党费按时足额收缴', weight: 20, method: 'AUTO', metric: 'DUES_COLLECTION' },
  { name: '党员积分', weight: 15, method: 'AUTO', metric: 'POINTS_PER_MEMBER', target: 30 },
  { name: '通知按时确认', weight: 10, method: 'AUTO', metric: 'NOTICE_ACKNOWLEDGEMENT' },
  { name: '特色工作与品牌创建', weight: 25, method: 'MANUAL', description: '根据进展报告和佐证材料评分' },
];

/**
 * 新建考核: the issuing org, the period, the kind of org assessed, the indicators (weights are
 * full scores; automatic ones name their data source) and the stars' thresholds. The ledger is
 * computed at once; `onCreated` gets the new scheme's id.
 */
export function CreateSchemeDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SchemeForm>();
  const all = useAllOrganizations(null);
  const [{ fetching }, create] = useMutation(CreateAssessmentSchemeMutation);
  const year = new Date().getFullYear();
  const indicators = Form.useWatch('indicators', form) ?? STARTER;
  const full = indicators.reduce((s, i) => s + (Number(i?.weight) || 0), 0);
  const periodKind = Form.useWatch('periodKind', form);
  const submit = async () => {
    const v = await form.validateFields();
    const stars = v.stars.every((s) => s != null) ? (v.stars as number[]) : defaultThresholds(full);
    const res = await create({
      input: {
        organizationId: v.organizationId,
        name: v.name,
        periodKind: v.periodKind,
        year: v.year,
        quarter: v.periodKind === 'QUARTER' ? v.quarter : null,
        targetKind: v.targetKind,
        starThresholds: stars,
        indicators: v.indicators.map((i) => ({
          name: i.name,
          description: i.description ?? '',
          weight: i.weight,
          method: i.method,
          metric: i.method === 'AUTO' ? i.metric : null,
          target: i.metric === 'POINTS_PER_MEMBER' ? i.target : null,
        })),
      },
    });
    if (res.error) void message.error(serverErrorText(res.error, t));
    else if (res.data) {
      void message.success(t('assessment.create.done'));
      onCreated(res.data.createAssessmentScheme.ledger.scheme.id);
    }
  };
  return (
    <Modal open width={760} title={t('assessment.create.title')} okText={t('assessment.create.submit')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={submit} onCancel={onClose} destroyOnHidden>
      <Form<SchemeForm>
        form={form}
        layout="vertical"
        initialValues={{ name: `${year} 年度党支部目标考核`, periodKind: 'YEAR', year, targetKind: 'PARTY_BRANCH', indicators: STARTER, stars: [null, null, null, null, null] }}
      >
        <Form.Item name="organizationId" label={t('assessment.create.org')} rules={[{ required: true, message: t('assessment.create.orgRequired') }]}>
          <OrgTreeSelect orgs={all.orgs} loading={all.loading} aria-label={t('assessment.create.org')} />
        </Form.Item>
        <Form.Item name="name" label={t('assessment.create.name')} rules={[{ required: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="periodKind" label={t('assessment.create.period')}>
            <Select style={{ width: 120 }} options={[{ value: 'YEAR', label: t('assessment.periodKind.YEAR') }, { value: 'QUARTER', label: t('assessment.periodKind.QUARTER') }]} />
          </Form.Item>
          <Form.Item name="year" label={t('assessment.create.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2200} precision={0} />
          </Form.Item>
          {periodKind === 'QUARTER' && (
            <Form.Item name="quarter" label={t('assessment.create.quarter')} rules={[{ required: true, message: t('assessment.create.quarterRequired') }]}>
              <Select style={{ width: 120 }} options={[1, 2, 3, 4].map((q) => ({ value: q, label: t('assessment.quarterN', { quarter: q }) }))} />
            </Form.Item>
          )}
          <Form.Item name="targetKind" label={t('assessment.create.targetKind')}>
            <Select style={{ width: 140 }} options={TARGET_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>{t('assessment.create.indicators', { full: pts(full) })}</Typography.Title>
        <Form.List name="indicators">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => {
                const method = form.getFieldValue(['indicators', f.name, 'method']) as AssessmentMethod | undefined;
                const metric = form.getFieldValue(['indicators', f.name, 'metric']) as AssessmentMetric | undefined;
                return (
                  <Card key={f.key} size="small" style={{ marginBottom: 8 }}>
                    <Space wrap align="start">
                      <Form.Item name={[f.name, 'name']} label={t('assessment.indicator.name')} rules={[{ required: true, max: 100 }]}>
                        <Input style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'weight']} label={t('assessment.indicator.weight')} rules={[{ required: true }]}>
                        <InputNumber min={0.01} max={1000} precision={2} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'method']} label={t('assessment.indicator.method')}>
                        <Select style={{ width: 100 }} options={[{ value: 'AUTO', label: t('assessment.method.AUTO') }, { value: 'MANUAL', label: t('assessment.method.MANUAL') }]} />
                      </Form.Item>
                      {method === 'AUTO' && (
                        <Form.Item name={[f.name, 'metric']} label={t('assessment.indicator.metric')} rules={[{ required: true, message: t('assessment.indicator.metricRequired') }]}>
                          <Select style={{ width: 190 }} options={METRICS.map((m) => ({ value: m, label: t(`assessment.metrics.${m}`) }))} />
                        </Form.Item>
                      )}
                      {method === 'AUTO' && metric === 'POINTS_PER_MEMBER' && (
                        <Form.Item name={[f.name, 'target']} label={t('assessment.indicator.target')} rules={[{ required: true }]}>
                          <InputNumber min={1} max={100000} precision={0} />
                        </Form.Item>
                      )}
                      <Button type="text" danger icon={<MinusCircleOutlined />} aria-label={t('assessment.indicator.remove')} onClick={() => remove(f.name)} disabled={fields.length <= 1} />
                    </Space>
                    <Form.Item name={[f.name, 'description']} label={t('assessment.indicator.description')} style={{ marginBottom: 0 }}>
                      <Input.TextArea autoSize maxLength={1000} />
                    </Form.Item>
                  </Card>
                );
              })}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '', weight: 10, method: 'MANUAL' })} disabled={fields.length >= 50}>
                {t('assessment.indicator.add')}
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          {t('assessment.create.stars')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('assessment.create.starsHint', { values: defaultThresholds(full).map(pts).join(' / ') })}</Typography.Paragraph>
        <Space wrap>
          {[0, 1, 2, 3, 4].map((i) => (
            <Form.Item key={i} name={['stars', i]} label={t('assessment.starN', { n: i + 1 })}>
              <InputNumber min={0} max={1000} precision={2} placeholder={pts(defaultThresholds(full)[i])} />
            </Form.Item>
          ))}
        </Space>
      </Form>
    </Modal>
  );
}
