import { useState } from 'react';
import { Alert, Button, Card, Empty, List, Modal, Space, Tag, Typography, message } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { QuestionFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { FileImportDialog } from '../../components/FileImportDialog';
import { DeleteQuestionMutation, ImportQuestionsMutation, QuestionBankQuery } from './operations';
import { QuestionEditor } from './QuestionEditor';
import { LETTERS, answerText } from './quiz';

const PAGE = 20;

/**
 * 题库详情 (`/quiz/banks/:id`): the questions with their keys and 解析, a page at a time; who may
 * edit adds and edits questions by kind, deletes (after a confirmation) and imports an .xlsx
 * (the template downloads here) with the per-row report.
 */
export default function QuestionBankPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const cursors = usePageCursors();
  const [res, refetch] = useQuery({ query: QuestionBankQuery, variables: { id, first: PAGE, after: cursors.after }, requestPolicy: 'cache-and-network' });
  const [, remove] = useMutation(DeleteQuestionMutation);
  const [editing, setEditing] = useState<QuestionFieldsFragment | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const bank = res.data?.questionBank;
  const questions = res.data?.questions.edges.map((e) => e.node) ?? [];
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const confirmDelete = (q: QuestionFieldsFragment) =>
    Modal.confirm({
      title: t('quiz.bank.deleteTitle'),
      content: t('quiz.bank.deleteBody'),
      okText: t('quiz.delete'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const r = await remove({ id: q.id });
        if (r.error) void message.error(serverErrorText(r.error, t));
        else reload();
      },
    });

  return (
    <div className="tx-page tx-quiz">
      <PageHeader title={bank?.name ?? t('quiz.banks.title')}>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href="/export/question-template.xlsx">
            {t('quiz.bank.template')}
          </Button>
          {bank?.editable && (
            <>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                {t('quiz.bank.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('quiz.editor.create')}
              </Button>
            </>
          )}
        </Space>
      </PageHeader>
      {bank && (
        <Typography.Paragraph type="secondary">
          {t('quiz.bank.facts', { org: bank.orgName, count: bank.questionCount })} {bank.description}
        </Typography.Paragraph>
      )}
      {res.error && <Alert type="error" showIcon title={serverErrorText(res.error, t)} style={{ marginBottom: 12 }} />}
      <Card>
        <List
          loading={res.fetching && !res.data}
          dataSource={questions}
          locale={{ emptyText: <Empty description={t('quiz.bank.empty')} /> }}
          renderItem={(q) => (
            <List.Item
              data-testid="bank-question"
              actions={
                bank?.editable
                  ? [
                      <Button key="edit" size="small" onClick={() => setEditing(q)}>
                        {t('common.edit')}
                      </Button>,
                      <Button key="delete" size="small" danger onClick={() => confirmDelete(q)}>
                        {t('quiz.delete')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Tag color="blue">{t(`quiz.kinds.${q.kind}`)}</Tag>
                    <span>{q.stem}</span>
                  </Space>
                }
                description={
                  <Space orientation="vertical" size={0}>
                    {q.options.map((o, i) => (
                      <span key={i}>
                        {LETTERS[i]}. {o}
                      </span>
                    ))}
                    <span>
                      {t('quiz.review.correct')}
                      {q.kind === 'FILL_BLANK' ? q.blanks.map((b) => b.join(' / ')).join('；') : answerText(q.kind, q.answer, t)}
                    </span>
                    {q.explanation && <span>{t('quiz.review.explanation', { text: q.explanation })}</span>}
                    <span>
                      {t('quiz.editor.difficulty')}：{q.difficulty} {q.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)}
                    </span>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
        <CursorPager cursors={cursors} pageInfo={res.data?.questions.pageInfo} />
      </Card>
      {editing && (
        <QuestionEditor
          bankId={id}
          question={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            void message.success(t('quiz.editor.saved'));
            reload();
          }}
        />
      )}
      <FileImportDialog
        open={importing}
        onClose={() => setImporting(false)}
        onImported={reload}
        title={t('quiz.bank.import')}
        help={t('quiz.bank.importHelp')}
        mutation={ImportQuestionsMutation}
        variables={(f) => ({ input: { bankId: id, ...f } })}
        report={(d) => ({
          total: d.importQuestions.total,
          imported: d.importQuestions.imported,
          errors: d.importQuestions.rows.filter((r) => !r.ok).map((r) => ({ row: r.row, column: '', message: r.message })),
        })}
        summary={(r) => t('quiz.bank.importSummary', { total: r.total, imported: r.imported, skipped: r.total - r.imported })}
        allOrNothing={false}
        testId="quiz-import"
      />
    </div>
  );
}
