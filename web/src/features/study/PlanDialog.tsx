import { useEffect, useRef, useState } from 'react';
import { Alert, App as AntApp, Checkbox, DatePicker, Form, Input, Modal, Select, Spin, Switch } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type dayjs from 'dayjs';
import type { OrgLine } from '../../gql/graphql';
import { describeError, errorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { isoToPicker, pickerToIso } from '../../lib/format';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import { CreateStudyPlanMutation, StudyCoursesQuery, StudyMaterialsQuery, StudyPlanEditQuery, UpdateStudyPlanMutation } from './operations';
import { itemInput, itemKey, planAudience, type PlanAudience } from './study';

/** Materials and courses offered in the pickers. */
const PICK = 100;

interface Values {
  title: string;
  description?: string;
  deadline: dayjs.Dayjs;
  items: string[];
  audienceOrg: string | null;
  includeSubtree: boolean;
  lines: OrgLine[];
}

const FIELDS = ['title', 'description', 'deadline', 'items', 'audienceOrg', 'lines'] as const;

/**
 * 布置学习计划 / 编辑学习计划: title, description, deadline, items (courses and materials, in the
 * order chosen) and who it is for. Editing shows the plan's current values; an audience of
 * several orgs (or of lines tenant-wide), which this form cannot choose, is kept as it is.
 */
export function PlanDialog({ orgId, planId, onClose, onSaved }: { orgId: string; planId?: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const { orgs, loading } = useAllOrganizations(null);
  const [{ data: materials }] = useQuery({ query: StudyMaterialsQuery, variables: { orgId, first: PICK } });
  const [{ data: courses }] = useQuery({ query: StudyCoursesQuery, variables: { orgId, first: PICK } });
  const [current] = useQuery({ query: StudyPlanEditQuery, variables: { id: planId ?? '' }, pause: !planId, requestPolicy: 'network-only' });
  const plan = planId ? current.data?.studyPlan : undefined;
  // Orgs kept as they are (an audience the form cannot show); null: the form's org is used.
  const [keptOrgs, setKeptOrgs] = useState<PlanAudience['orgs'] | null>(null);
  // The form shows the audience as several fields: the server's message goes on the org's (or the lines').
  const map = { audience: keptOrgs ? 'lines' : 'audienceOrg' };
  const create = useFormMutation(CreateStudyPlanMutation, form, FIELDS, map);
  const update = useFormMutation(UpdateStudyPlanMutation, form, FIELDS, map);
  const { fetching, error, leftovers } = planId ? update : create;

  // The plan's values, once they arrive.
  const filled = useRef(false);
  useEffect(() => {
    if (!plan || filled.current) return;
    filled.current = true;
    const audience = planAudience(plan.audience) ?? { orgs: [{ orgId: plan.organizationId, includeSubtree: true }], lines: [] };
    const single = audience.orgs.length === 1 ? audience.orgs[0] : null;
    setKeptOrgs(single ? null : audience.orgs);
    form.setFieldsValue({
      title: plan.title,
      description: plan.description,
      deadline: isoToPicker(plan.deadline) ?? undefined,
      items: plan.items.map(itemKey).filter((k): k is string => k !== null),
      audienceOrg: single?.orgId ?? null,
      includeSubtree: single?.includeSubtree ?? true,
      lines: audience.lines,
    });
  }, [plan, form]);

  const options = [
    ...(courses?.studyCourses.edges ?? []).map((e) => ({ value: `c:${e.node.id}`, label: `${t('study.manage.courseTag')} ${e.node.title}` })),
    ...(materials?.studyMaterials.edges ?? []).map((e) => ({ value: `m:${e.node.id}`, label: e.node.title })),
  ];
  // The plan's items the pickers do not offer (archived materials, courses beyond the first page).
  const held = (plan?.items ?? []).flatMap((i) => {
    const key = itemKey(i);
    if (!key || options.some((o) => o.value === key)) return [];
    return [{ value: key, label: i.courseId ? `${t('study.manage.courseTag')} ${i.title}` : i.title }];
  });

  const onOk = async () => {
    // A field's own message says what is missing.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const fields = {
      title: v.title,
      description: v.description ?? '',
      deadline: pickerToIso(v.deadline) ?? '',
      items: v.items.map(itemInput),
      audience: { orgs: keptOrgs ?? [{ orgId: v.audienceOrg ?? orgId, includeSubtree: v.includeSubtree }], lines: v.lines ?? [] },
    };
    const res = planId ? await update.submit({ input: { planId, ...fields } }) : await create.submit({ input: { orgId, ...fields } });
    if (res.data) {
      void message.success(planId ? t('study.manage.planSaved') : t('study.manage.planCreated'));
      onSaved();
    }
  };

  const loadError = describeError(current.error, t);
  const waiting = !!planId && !plan;
  return (
    <Modal
      open
      title={planId ? t('study.manage.editPlan') : t('study.manage.newPlan')}
      okText={planId ? t('common.save') : t('study.manage.assign')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      okButtonProps={{ disabled: waiting }}
      onOk={onOk}
      onCancel={onClose}
      forceRender
    >
      {loadError && <Alert type="error" showIcon title={errorText(loadError)} style={{ marginBottom: 16 }} />}
      <FormError error={error} extra={leftovers} />
      <Spin spinning={waiting && !loadError}>
        <Form form={form} layout="vertical" requiredMark={false} initialValues={{ audienceOrg: orgId, includeSubtree: true, lines: [], items: [] }}>
          <Form.Item name="title" label={t('study.fields.title')} rules={[{ required: true, whitespace: true, message: t('study.fields.titleRequired') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="description" label={t('study.fields.description')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="deadline" label={t('study.fields.deadline')} rules={[{ required: true, message: t('study.fields.deadlineRequired') }]}>
            <DatePicker showTime style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="items"
            label={t('study.fields.items')}
            extra={t('study.fields.orderHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('study.fields.itemsRequired') }]}
          >
            <Select mode="multiple" aria-label={t('study.fields.items')} options={[...held, ...options]} optionFilterProp="label" />
          </Form.Item>
          {keptOrgs ? (
            <Alert type="info" showIcon data-testid="study-plan-kept-audience" title={t('study.manage.audienceKept', { count: keptOrgs.length })} style={{ marginBottom: 16 }} />
          ) : (
            <>
              <Form.Item name="audienceOrg" label={t('study.fields.audience')}>
                <OrgTreeSelect orgs={orgs} loading={loading} allowClear={false} aria-label={t('study.fields.audience')} />
              </Form.Item>
              <Form.Item name="includeSubtree" valuePropName="checked" label={t('study.fields.includeSubtree')}>
                <Switch />
              </Form.Item>
            </>
          )}
          <Form.Item name="lines" label={t('study.fields.lines')} extra={planId ? t('study.manage.audienceHint') : undefined}>
            <Checkbox.Group options={(['PARTY', 'UNION', 'YOUTH'] as const).map((l) => ({ value: l, label: t(`line.${l}`) }))} />
          </Form.Item>
        </Form>
      </Spin>
    </Modal>
  );
}
