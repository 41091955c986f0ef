import { useState } from 'react';
import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { ImportMembersMutation } from './operations';
import { FileImportDialog } from '../../components/FileImportDialog';
import type { ImportModeInput } from '../../gql/graphql';

/** Imports members from .xlsx/.csv with the export's headers; shows the per-row report. */
export function ImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ImportModeInput>('ALL_OR_NOTHING');

  return (
    <FileImportDialog
      open={open}
      onClose={onClose}
      onImported={onImported}
      title={t('members.import.title')}
      help={t('members.import.help')}
      mutation={ImportMembersMutation}
      variables={(file) => ({ input: { ...file, mode } })}
      report={(data) => data.importMembers}
      summary={(r) => t('members.import.summary', { total: r.total, imported: r.imported, errors: r.errors.length })}
      allOrNothing={mode === 'ALL_OR_NOTHING'}
      testId="import"
      options={
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value as ImportModeInput)}
          aria-label={t('members.import.mode')}
          options={[
            { value: 'ALL_OR_NOTHING', label: t('members.import.allOrNothing') },
            { value: 'VALID_ROWS', label: t('members.import.validRows') },
          ]}
        />
      }
    />
  );
}
