import { useState } from 'react';
import { App as AntApp, Form, Input, InputNumber, Modal, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StudyMaterialFieldsFragment, StudyMaterialKind } from '../../gql/graphql';
import { FormError } from '../../components/FormError';
import type { PendingFile } from '../../lib/upload';
import { isBlankHtml } from '../../lib/richText';
import { useFormMutation } from '../../lib/useFormMutation';
import { RichTextEditor } from '../notices/RichTextEditor';
import { MaterialFileField } from './MaterialFileField';
import { CreateStudyMaterialMutation, UpdateStudyMaterialMutation } from './operations';
import { MATERIAL_KINDS } from './study';

interface Values {
  kind: StudyMaterialKind;
  title: string;
  summary?: string;
  body?: string;
  videoUrl?: string;
  durationSeconds?: number | null;
  file?: PendingFile | null;
  requiredSeconds?: number | null;
}

const CREATE_FIELDS = ['kind', 'title', 'summary', 'body', 'videoUrl', 'durationSeconds', 'file', 'requiredSeconds'] as const;
const UPDATE_FIELDS = ['title', 'summary', 'body', 'videoUrl', 'durationSeconds', 'requiredSeconds'] as const;
/** The server names the upload `fileId`; the form, `file`. */
const FILE_MAP = { fileId: 'file' };

/**
 * 新建资料 / 编辑资料: an article (rich text), a video link with its length, or an uploaded file,
 * and the study time that completes it. Editing keeps the kind and the file; a new file material
 * is saved only once its upload has finished.
 */
export function MaterialDialog({
  orgId,
  material,
  onClose,
  onSaved,
}: {
  orgId: string;
  /** The material to edit; none to create one. */
  material?: StudyMaterialFieldsFragment;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const watched = Form.useWatch('kind', form);
  const kind: StudyMaterialKind = material?.kind ?? watched ?? 'ARTICLE';
  const [uploading, setUploading] = useState(false);
  const create = useFormMutation(CreateStudyMaterialMutation, form, CREATE_FIELDS, FILE_MAP);
  const update = useFormMutation(UpdateStudyMaterialMutation, form, UPDATE_FIELDS);
  const { fetching, error, leftovers } = material ? update : create;

  const onOk = async () => {
    if (uploading) return;
    // A field's own message says what is missing.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const common = {
      title: v.title,
      summary: v.summary ?? '',
      body: kind === 'ARTICLE' ? (v.body ?? '') : '',
      videoUrl: kind === 'VIDEO' ? (v.videoUrl ?? null) : null,
      durationSeconds: kind === 'VIDEO' ? (v.durationSeconds ?? null) : null,
      requiredSeconds: v.requiredSeconds ?? null,
    };
    const res = material
      ? await update.submit({ input: { materialId: material.id, ...common } })
      : await create.submit({ input: { orgId, kind, fileId: kind === 'FILE' ? (v.file?.id ?? null) : null, ...common } });
    if (res.data) {
      void message.success(material ? t('study.manage.materialSaved') : t('study.manage.materialCreated'));
      onSaved();
    }
  };

  return (
    <Modal
      open
      title={material ? t('study.manage.editMaterial') : t('study.manage.newMaterial')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      okButtonProps={{ disabled: uploading }}
      onOk={onOk}
      onCancel={onClose}
      forceRender
    >
      <FormError error={error} extra={leftovers} />
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={
          material
            ? {
                title: material.title,
                summary: material.summary,
                body: material.body,
                videoUrl: material.videoUrl ?? undefined,
                durationSeconds: material.durationSeconds ?? null,
                requiredSeconds: material.requiredSeconds ?? null,
              }
            : { kind: 'ARTICLE', file: null }
        }
      >
        {material ? (
          <Form.Item label={t('study.fields.kind')}>
            <Tag>{t(`study.kinds.${material.kind}`)}</Tag>
            <Typography.Text type="secondary">{t('study.manage.kindFixed')}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item name="kind" label={t('study.fields.kind')}>
            <Select aria-label={t('study.fields.kind')} options={MATERIAL_KINDS.map((k) => ({ value: k, label: t(`study.kinds.${k}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="title" label={t('study.fields.title')} rules={[{ required: true, whitespace: true, message: t('study.fields.titleRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="summary" label={t('study.fields.summary')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        {kind === 'ARTICLE' && (
          <Form.Item
            name="body"
            label={t('study.fields.body')}
            rules={[{ validator: (_, value: string | undefined) => (isBlankHtml(value) ? Promise.reject(new Error(t('study.fields.bodyRequired'))) : Promise.resolve()) }]}
          >
            <RichTextEditor aria-label={t('study.fields.body')} />
          </Form.Item>
        )}
        {kind === 'VIDEO' && (
          <>
            <Form.Item name="videoUrl" label={t('study.fields.videoUrl')} rules={[{ required: true, whitespace: true, message: t('study.fields.videoUrlRequired') }]}>
              <Input placeholder="https://" maxLength={1000} />
            </Form.Item>
            <Form.Item name="durationSeconds" label={t('study.fields.durationSeconds')} rules={[{ required: true, message: t('study.fields.durationRequired') }]}>
              <InputNumber min={1} max={86400} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {kind === 'FILE' &&
          (material ? (
            <Form.Item label={t('study.fields.file')} extra={t('study.file.fixed')}>
              <Typography.Text data-testid="study-file-name">{material.fileName}</Typography.Text>
            </Form.Item>
          ) : (
            <Form.Item name="file" label={t('study.fields.file')} extra={t('study.file.hint')} rules={[{ required: true, message: t('study.file.required') }]}>
              <MaterialFileField onBusy={setUploading} />
            </Form.Item>
          ))}
        <Form.Item name="requiredSeconds" label={t('study.fields.requiredSeconds')} extra={t('study.fields.requiredHint')}>
          <InputNumber min={1} max={86400} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      {uploading && (
        <Typography.Text type="secondary" role="status">
          {t('study.file.waitUpload')}
        </Typography.Text>
      )}
    </Modal>
  );
}
