import { Button, Modal } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { TransferLetter } from './transfers';

/**
 * The letter (介绍信) as it is printed: title by line, addressee, the member, the sending org,
 * validity, dues paid through and the code. Only the letter prints (`@media print`).
 */
export function LetterPrintView({ letter, onClose }: { letter: TransferLetter | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={!!letter}
      title={t('transfers.print.title')}
      onCancel={onClose}
      width={720}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('common.close')}
        </Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="letter-print">
          {t('transfers.print.print')}
        </Button>,
      ]}
    >
      {letter && (
        <article className="tx-letter-print" data-testid="letter-view">
          <h1 className="tx-letter-title">{t(`transfers.print.heading.${letter.line}`, { defaultValue: t('transfers.print.heading.PARTY') })}</h1>
          <p className="tx-letter-addressee">{letter.destination}：</p>
          <p className="tx-letter-body">
            {t('transfers.print.body', { name: letter.memberName, from: letter.fromOrgName, destination: letter.destination })}
          </p>
          {letter.duesPaidThrough && <p className="tx-letter-body">{t('transfers.print.dues', { month: letter.duesPaidThrough })}</p>}
          <p className="tx-letter-body">{t('transfers.print.valid', { date: formatDate(letter.validUntil) })}</p>
          {letter.note && <p className="tx-letter-body">{t('transfers.print.note', { note: letter.note })}</p>}
          <div className="tx-letter-sign">
            <div>{letter.fromOrgName}</div>
            <div>{formatDate(letter.issuedAt)}</div>
          </div>
          <div className="tx-letter-code-line">
            {t('transfers.print.code')}
            <span className="tx-letter-code tx-mono">{letter.code}</span>
          </div>
        </article>
      )}
    </Modal>
  );
}
