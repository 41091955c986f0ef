import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Empty, Modal, Space, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { AnyVariables } from 'urql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { FormError } from './FormError';
import { useFormMutation } from '../lib/useFormMutation';

/** What an import mutation answers: how many rows, how many imported, the problems by row. */
export interface ImportReport {
  total: number;
  imported: number;
  errors: readonly { row: number; column: string; message: string }[];
}

const MAX_BYTES = 5 * 1024 * 1024;

/** Reads a file as base64 (without the data-URL prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}

/**
 * A dialog that imports a .csv/.xlsx of at most 5 MB through `mutation` and shows its report:
 * a summary and the problems by row. The file is checked here first (chosen, type, size), then
 * `check` (the dialog's own fields); `variables` wraps the file's name and content for the
 * mutation, `report` reads the answer. `allOrNothing`: rows with problems mean nothing was
 * imported (and the report says so).
 */
export function FileImportDialog<Data, Vars extends AnyVariables>({
  open,
  onClose,
  onImported,
  title,
  help,
  mutation,
  variables,
  report,
  summary,
  allOrNothing,
  check,
  fields,
  options,
  testId,
}: {
  open: boolean;
  onClose: () => void;
  /** Called when rows were imported. */
  onImported: () => void;
  title: string;
  help: string;
  mutation: TypedDocumentNode<Data, Vars>;
  variables: (file: { fileName: string; contentBase64: string }) => Vars;
  report: (data: Data) => ImportReport;
  summary: (report: ImportReport) => string;
  allOrNothing: boolean;
  /** A problem with the dialog's own fields, said before anything is sent. */
  check?: () => string | null;
  /** Fields above the file (what the import applies to). */
  fields?: ReactNode;
  /** Choices under the file (how to import). */
  options?: ReactNode;
  /** `${testId}-run` on the import button, `${testId}-result` on the report. */
  testId: string;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const { submit, fetching, error, leftovers, clear } = useFormMutation(mutation, null, []);

  useEffect(() => {
    if (open) {
      setFile(null);
      setResult(null);
      setLocalError(null);
      clear();
    }
  }, [open, clear]);

  const run = async () => {
    setLocalError(null);
    if (!file) return setLocalError(t('members.import.chooseFile'));
    if (!/\.(csv|xlsx)$/i.test(file.name)) return setLocalError(t('members.import.badType'));
    if (file.size > MAX_BYTES) return setLocalError(t('members.import.tooBig'));
    const problem = check?.();
    if (problem) return setLocalError(problem);
    const contentBase64 = await readAsBase64(file);
    const { data } = await submit(variables({ fileName: file.name, contentBase64 }));
    if (data) {
      const r = report(data);
      setResult(r);
      if (r.imported > 0) onImported();
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      width={720}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button key="run" type="primary" loading={fetching} onClick={() => void run()} disabled={!file} data-testid={`${testId}-run`}>
          {t('members.import.submit')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>
      {fields}
      <Upload.Dragger
        accept=".csv,.xlsx"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setResult(null);
          return false;
        }}
        onRemove={() => setFile(null)}
        fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{t('members.import.drop')}</p>
      </Upload.Dragger>
      <Space orientation="vertical" style={{ marginTop: 16, width: '100%' }}>
        {options}
        {localError && <Alert type="error" showIcon title={localError} />}
        <FormError error={error} extra={leftovers} />
        {result && (
          <div data-testid={`${testId}-result`}>
            <Alert
              type={result.errors.length === 0 ? 'success' : result.imported > 0 ? 'warning' : 'error'}
              showIcon
              title={summary(result)}
              description={result.errors.length > 0 && allOrNothing ? t('members.import.nothingImported') : undefined}
              style={{ marginBottom: 12 }}
            />
            {result.errors.length > 0 && (
              <Table
                size="small"
                rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
                dataSource={result.errors}
                pagination={{ pageSize: 10, hideOnSinglePage: true }}
                locale={{ emptyText: <Empty description={t('common.noData')} /> }}
                columns={[
                  { title: t('members.import.row'), dataIndex: 'row', width: 80 },
                  { title: t('members.import.column'), dataIndex: 'column', width: 140 },
                  { title: t('members.import.message'), dataIndex: 'message' },
                ]}
              />
            )}
          </div>
        )}
      </Space>
    </Modal>
  );
}
