import { useEffect, useState } from 'react';
import { Alert, Button, Empty, Modal, Radio, Space, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ImportMembersMutation } from '../../api/operations';
import { FormError } from '../../components/FormError';
import type { ImportMembersMutation as ImportData, ImportModeInput } from '../../gql/graphql';
import { useFormMutation } from '../../lib/useFormMutation';

type Result = ImportData['importMembers'];
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

/** Imports members from .xlsx/.csv with the export's headers; shows the per-row report. */
export function ImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportModeInput>('ALL_OR_NOTHING');
  const [localError, setLocalError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const { submit, fetching, error, leftovers, clear } = useFormMutation(ImportMembersMutation, null, []);

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
    if (!file) {
      setLocalError(t('members.import.chooseFile'));
      return;
    }
    if (!/\.(csv|xlsx)$/i.test(file.name)) {
      setLocalError(t('members.import.badType'));
      return;
    }
    if (file.size > MAX_BYTES) {
      setLocalError(t('members.import.tooBig'));
      return;
    }
    const contentBase64 = await readAsBase64(file);
    const { data } = await submit({ input: { fileName: file.name, contentBase64, mode } });
    if (data) {
      setResult(data.importMembers);
      if (data.importMembers.imported > 0) onImported();
    }
  };

  return (
    <Modal
      open={open}
      title={t('members.import.title')}
      onCancel={onClose}
      width={720}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button key="run" type="primary" loading={fetching} onClick={run} disabled={!file}>
          {t('members.import.submit')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('members.import.help')}</Typography.Paragraph>
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
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value as ImportModeInput)}
          aria-label={t('members.import.mode')}
          options={[
            { value: 'ALL_OR_NOTHING', label: t('members.import.allOrNothing') },
            { value: 'VALID_ROWS', label: t('members.import.validRows') },
          ]}
        />
        {localError && <Alert type="error" showIcon title={localError} />}
        <FormError error={error} extra={leftovers} />
        {result && (
          <div data-testid="import-result">
            <Alert
              type={result.errors.length === 0 ? 'success' : result.imported > 0 ? 'warning' : 'error'}
              showIcon
              title={t('members.import.summary', { total: result.total, imported: result.imported, errors: result.errors.length })}
              description={
                result.errors.length > 0 && mode === 'ALL_OR_NOTHING' ? t('members.import.nothingImported') : undefined
              }
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
