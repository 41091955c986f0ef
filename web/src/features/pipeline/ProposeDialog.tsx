import { useEffect, useMemo } from 'react';
import { useQuery } from 'urql';
import { App as AntApp, DatePicker, Descriptions, Form, Input, InputNumber, Radio, Select, type ButtonProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProposeStageTransitionMutation } from './operations';
import { MeetingsQuery } from '../meetings/operations';
import { FormError } from '../../components/FormError';
import { FormDialog } from '../../components/FormDialog';
import type { PipelineStage } from '../../gql/graphql';
import { toNaiveDate } from '../../lib/format';
import { MAX_EXTENSION_MONTHS, MAX_NOTE, today, type StageTransition } from './pipeline';
import { maxLen, requiredSelect } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import type { PipelineEntry } from './EntryCard';
import { RuleRefusal } from './RuleRefusal';
import { StageTag } from './StageTags';

/** What a 预备党员's branch proposes: 转正, 延长预备期 or 取消预备党员资格. */
type ProbationChoice = 'FULL_MEMBER' | 'EXTEND' | 'CANCELLED';

interface Values {
  toStage: PipelineStage | null;
  choice: ProbationChoice;
  extensionMonths: number | null;
  effectiveOn: dayjs.Dayjs | null;
  note: string;
  meetingId: string | null;
}

// `toStage` is left off: a rule refusal on it is shown above the form, with the rule and its source.
const FIELDS = ['effectiveOn', 'note', 'extensionMonths', 'meetingId'] as const;

/** The input of `proposeStageTransition` from the form. */
export function proposeInput(memberId: string, probationary: boolean, v: Values) {
  const extend = probationary && v.choice === 'EXTEND';
  const toStage: PipelineStage = probationary ? (v.choice === 'CANCELLED' ? 'CANCELLED' : extend ? 'PROBATIONARY' : 'FULL_MEMBER') : v.toStage!;
  const note = (v.note ?? '').trim();
  return {
    memberId,
    toStage,
    extensionMonths: extend ? v.extensionMonths : null,
    effectiveOn: toNaiveDate(v.effectiveOn)!,
    note: note || null,
    meetingId: toStage === 'FULL_MEMBER' ? v.meetingId || null : null,
  };
}

/** The branch's general meetings (支部党员大会) already held, newest first: what a 转正 names. */
function useHeldGeneralMeetings(orgId: string | null) {
  // Fixed for the dialog's life, so the query's variables do not change on every render.
  const now = useMemo(() => new Date().toISOString(), [orgId]);
  const [res] = useQuery({ query: MeetingsQuery, variables: { first: 50, orgId, to: now }, pause: !orgId });
  const meetings = (res.data?.meetings.edges ?? [])
    .map((e) => e.node)
    .filter((m) => m.orgId === orgId && m.type === 'BRANCH_GENERAL_MEETING' && m.status !== 'CANCELLED');
  return { meetings, fetching: res.fetching };
}

/**
 * 提出 the next step for a member: the stage (for a 预备党员 转正 / 延长预备期 with months /
 * 取消资格), the effective date (e.g. the branch meeting's) and a note. The rules may refuse;
 * the refusal, citing the rule and its source, stays above the form.
 */
export function ProposeDialog({ entry, onClose, onDone }: { entry: PipelineEntry | null; onClose: () => void; onDone: (t: StageTransition) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const propose = useFormMutation(ProposeStageTransitionMutation, form, FIELDS);
  const probationary = entry?.stage === 'PROBATIONARY';
  // 转正 is the default choice: before the form has taken it the meeting field shows already.
  const choice = Form.useWatch('choice', form) ?? 'FULL_MEMBER';
  const converting = probationary && choice === 'FULL_MEMBER';
  const general = useHeldGeneralMeetings(converting ? (entry?.orgId ?? null) : null);
  useEffect(() => {
    if (entry) {
      propose.clear();
      form.resetFields();
      form.setFieldsValue({ toStage: entry.nextStage ?? null, choice: 'FULL_MEMBER', extensionMonths: 6, effectiveOn: dayjs(today()), note: '', meetingId: null });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !entry) return;
    const input = proposeInput(entry.memberId, probationary, form.getFieldsValue(true) as Values);
    const { data } = await propose.submit({ input });
    if (!data) return;
    const tr = data.proposeStageTransition;
    message.success(t(tr.status === 'PUBLICIZING' ? 'pipeline.propose.donePublicity' : 'pipeline.propose.done', { name: entry.name }));
    onDone(tr);
  };

  const { toStage: refusal, ...rest } = propose.leftovers;

  return (
    <FormDialog
      open={!!entry}
      title={entry ? t('pipeline.propose.title', { name: entry.name }) : ''}
      okText={t('pipeline.propose.submit')}
      okButtonProps={{ 'data-testid': 'pipeline-propose-ok' } as ButtonProps}
      onOk={onOk}
      onClose={onClose}
      fetching={propose.fetching}
      intro={
        <>
          {entry && (
            <Descriptions
              size="small"
              column={1}
              style={{ marginBottom: 12 }}
              items={[
                { key: 'stage', label: t('pipeline.fields.currentStage'), children: <StageTag stage={entry.stage} /> },
                { key: 'since', label: t('pipeline.fields.since'), children: entry.since ?? '—' },
                ...(entry.earliestNext ? [{ key: 'earliest', label: t('pipeline.fields.earliestNext'), children: entry.earliestNext }] : []),
              ]}
            />
          )}
          {refusal && <RuleRefusal text={refusal} />}
          {(!refusal || Object.keys(rest).length > 0) && <FormError error={propose.error} extra={rest} />}
        </>
      }
      form={form}
      name="pipeline-propose"
    >
      {probationary ? (
        <Form.Item name="choice" label={t('pipeline.fields.toStage')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'FULL_MEMBER', label: t('pipeline.propose.toFull') },
              { value: 'EXTEND', label: t('pipeline.propose.extend') },
              { value: 'CANCELLED', label: t('pipeline.propose.cancel') },
            ]}
          />
        </Form.Item>
      ) : (
        <Form.Item name="toStage" label={t('pipeline.fields.toStage')} rules={[requiredSelect(t, t('pipeline.fields.toStage'))]}>
          <Select
            aria-label={t('pipeline.fields.toStage')}
            options={(entry?.nextStage ? [entry.nextStage] : []).map((s) => ({ value: s, label: t(`pipeline.stages.${s}`) }))}
          />
        </Form.Item>
      )}
      {probationary && choice === 'EXTEND' && (
        <Form.Item
          name="extensionMonths"
          label={t('pipeline.fields.extensionMonths')}
          extra={t('pipeline.propose.extendHelp')}
          rules={[requiredSelect(t, t('pipeline.fields.extensionMonths'))]}
        >
          <InputNumber min={1} max={MAX_EXTENSION_MONTHS} precision={0} aria-label={t('pipeline.fields.extensionMonths')} />
        </Form.Item>
      )}
      {converting && (
        <Form.Item
          name="meetingId"
          label={t('pipeline.propose.meeting')}
          extra={general.meetings.length === 0 && !general.fetching ? t('pipeline.propose.meetingNone') : t('pipeline.propose.meetingHelp')}
          rules={[requiredSelect(t, t('pipeline.propose.meeting'))]}
        >
          <Select
            aria-label={t('pipeline.propose.meeting')}
            loading={general.fetching}
            data-testid="pipeline-propose-meeting"
            options={general.meetings.map((m) => ({ value: m.id, label: `${dayjs(m.startsAt).format('YYYY-MM-DD')} ${m.title}` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="effectiveOn" label={t('pipeline.fields.effectiveOn')} extra={t('pipeline.propose.effectiveHelp')} rules={[requiredSelect(t, t('pipeline.fields.effectiveOn'))]}>
        <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item name="note" label={t('pipeline.fields.note')} rules={[maxLen(t, MAX_NOTE)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={MAX_NOTE} showCount placeholder={t('pipeline.propose.notePlaceholder')} />
      </Form.Item>
    </FormDialog>
  );
}
