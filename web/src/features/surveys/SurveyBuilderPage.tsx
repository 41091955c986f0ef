import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { App as AntApp, Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useClient, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { CreateSurveyMutation, SurveyAudienceCountQuery } from './operations';
import { AudienceRolesQuery } from '../notices/operations';
import { AudiencePicker } from '../notices/AudiencePicker';
import { BUILTIN_ROLES, EMPTY_AUDIENCE, hasSelector, type AudienceValue } from '../notices/notices';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import { pickerToIso } from '../../lib/format';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import type { ResultsVisibility, SurveyQuestionKind } from '../../gql/graphql';
import {
  MAX_OPTION,
  MAX_OPTIONS,
  MAX_QUESTION,
  MAX_QUESTIONS,
  MAX_SCALE_LABEL,
  MAX_TITLE,
  QUESTION_KINDS,
  isChoice,
  move,
  newQuestion,
  questionProblems,
  toAudienceInput,
  toQuestionInput,
  type DraftQuestion,
} from './surveys';

interface Values {
  orgId: string | null;
  title: string;
  description?: string;
  anonymous: boolean;
  resultsVisibility: ResultsVisibility;
  audience: AudienceValue;
  opensAt?: dayjs.Dayjs | null;
  closesAt: dayjs.Dayjs | null;
}

const FIELDS = ['orgId', 'title', 'description', 'audience', 'opensAt', 'closesAt'] as const;
const PICKER_FORMAT = 'YYYY-MM-DD HH:mm';

/** How many the audience holds now, asked half a second after it last changed. */
function useAudienceCount(orgId: string | null | undefined, audience: AudienceValue | undefined): number | null {
  const client = useClient();
  const [count, setCount] = useState<number | null>(null);
  const key = orgId && audience && hasSelector(audience) ? JSON.stringify([orgId, toAudienceInput(audience)]) : '';
  useEffect(() => {
    if (!key) {
      setCount(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      const [org, input] = JSON.parse(key) as [string, ReturnType<typeof toAudienceInput>];
      void client
        .query(SurveyAudienceCountQuery, { orgId: org, audience: input }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((r) => !cancelled && setCount(r.data ? r.data.surveyAudienceCount : null));
    }, 500);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, key]);
  return count;
}

/** One question of the builder: its kind, text, options or scale, and whether it is required. */
function QuestionEditor({
  q,
  index,
  count,
  showProblems,
  onChange,
  onMove,
  onRemove,
}: {
  q: DraftQuestion;
  index: number;
  count: number;
  showProblems: boolean;
  onChange: (q: DraftQuestion) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const problems = showProblems ? questionProblems(q) : [];
  const set = (patch: Partial<DraftQuestion>) => onChange({ ...q, ...patch });
  return (
    <Card
      size="small"
      data-testid="survey-question-editor"
      title={t('surveys.builder.questionN', { n: index + 1 })}
      extra={
        <Space>
          <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('surveys.builder.moveUp')} disabled={index === 0} onClick={() => onMove(index - 1)} />
          <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('surveys.builder.moveDown')} disabled={index === count - 1} onClick={() => onMove(index + 1)} />
          <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('surveys.builder.remove')} disabled={count === 1} onClick={onRemove} />
        </Space>
      }
      style={{ marginBottom: 12 }}
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <Select<SurveyQuestionKind>
          aria-label={t('surveys.builder.kind')}
          value={q.kind}
          style={{ width: 140 }}
          options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))}
          onChange={(kind) => {
            const fresh = newQuestion(kind);
            onChange({ ...fresh, key: q.key, title: q.title, required: q.required, options: isChoice(kind) && q.options.length ? q.options : fresh.options });
          }}
        />
        <Space>
          <Switch size="small" checked={q.required} onChange={(required) => set({ required })} aria-label={t('surveys.builder.required')} />
          {t('surveys.builder.required')}
        </Space>
      </Space>
      <Input
        aria-label={t('surveys.builder.questionTitle')}
        placeholder={t('surveys.builder.questionTitle')}
        value={q.title}
        maxLength={MAX_QUESTION}
        showCount
        onChange={(e) => set({ title: e.target.value })}
        style={{ marginBottom: 8 }}
      />
      {isChoice(q.kind) && (
        <div>
          {q.options.map((o, i) => (
            <Space key={i} align="baseline" style={{ display: 'flex', marginBottom: 6 }}>
              <Input
                aria-label={t('surveys.builder.optionN', { n: i + 1 })}
                placeholder={t('surveys.builder.optionN', { n: i + 1 })}
                value={o}
                maxLength={MAX_OPTION}
                onChange={(e) => set({ options: q.options.map((x, j) => (j === i ? e.target.value : x)) })}
              />
              {q.options.length > 2 && (
                <MinusCircleOutlined aria-label={t('surveys.builder.removeOption')} onClick={() => set({ options: q.options.filter((_, j) => j !== i) })} />
              )}
            </Space>
          ))}
          <Button type="dashed" size="small" icon={<PlusOutlined />} disabled={q.options.length >= MAX_OPTIONS} onClick={() => set({ options: [...q.options, ''] })}>
            {t('surveys.builder.addOption')}
          </Button>
          {q.kind === 'MULTIPLE_CHOICE' && (
            <Space wrap style={{ marginTop: 8, display: 'flex' }}>
              {t('surveys.builder.minChoices')}
              <InputNumber aria-label={t('surveys.builder.minChoices')} min={0} max={MAX_OPTIONS} value={q.minChoices} onChange={(v) => set({ minChoices: v ?? 1 })} />
              {t('surveys.builder.maxChoices')}
              <InputNumber aria-label={t('surveys.builder.maxChoices')} min={1} max={MAX_OPTIONS} value={q.maxChoices} onChange={(v) => set({ maxChoices: v ?? 1 })} />
            </Space>
          )}
        </div>
      )}
      {q.kind === 'RATING' && (
        <Space wrap>
          {t('surveys.builder.scale')}
          <Select<number> aria-label={t('surveys.builder.scaleMin')} value={q.scaleMin} onChange={(scaleMin) => set({ scaleMin })} options={[0, 1].map((v) => ({ value: v, label: v }))} />
          –
          <Select<number>
            aria-label={t('surveys.builder.scaleMax')}
            value={q.scaleMax}
            onChange={(scaleMax) => set({ scaleMax })}
            options={[2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => ({ value: v, label: v }))}
          />
          <Input aria-label={t('surveys.builder.minLabel')} placeholder={t('surveys.builder.minLabel')} maxLength={MAX_SCALE_LABEL} value={q.minLabel} onChange={(e) => set({ minLabel: e.target.value })} />
          <Input aria-label={t('surveys.builder.maxLabel')} placeholder={t('surveys.builder.maxLabel')} maxLength={MAX_SCALE_LABEL} value={q.maxLabel} onChange={(e) => set({ maxLabel: e.target.value })} />
        </Space>
      )}
      {problems.length > 0 && (
        <Typography.Paragraph type="danger" style={{ marginTop: 8, marginBottom: 0 }} data-testid="question-problems">
          {problems.map((p) => t(`surveys.problems.${p.key}`, p.values)).join('；')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/**
 * 发起问卷 (`/surveys/new`): the issuing org, title, questions (added, removed, reordered; each
 * of a kind with its options or scale and whether it is required), anonymity, when results show,
 * who is asked and the window. Checks every question, then asks before publishing.
 */
export default function SurveyBuilderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { modal } = AntApp.useApp();
  const { isAdmin } = useViewer();
  const [form] = Form.useForm<Values>();
  const { orgs, loading: orgsLoading } = useAllOrganizations(null);
  const [roleData] = useQuery({ query: AudienceRolesQuery, pause: !isAdmin });
  const create = useFormMutation(CreateSurveyMutation, form, FIELDS);
  const [questions, setQuestions] = useState<DraftQuestion[]>(() => [newQuestion('SINGLE_CHOICE')]);
  const [showProblems, setShowProblems] = useState(false);
  const roles = useMemo(
    () =>
      roleData.data?.roles.map((r) => ({ name: r.name, label: r.label })) ??
      BUILTIN_ROLES.map((name) => ({ name, label: t(`roleNames.${name}`, { defaultValue: name }) })),
    [roleData.data, t],
  );
  const orgId = Form.useWatch('orgId', form);
  const audience = Form.useWatch('audience', form);
  const count = useAudienceCount(orgId, audience);
  const invalid = questions.some((q) => questionProblems(q).length > 0);

  const submit = (v: Values) => {
    setShowProblems(true);
    if (invalid) return;
    modal.confirm({
      title: t('surveys.create.confirm'),
      content: t('surveys.create.confirmWhat', { count: questions.length, people: count ?? 0 }),
      okText: t('surveys.create.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const res = await create.submit({
          input: {
            orgId: v.orgId ?? '',
            title: v.title,
            description: v.description ?? null,
            questions: questions.map(toQuestionInput),
            anonymous: v.anonymous,
            resultsVisibility: v.resultsVisibility,
            audience: toAudienceInput(v.audience),
            opensAt: pickerToIso(v.opensAt ?? null),
            closesAt: pickerToIso(v.closesAt) ?? '',
          },
        });
        if (res.data) navigate(`/surveys/${res.data.createSurvey.survey.id}`);
      },
    });
  };

  return (
    <div className="tx-page">
      <PageHeader title={t('surveys.create.title')} />
      <Card>
        <FormError error={create.error} extra={create.leftovers} />
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          onFinishFailed={() => setShowProblems(true)}
          initialValues={{
            orgId: null,
            anonymous: true,
            resultsVisibility: 'AFTER_CLOSE',
            audience: EMPTY_AUDIENCE,
            closesAt: dayjs().add(7, 'day').startOf('hour'),
          }}
        >
          <Form.Item name="orgId" label={t('surveys.fields.org')} rules={[requiredSelect(t, t('surveys.fields.org'))]}>
            <OrgTreeSelect orgs={orgs} loading={orgsLoading} placeholder={t('surveys.fields.org')} />
          </Form.Item>
          <Form.Item name="title" label={t('surveys.fields.title')} rules={[required(t, t('surveys.fields.title')), maxLen(t, MAX_TITLE)]}>
            <Input maxLength={MAX_TITLE} showCount />
          </Form.Item>
          <Form.Item name="description" label={t('surveys.fields.description')} rules={[maxLen(t, 5000)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item label={t('surveys.fields.questions')} required>
            {questions.map((q, i) => (
              <QuestionEditor
                key={q.key}
                q={q}
                index={i}
                count={questions.length}
                showProblems={showProblems}
                onChange={(next) => setQuestions((list) => list.map((x) => (x.key === q.key ? next : x)))}
                onMove={(to) => setQuestions((list) => move(list, i, to))}
                onRemove={() => setQuestions((list) => list.filter((x) => x.key !== q.key))}
              />
            ))}
            <Space wrap>
              {QUESTION_KINDS.map((k) => (
                <Button key={k} icon={<PlusOutlined />} disabled={questions.length >= MAX_QUESTIONS} onClick={() => setQuestions((list) => [...list, newQuestion(k)])}>
                  {t(`surveys.kind.${k}`)}
                </Button>
              ))}
            </Space>
            {showProblems && invalid && <Alert type="error" showIcon title={t('surveys.builder.fixQuestions')} style={{ marginTop: 12 }} />}
          </Form.Item>
          <Form.Item name="anonymous" label={t('surveys.fields.anonymous')} valuePropName="checked" extra={t('surveys.create.anonymousHint')}>
            <Switch />
          </Form.Item>
          <Form.Item name="resultsVisibility" label={t('surveys.fields.resultsVisibility')}>
            <Select
              options={(['AFTER_CLOSE', 'LIVE'] as ResultsVisibility[]).map((v) => ({ value: v, label: t(`surveys.visibility.${v}`) }))}
              style={{ maxWidth: 320 }}
            />
          </Form.Item>
          <Form.Item
            name="audience"
            label={t('surveys.fields.audience')}
            rules={[
              {
                validator: async (_, v: AudienceValue) => {
                  if (!v || !hasSelector(v)) throw new Error(t('surveys.create.audienceRequired'));
                },
              },
            ]}
          >
            <AudiencePicker orgs={orgs} orgsLoading={orgsLoading} roles={roles} />
          </Form.Item>
          <Typography.Paragraph data-testid="survey-audience-count">
            {count == null ? t('surveys.create.countUnknown') : t('surveys.create.count', { count })}
          </Typography.Paragraph>
          <Space wrap>
            <Form.Item name="opensAt" label={t('surveys.fields.opensAt')} extra={t('surveys.create.opensNow')}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} />
            </Form.Item>
            <Form.Item name="closesAt" label={t('surveys.fields.closesAt')} rules={[{ required: true, message: t('surveys.create.closesRequired') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format={PICKER_FORMAT} />
            </Form.Item>
          </Space>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={create.fetching}>
              {t('surveys.create.submit')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
    </div>
  );
}
