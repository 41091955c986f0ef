import { useEffect, useState } from 'react';
import { DatePicker, Select } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ImportDuesBasesMutation } from './operations';
import { FileImportDialog } from '../../components/FileImportDialog';
import type { DuesLine } from '../../gql/graphql';
import { DUES_LINES, currentMonth, monthPicker, pickerMonth } from './dues';

/**
 * 导入基数: members' bases on a line from a month on, from a .csv/.xlsx (姓名, 手机 or 邮箱, 类别,
 * 基数（元）). All rows or none: the problems are listed by row.
 */
export function BaseImportDialog({ open, line, onClose, onImported }: { open: boolean; line: DuesLine; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const [importLine, setImportLine] = useState<DuesLine>(line);
  const [month, setMonth] = useState<dayjs.Dayjs | null>(() => monthPicker(currentMonth()));

  useEffect(() => {
    if (open) {
      setImportLine(line);
      setMonth(monthPicker(currentMonth()));
    }
  }, [open, line]);

  return (
    <FileImportDialog
      open={open}
      onClose={onClose}
      onImported={onImported}
      title={t('dues.import.title')}
      help={t('dues.import.help')}
      mutation={ImportDuesBasesMutation}
      check={() => (pickerMonth(month) ? null : t('validation.requiredSelect', { field: t('dues.fields.newPayMonth') }))}
      // `check` has made sure a month is chosen.
      variables={(file) => ({ input: { ...file, line: importLine, fromMonth: pickerMonth(month) ?? '' } })}
      report={(data) => data.importDuesBases}
      summary={(r) => t('dues.import.summary', { total: r.total, imported: r.imported, errors: r.errors.length })}
      allOrNothing
      testId="dues-import"
      fields={
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
            <span>{t('dues.fields.newPayMonth')}</span>
            <DatePicker picker="month" format="YYYY-MM" value={month} onChange={setMonth} allowClear={false} aria-label={t('dues.fields.newPayMonth')} />
          </label>
        </div>
      }
    />
  );
}
