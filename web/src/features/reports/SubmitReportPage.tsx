import { useContext, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Alert, App as AntApp, Button, Card, Form, Input, Radio, Result, Space, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { CopyOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { FormError } from '../../components/FormError';
import { MemberPicker } from '../../components/MemberPicker';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { copyText } from '../../components/CopyField';
import { ViewerContext } from '../../auth/viewer';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { SubmitReportMutation } from './operations';
import { MAX_BODY, MAX_FILE_BYTES, MAX_FILES, MAX_TITLE, ReportUploadError, formatSize, uploadReportFile } from './reports';

interface Values {
  subject: 'member' | 'org';
  accusedMemberId?: string;
  organizationId?: string | null;
  anonymous: boolean;
  title: string;
  body: string;
}

const FIELDS = ['accusedMemberId', 'organizationId', 'title', 'body'] as const;
const FIELD_MAP = {
  'input.accusedMemberId': 'accusedMemberId',
  'input.organizationId': 'organizationId',
  'input.title': 'title',
  'input.body': 'body',
};

/** What the page shows once the report is in: the receipt code, this once. */
interface Receipt {
  code: string;
  anonymous: boolean;
}

/** The receipt code in a big block with a copy button; it is never shown again. */
export function ReceiptPanel({ receipt, onAnother }: { receipt: Receipt; onAnother: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const box = useRef<HTMLDivElement>(null);
  // The form above was long: bring the code into view.
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  const copy = async () => {
    if (await copyText(receipt.code)) message.success(t('reports.receipt.copied'));
    else message.warning(t('reports.receipt.copyFailed'));
  };
  return (
    <Card ref={box}>
      <Result
        status="success"
        title={t('reports.receipt.title')}
        subTitle={receipt.anonymous ? t('reports.receipt.anonymousSub') : t('reports.receipt.realNameSub')}
        style={{ padding: '16px 0' }}
      />
      <Alert type="warning" showIcon role="alert" title={t('reports.receipt.once')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('reports.receipt.label')}
      </Typography.Paragraph>
      <code className="tx-receipt-code" data-testid="receipt-code" aria-label={t('reports.receipt.label')}>
        {receipt.code}
      </code>
      <Space wrap style={{ marginTop: 16 }}>
        <Button type="primary" icon={<CopyOutlined />} onClick={() => void copy()}>
          {t('reports.receipt.copy')}
        </Button>
        <Link to="/report-followup">{t('reports.receipt.followup')}</Link>
        {!receipt.anonymous && <Link to="/reports/mine">{t('reports.nav.mine')}</Link>}
        <Button type="link" onClick={onAnother}>
          {t('reports.receipt.another')}
        </Button>
      </Space>
    </Card>
  );
}

/** 我要检举控告: about a member or an org, real-name or anonymous, with evidence files. */
export default function SubmitReportPage() {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const viewer = useContext(ViewerContext);
  const [form] = Form.useForm<Values>();
  const subject = Form.useWatch('subject', form) ?? 'member';
  const anonymous = Form.useWatch('anonymous', form) ?? false;
  const orgs = useAllOrganizations(null, subject !== 'org');
  const [files, setFiles] = useState<File[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const m = useFormMutation(SubmitReportMutation, form, FIELDS, FIELD_MAP);

  if (receipt) {
    return (
      <div style={{ maxWidth: 720 }}>
        <PageHeader title={t('reports.submit.title')} />
        <ReceiptPanel receipt={receipt} onAnother={() => setReceipt(null)} />
      </div>
    );
  }

  const fileList: UploadFile[] = files.map((f, i) => ({ uid: `f${i}-${f.name}`, name: `${f.name}（${formatSize(f.size)}）`, status: 'done' }));

  const send = async (v: Values) => {
    setUploadError(null);
    const tokens: string[] = [];
    setUploading(true);
    try {
      for (const file of files) {
        try {
          tokens.push(await uploadReportFile(file));
        } catch (e) {
          const err = e instanceof ReportUploadError ? e : new ReportUploadError('UNKNOWN', '');
          setUploadError(
            err.code === 'TOO_LARGE'
              ? t('reports.submit.fileTooLarge', { name: file.name })
              : t('reports.submit.uploadFailed', { name: file.name }) + (err.message ? ` ${err.message}` : ''),
          );
          return;
        }
      }
    } finally {
      setUploading(false);
    }
    const res = await m.submit({
      input: {
        accusedMemberId: v.subject === 'member' ? (v.accusedMemberId ?? null) : null,
        organizationId: v.subject === 'org' ? (v.organizationId ?? null) : null,
        anonymous: v.anonymous,
        title: v.title.trim(),
        body: v.body.trim(),
        fileTokens: tokens,
      },
    });
    if (res.data) {
      setReceipt({ code: res.data.submitReport.receiptCode, anonymous: v.anonymous });
      setFiles([]);
      form.resetFields();
    }
  };

  const confirmAndSend = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const sure = await modal.confirm({
      title: t('reports.submit.confirmTitle'),
      content: v.anonymous ? t('reports.submit.confirmAnonymous') : t('reports.submit.confirmRealName'),
      okText: t('reports.submit.submit'),
      cancelText: t('common.cancel'),
    });
    if (sure) await send(v);
  };

  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader title={t('reports.submit.title')}>
        <Link to="/report-followup">{t('reports.nav.followup')}</Link>
      </PageHeader>
      <Typography.Paragraph type="secondary">{t('reports.submit.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="submit-report"
        layout="vertical"
        requiredMark={false}
        initialValues={{ subject: 'member', anonymous: false }}
      >
        <FormError error={m.error} extra={m.leftovers} />
        {uploadError && <Alert type="error" showIcon role="alert" title={uploadError} style={{ marginBottom: 16 }} />}
        <Form.Item name="subject" label={t('reports.fields.subject')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'member', label: t('reports.fields.subjectMember') },
              { value: 'org', label: t('reports.fields.subjectOrg') },
            ]}
          />
        </Form.Item>
        {subject === 'member' ? (
          <Form.Item name="accusedMemberId" label={t('reports.fields.accused')} rules={[requiredSelect(t, t('reports.fields.accused'))]}>
            <MemberPicker aria-label={t('reports.fields.accused')} exclude={viewer?.viewer.member ? [viewer.viewer.member.id] : []} />
          </Form.Item>
        ) : (
          <Form.Item name="organizationId" label={t('reports.fields.organization')} rules={[requiredSelect(t, t('reports.fields.organization'))]}>
            <OrgTreeSelect orgs={orgs.orgs} loading={orgs.loading} aria-label={t('reports.fields.organization')} placeholder={t('reports.fields.organizationPlaceholder')} />
          </Form.Item>
        )}
        <Form.Item name="anonymous" label={t('reports.fields.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: false, label: t('reports.fields.realName') },
              { value: true, label: t('reports.fields.anonymous') },
            ]}
          />
        </Form.Item>
        {anonymous ? (
          <Alert type="warning" showIcon title={t('reports.submit.anonymousTitle')} description={t('reports.submit.anonymousHelp')} style={{ marginBottom: 16 }} data-testid="anonymous-help" />
        ) : (
          <Alert type="info" showIcon title={t('reports.submit.realNameTitle')} description={t('reports.submit.realNameHelp')} style={{ marginBottom: 16 }} />
        )}
        <Form.Item name="title" label={t('reports.fields.title')} rules={[required(t, t('reports.fields.title')), maxLen(t, MAX_TITLE)]}>
          <Input maxLength={MAX_TITLE} showCount />
        </Form.Item>
        <Form.Item name="body" label={t('reports.fields.body')} rules={[required(t, t('reports.fields.body')), maxLen(t, MAX_BODY)]}>
          <Input.TextArea rows={8} maxLength={MAX_BODY} showCount placeholder={t('reports.fields.bodyHelp')} />
        </Form.Item>
        <Form.Item label={t('reports.fields.files')} extra={t('reports.fields.filesHelp', { count: MAX_FILES, size: MAX_FILE_BYTES / 1024 / 1024 })}>
          <Upload
            multiple
            fileList={fileList}
            beforeUpload={(file, batch) => {
              // `files` is the list before this choice: the batch fills the room left, in order.
              const index = batch.indexOf(file);
              if (index >= MAX_FILES - files.length) {
                if (index === Math.max(0, MAX_FILES - files.length)) message.warning(t('reports.submit.tooManyFiles', { count: MAX_FILES }));
                return Upload.LIST_IGNORE;
              }
              if (file.size > MAX_FILE_BYTES) {
                message.error(t('reports.submit.fileTooLarge', { name: file.name }));
                return Upload.LIST_IGNORE;
              }
              setFiles((list) => (list.length >= MAX_FILES ? list : [...list, file]));
              return false;
            }}
            onRemove={(f) => {
              const i = fileList.findIndex((x) => x.uid === f.uid);
              if (i >= 0) setFiles((list) => list.filter((_, j) => j !== i));
              return true;
            }}
          >
            <Button icon={<PaperClipOutlined />} disabled={files.length >= MAX_FILES}>
              {t('reports.fields.addFiles')}
            </Button>
          </Upload>
        </Form.Item>
        <Button type="primary" loading={uploading || m.fetching} onClick={() => void confirmAndSend()} data-testid="report-submit">
          {uploading ? t('reports.submit.uploading') : t('reports.submit.submit')}
        </Button>
      </Form>
    </div>
  );
}
