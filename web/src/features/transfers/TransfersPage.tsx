import { useEffect, useState } from 'react';
import { Button, Skeleton, Tabs, Typography } from 'antd';
import { FileAddOutlined, ReloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { TransferLettersQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import type { TransferLetter } from './transfers';
import { AcceptPanel } from './AcceptPanel';
import { IssueLetterDialog, type IssuePreset } from './IssueLetterDialog';
import { LetterList } from './LetterList';
import { LetterPrintView } from './LetterPrintView';
import { useQueryParams } from '../../lib/useQueryParams';

const CONTEXT = { additionalTypenames: ['TransferLetter'] };

/**
 * 组织关系接转 (`/transfers`, for who manages members somewhere): 转出 lists the letters issued
 * (code, print, 撤销) and 开具介绍信; 转入 takes a code, shows what the letter says and what crosses,
 * and accepts the member into a chosen org. `?tab=in` opens 转入; `?issue=<memberId>&name=` opens
 * 开具介绍信 for a member (from the member drawer).
 */
export default function TransfersPage() {
  const { t } = useTranslation();
  const [params, update] = useQueryParams();
  const tab = params.get('tab') === 'in' ? 'in' : 'out';
  const [{ data, error, fetching }, refetch] = useQuery({ query: TransferLettersQuery, requestPolicy: 'cache-and-network', context: CONTEXT, pause: tab !== 'out' });
  const e = describeError(error, t);
  const [issuing, setIssuing] = useState<IssuePreset | null>(null);
  const [viewing, setViewing] = useState<TransferLetter | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  useEffect(() => {
    const memberId = params.get('issue');
    if (memberId) {
      setIssuing({ memberId, memberName: params.get('name') ?? undefined });
      update({ issue: null, name: null });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const pickTab = (key: string) => update({ tab: key === 'in' ? 'in' : null });

  const letters = data?.transferLetters ?? [];

  return (
    <div className="tx-transfers">
      <PageHeader title={t('nav.transfers')}>
        <div className="tx-meeting-head-actions">
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => setIssuing({})} data-testid="letter-issue">
            {t('transfers.issue.title')}
          </Button>
        </div>
      </PageHeader>
      <Typography.Paragraph type="secondary">{t('transfers.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={pickTab}
        items={[
          {
            key: 'out',
            label: t('transfers.tabs.out'),
            children: (
              <>
                <div className="tx-toolbar">
                  <Button icon={<ReloadOutlined />} onClick={reload} disabled={fetching}>
                    {t('transfers.refresh')}
                  </Button>
                </div>
                {e && <FormError error={e} />}
                {!data && fetching ? (
                  <div role="status" aria-live="polite" aria-label={t('common.loading')}>
                    <Skeleton active paragraph={{ rows: 6 }} />
                  </div>
                ) : (
                  data && <LetterList letters={letters} onView={setViewing} onChanged={reload} />
                )}
              </>
            ),
          },
          { key: 'in', label: t('transfers.tabs.in'), children: <AcceptPanel /> },
        ]}
      />
      <IssueLetterDialog
        preset={issuing}
        onClose={() => setIssuing(null)}
        onDone={(letter) => {
          setIssuing(null);
          if (tab !== 'out') pickTab('out');
          reload();
          setViewing(letter);
        }}
      />
      <LetterPrintView letter={viewing} onClose={() => setViewing(null)} />
    </div>
  );
}
