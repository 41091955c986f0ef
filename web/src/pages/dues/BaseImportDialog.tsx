import { useEffect, useState } from 'react';
import { Alert, Button, DatePicker, Empty, Modal, Select, Space, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ImportDuesBasesMutation } from '../../api/operations';
import { FormError } from '../../components/FormError';
import type { DuesLine, ImportDuesBasesMutation as ImportData } from '../../gql/graphql';
import { DUES_LINES, currentMonth, monthPicker, pickerMonth } from '../../lib/dues';
import { useFormMutation } from '../../lib/useFormMutation';
import { readAsBase64 } from '../members/ImportDialog';

type Result = ImportData['importDuesBases'];
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * 导入基数: members' bases on a line from a month on, from a .csv/.xlsx (姓名, 手机 or 邮箱, 类别,
 * 基数（元）). All rows or none: the problems are listed by row.
 */
export function BaseImportDialog({ open, line, onClose, onImported }: { open: boolean; line: DuesLine; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [importLine, setImportLine] = useState<DuesLine>(line);
  const [month, setMonth] = useState<dayjs.Dayjs | null>(() => monthPicker(currentMonth()));
  const [localError, setLocalError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const { submit, fetching, error, leftovers, clear } = useFormMutation(ImportDuesBasesMutation, null, []);

  useEffect(() => {
    if (open) {
      setFile(null);
      setResult(null);
      setLocalError(null);
      setImportLine(line);
      setMonth(monthPicker(currentMonth()));
      clear();
    }
  }, [open, line, clear]);

  const run = async () => {
    setLocalError(null);
    const fromMonth = pickerMonth(month);
    if (!file) return setLocalError(t('members.import.chooseFile'));
    if (!/\.(csv|xlsx)$/i.test(file.name)) return setLocalError(t('members.import.badType'));
    if (file.size > MAX_BYTES) return setLocalError(t('members.import.tooBig'));
    if (!fromMonth) return setLocalError(t('validation.requiredSelect', { field: t('dues.fields.fromMonth') }));
    const contentBase64 = await readAsBase64(file);
    const { data } = await submit({ input: { fileName: file.name, contentBase64, line: importLine, fromMonth } });
    if (data) {
      setResult(data.importDuesBases);
      if (data.importDuesBases.imported > 0) onImported();
    }
  };

  return (
    <Modal
      open={open}
      title={t('dues.import.title')}
      onCancel={onClose}
      width={720}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button key="run" type="primary" loading={fetching} onClick={() => void run()} disabled={!file} data-testid="dues-import-run">
          {t('members.import.submit')}
        </Button>,
      ]}
    >
      <Typography.Paragraph type="secondary">{t('dues.import.help')}</Typography.Paragraph>
      <div className="tx-dues-form-grid">
        <label className="tx-dues-import-field">
          <span>{t('dues.fields.line')}</span>
          <Select<DuesLine>
            value={importLine}
            onChange={setImportLine}
            aria-label={t('dues.fields.line')}
            options={DUES_LINES.map((l) => ({ value: l, label: t(`dues.lines.${l}`) }))}
          />
        </label>
        <label className="tx-dues-import-field">
          <span>{t('dues.fields.fromMonth')}</span>
          <DatePicker picker="month" format="YYYY-MM" value={month} onChange={setMonth} allowClear={false} aria-label={t('dues.fields.fromMonth')} />
        </label>
      </div>
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
        {localError && <Alert type="error" showIcon title={localError} />}
        <FormError error={error} extra={leftovers} />
        {result && (
          <div data-testid="dues-import-result">
            <Alert
              type={result.errors.length === 0 ? 'success' : 'error'}
              showIcon
              title={t('dues.import.summary', { total: result.total, imported: result.imported, errors: result.errors.length })}
              description={result.errors.length > 0 ? t('members.import.nothingImported') : undefined}
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
