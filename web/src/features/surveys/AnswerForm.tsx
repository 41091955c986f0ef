import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Input, Progress, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SubmitSurveyResponseMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import type { SurveyFieldsFragment } from '../../gql/graphql';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, answerProblem, progress, toAnswerInputs, type Answer } from './surveys';

type Question = SurveyFieldsFragment['questions'][number];

/** The answer control of one question: options, a scale of buttons, or text. */
function AnswerControl({ q, value, onChange }: { q: Question; value: Answer | undefined; onChange: (a: Answer) => void }) {
  const { t } = useTranslation();
  switch (q.kind) {
    case 'SINGLE_CHOICE':
      return (
        <Radio.Group value={value?.optionIds?.[0]} onChange={(e) => onChange({ optionIds: [e.target.value as string] })} aria-label={q.title}>
          <Space orientation="vertical">
            {q.options.map((o) => (
              <Radio key={o.id} value={o.id}>
                {o.label}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      );
    case 'MULTIPLE_CHOICE':
      return (
        <Checkbox.Group value={value?.optionIds ?? []} onChange={(v) => onChange({ optionIds: v as string[] })} aria-label={q.title}>
          <Space orientation="vertical">
            {q.options.map((o) => (
              <Checkbox key={o.id} value={o.id}>
                {o.label}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      );
    case 'RATING': {
      const lo = q.scaleMin ?? 1;
      const hi = q.scaleMax ?? 5;
      const values = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
      return (
        <div>
          <Radio.Group value={value?.rating ?? null} onChange={(e) => onChange({ rating: e.target.value as number })} optionType="button" buttonStyle="solid" aria-label={q.title} style={{ flexWrap: 'wrap', display: 'flex' }}>
            {values.map((v) => (
              <Radio.Button key={v} value={v} aria-label={t('surveys.answer.ratingValue', { value: v })}>
                {v}
              </Radio.Button>
            ))}
          </Radio.Group>
          {(q.minLabel || q.maxLabel) && (
            <div className="tx-toolbar" style={{ justifyContent: 'space-between', maxWidth: 44 * values.length }}>
              <Typography.Text type="secondary">{q.minLabel}</Typography.Text>
              <Typography.Text type="secondary">{q.maxLabel}</Typography.Text>
            </div>
          )}
        </div>
      );
    }
    case 'SHORT_TEXT':
      return <Input aria-label={q.title} maxLength={MAX_SHORT_TEXT} value={value?.text ?? ''} onChange={(e) => onChange({ text: e.target.value })} />;
    case 'LONG_TEXT':
      return (
        <Input.TextArea aria-label={q.title} maxLength={MAX_LONG_TEXT} showCount autoSize={{ minRows: 3, maxRows: 10 }} value={value?.text ?? ''} onChange={(e) => onChange({ text: e.target.value })} />
      );
  }
}

/** 填写问卷: every question with its required mark, the progress, one submission. */
export function AnswerForm({ survey, onSubmitted }: { survey: SurveyFieldsFragment; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [tried, setTried] = useState(false);
  const [state, submit] = useMutation(SubmitSurveyResponseMutation);
  const [serverError, setServerError] = useState<string | null>(null);
  const done = progress(survey.questions, answers);
  const problems = Object.fromEntries(survey.questions.map((q) => [q.id, answerProblem(q, answers[q.id])]));
  const blocked = Object.values(problems).some(Boolean);

  const send = async () => {
    setTried(true);
    setServerError(null);
    if (blocked) return;
    const res = await submit({ input: { surveyId: survey.id, answers: toAnswerInputs(survey.questions, answers) } });
    const info = describeError(res.error, t);
    if (info) setServerError(errorText(info));
    else onSubmitted();
  };

  return (
    <Card title={t('surveys.answer.title')} data-testid="answer-form">
      <Progress percent={done.percent} format={() => t('surveys.answer.progress', { answered: done.answered, total: done.total })} data-testid="answer-progress" />
      {survey.anonymous && <Alert type="info" showIcon title={t('surveys.answer.anonymousHint')} style={{ margin: '12px 0' }} />}
      {survey.questions.map((q, i) => {
        const p = tried ? problems[q.id] : null;
        return (
          <div key={q.id} className="tx-survey-question" data-testid="survey-question" style={{ margin: '16px 0' }}>
            <Typography.Paragraph strong style={{ marginBottom: 8 }}>
              {i + 1}. {q.title}
              {q.required && (
                <span className="tx-required" aria-label={t('surveys.answer.required')} style={{ color: '#ff4d4f', marginLeft: 4 }}>
                  *
                </span>
              )}
              {q.kind === 'MULTIPLE_CHOICE' && (
                <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: 'normal' }}>
                  {t('surveys.answer.choose', { min: q.minChoices ?? 1, max: q.maxChoices ?? q.options.length })}
                </Typography.Text>
              )}
            </Typography.Paragraph>
            <AnswerControl q={q} value={answers[q.id]} onChange={(a) => setAnswers((all) => ({ ...all, [q.id]: a }))} />
            {p && (
              <Typography.Paragraph type="danger" style={{ marginTop: 4, marginBottom: 0 }}>
                {t(`surveys.problems.${p.key}`, p.values)}
              </Typography.Paragraph>
            )}
          </div>
        );
      })}
      {serverError && <Alert type="error" showIcon title={serverError} style={{ marginBottom: 12 }} />}
      <Button type="primary" block size="large" loading={state.fetching} onClick={() => void send()}>
        {t('surveys.answer.submit')}
      </Button>
    </Card>
  );
}
