import { useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, Modal, Table, Tag, message } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { serverErrorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { FormError } from '../../components/FormError';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import { formatDateTime } from '../../lib/format';
import { CreateQuestionBankMutation, QuestionBanksQuery } from './operations';

/** The create-bank dialog: name and description, at the chosen org. */
function CreateBankDialog({ orgId, onClose, onDone }: { orgId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; description: string }>();
  const { submit, fetching, error, leftovers } = useFormMutation(CreateQuestionBankMutation, form, ['name', 'description']);
  const ok = async () => {
    const v = await form.validateFields();
    const r = await submit({ input: { orgId, name: v.name, description: v.description ?? '' } });
    if (r.data) {
      void message.success(t('quiz.banks.created'));
      onDone();
    }
  };
  return (
    <Modal open title={t('quiz.banks.create')} okText={t('common.save')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={() => void ok()} onCancel={onClose}>
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('quiz.banks.name')} rules={[{ required: true, message: t('quiz.banks.nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="description" label={t('quiz.banks.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      <FormError error={error} extra={leftovers} />
    </Modal>
  );
}

/**
 * 题库 (`/quiz/banks`, `quiz:read` at the org): the banks an org may use (its sub-tree's and its
 * ancestors', a tenant-wide bank at the root), and a new bank at the org.
 */
export default function QuestionBanksPage() {
  const { t } = useTranslation();
  const all = useAllOrganizations(null);
  const [picked, setPicked] = useState<string | null>(null);
  const orgId = picked ?? all.orgs[0]?.id ?? null;
  const [creating, setCreating] = useState(false);
  const [res, refetch] = useQuery({ query: QuestionBanksQuery, variables: { orgId: orgId ?? '' }, pause: !orgId, requestPolicy: 'cache-and-network' });
  const banks = res.data?.questionBanks ?? [];
  return (
    <div className="tx-page tx-quiz">
      <PageHeader title={t('quiz.banks.title')}>
        <Button type="primary" icon={<PlusOutlined />} disabled={!orgId} onClick={() => setCreating(true)}>
          {t('quiz.banks.create')}
        </Button>
      </PageHeader>
      <div className="tx-toolbar" style={{ flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        <OrgTreeSelect orgs={all.orgs} value={orgId} onChange={(v) => setPicked(v)} allowClear={false} loading={all.loading} aria-label={t('quiz.org')} style={{ minWidth: 220, maxWidth: '100%' }} />
      </div>
      {res.error && <Alert type="error" showIcon title={serverErrorText(res.error, t)} style={{ marginBottom: 12 }} />}
      <Card>
        <Table
          rowKey="id"
          size="small"
          loading={res.fetching && !res.data}
          dataSource={banks}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t('quiz.banks.empty')} /> }}
          columns={[
            { title: t('quiz.banks.name'), dataIndex: 'name', render: (name: string, b) => <Link to={`/quiz/banks/${b.id}`}>{name}</Link> },
            { title: t('quiz.org'), dataIndex: 'orgName' },
            { title: t('quiz.banks.count'), dataIndex: 'questionCount', align: 'right' as const },
            { title: '', dataIndex: 'editable', render: (e: boolean) => (e ? null : <Tag>{t('quiz.banks.readOnly')}</Tag>) },
            { title: t('quiz.banks.updated'), dataIndex: 'updatedAt', render: (v: string) => formatDateTime(v) },
          ]}
        />
      </Card>
      {creating && orgId && (
        <CreateBankDialog
          orgId={orgId}
          onClose={() => setCreating(false)}
          onDone={() => {
            setCreating(false);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </div>
  );
}
