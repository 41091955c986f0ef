import { useEffect, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Select, Space } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ArticleQuery, ColumnsQuery, CreateArticleMutation, SubmitArticleMutation, UpdateArticleMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { RichTextEditor } from '../notices/RichTextEditor';
import { AttachmentsField } from '../notices/AttachmentsField';
import type { PendingFile } from '../../lib/upload';
import type { OrgLine } from '../../gql/graphql';

interface Values {
  columnId: string;
  title: string;
  body: string;
  tags: string[];
  visibilityOrganizationId?: string | null;
  visibilityLine?: OrgLine | null;
  isPublic: boolean;
  confidential?: 'no' | 'yes';
  /** Uploaded files: the cover (an image) and the attachments. */
  files: PendingFile[];
  coverId?: string | null;
}

/**
 * 写稿 (`/publishing/write?column=…`, `/publishing/articles/:id/edit`): title, rich-text body,
 * files with a cover chosen among the images, tags, who may read it, the public page, and the
 * 涉密 question asked before submitting.
 */
export default function ArticleEditorPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id } = useParams();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [columns] = useQuery({ query: ColumnsQuery });
  const [existing] = useQuery({ query: ArticleQuery, variables: { id: id ?? '' }, pause: !id });
  const { orgs, loading: orgsLoading } = useAllOrganizations(null);
  const [creating, create] = useMutation(CreateArticleMutation);
  const [updating, update] = useMutation(UpdateArticleMutation);
  const [submitting, submit] = useMutation(SubmitArticleMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const a = existing.data?.article;
  const columnId = Form.useWatch('columnId', form);
  const column = columns.data?.columns.find((c) => c.id === columnId);
  const images = (Form.useWatch('files', form) ?? []).filter((f) => f.isImage);

  useEffect(() => {
    if (a) {
      form.setFieldsValue({
        columnId: a.columnId,
        title: a.title,
        body: a.bodyHtml,
        tags: a.tags,
        visibilityOrganizationId: a.visibilityOrganizationId ?? null,
        visibilityLine: a.visibilityLine ?? null,
        isPublic: a.isPublic,
        files: a.files.map((f) => ({ id: f.id, name: f.fileName, contentType: f.contentType, size: f.byteSize, isImage: f.contentType.startsWith('image/') })),
        coverId: a.files.find((f) => f.cover)?.id ?? null,
      });
    }
  }, [a, form]);

  const save = async (andSubmit: boolean) => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    if (andSubmit && values.confidential !== 'no') {
      setProblem(values.confidential === 'yes' ? t('publishing.editor.confidentialRefused') : t('publishing.editor.confidentialRequired'));
      return;
    }
    // The cover is one of the uploaded images; the others are attachments. An edit sends what
    // the article already has, so saving never drops its files or its 信息员.
    const files = values.files ?? [];
    const cover = files.find((f) => f.id === values.coverId && f.isImage)?.id ?? null;
    const content = {
      coverFileId: cover,
      attachmentIds: files.filter((f) => f.id !== cover).map((f) => f.id),
      contributorId: a?.contributorId ?? null,
      title: values.title,
      body: values.body ?? '',
      tags: values.tags ?? [],
      visibilityOrganizationId: values.visibilityOrganizationId ?? null,
      visibilityLine: values.visibilityLine ?? null,
      isPublic: values.isPublic ?? false,
    };
    const r = id
      ? await update({ input: { articleId: id, content } })
      : await create({ input: { columnId: values.columnId, content } });
    const e = describeError(r.error, t);
    const articleId = id ?? (r.data && 'createArticle' in r.data ? r.data.createArticle.article.id : null);
    if (e || !articleId) {
      setProblem(e ? errorText(e) : null);
      return;
    }
    if (andSubmit) {
      const s = await submit({ input: { articleId, confidential: false } });
      const se = describeError(s.error, t);
      if (se) {
        setProblem(errorText(se));
        return;
      }
    }
    navigate(`/publishing/articles/${encodeURIComponent(articleId)}`);
  };

  return (
    <div className="tx-page">
      <PageHeader title={id ? t('publishing.editor.edit') : t('publishing.editor.new')} />
      <Card>
        {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
        <Form<Values> form={form} layout="vertical" initialValues={{ columnId: params.get('column') ?? undefined, tags: [], isPublic: false, files: [], coverId: null }}>
          <Form.Item name="columnId" label={t('publishing.editor.column')} rules={[{ required: true, message: t('publishing.columns.choose') }]}>
            <Select
              disabled={!!id}
              options={(columns.data?.columns ?? []).filter((c) => c.viewerCanSubmit || c.id === a?.columnId).map((c) => ({ value: c.id, label: c.name }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('publishing.editor.title')} rules={[{ required: true, whitespace: true, max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="body" label={t('publishing.editor.body')}>
            <RichTextEditor aria-label={t('publishing.editor.body')} />
          </Form.Item>
          <Form.Item name="files" label={t('publishing.editor.files')} extra={t('publishing.editor.filesHint')}>
            <AttachmentsField onBusy={setUploading} />
          </Form.Item>
          {/* Always in the form (hidden without images), so its value is saved whenever it is set. */}
          <Form.Item name="coverId" label={t('publishing.editor.cover')} hidden={images.length === 0}>
            <Select allowClear placeholder={t('publishing.editor.noCover')} options={images.map((f) => ({ value: f.id, label: f.name }))} style={{ maxWidth: 320 }} />
          </Form.Item>
          <Form.Item name="tags" label={t('publishing.editor.tags')}>
            <Select mode="tags" maxCount={10} aria-label={t('publishing.editor.tags')} />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item name="visibilityOrganizationId" label={t('publishing.editor.visibilityOrg')}>
              <OrgTreeSelect orgs={orgs} loading={orgsLoading} placeholder={t('publishing.editor.allUnit')} style={{ minWidth: 200 }} />
            </Form.Item>
            <Form.Item name="visibilityLine" label={t('publishing.editor.visibilityLine')}>
              <Select
                allowClear
                style={{ minWidth: 120 }}
                placeholder={t('publishing.editor.allUnit')}
                options={(['PARTY', 'UNION', 'YOUTH'] as const).map((l) => ({ value: l, label: t(`publishing.lines.${l}`) }))}
              />
            </Form.Item>
          </Space>
          {column?.isPublic && (
            <Form.Item name="isPublic" valuePropName="checked">
              <Checkbox>{t('publishing.editor.isPublic')}</Checkbox>
            </Form.Item>
          )}
          <Form.Item name="confidential" label={t('publishing.editor.confidential')}>
            <Radio.Group
              data-testid="confidential"
              options={[
                { value: 'no', label: t('publishing.editor.confidentialNo') },
                { value: 'yes', label: t('publishing.editor.confidentialYes') },
              ]}
            />
          </Form.Item>
          <Space wrap>
            <Button loading={creating.fetching || updating.fetching} disabled={uploading} onClick={() => void save(false)}>
              {t('publishing.editor.save')}
            </Button>
            <Button type="primary" data-testid="submit-article" loading={submitting.fetching} disabled={uploading} onClick={() => void save(true)}>
              {t('publishing.editor.saveAndSubmit')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
