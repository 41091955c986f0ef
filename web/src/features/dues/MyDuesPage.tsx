import { Card, Descriptions, Empty, Skeleton, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MyDuesQuery } from './operations';
import { describeError } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import type { DuesLine } from '../../gql/graphql';
import { DUES_LINES, currentBases, currentMonth, formatYuan, owed, type DuesEntry } from './dues';
import { OwedSummary } from './OwedSummary';
import { StatementTable } from './StatementTable';

const KEYS: Record<DuesLine, 'party' | 'union' | 'youth'> = { PARTY: 'party', UNION: 'union', YOUTH: 'youth' };

/**
 * 我的党费 (`/dues/mine`, every member): per line where they have a base or entries, what they
 * owe, the base in force and their ledger (read only: payments are recorded by who keeps dues).
 */
export default function MyDuesPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const memberId = viewer.member?.id ?? null;
  const [{ data, error, fetching }] = useQuery({ query: MyDuesQuery, variables: { memberId: memberId ?? '' }, pause: !memberId });
  const e = describeError(error, t);
  const bases = currentBases(data?.duesBases ?? [], currentMonth());
  const lines = data ? DUES_LINES.filter((l) => data[KEYS[l]].length > 0 || bases.has(l)) : [];

  return (
    <div className="tx-dues tx-dues-mine">
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.myDues')}
      </Typography.Title>
      {e && <FormError error={e} />}
      {!memberId ? (
        <Empty description={t('dues.mine.noMember')} />
      ) : !data && fetching ? (
        <div role="status" aria-live="polite" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      ) : data && lines.length === 0 ? (
        <Empty description={t('dues.mine.empty')} />
      ) : (
        data &&
        lines.map((l) => {
          const entries: DuesEntry[] = data[KEYS[l]];
          const base = bases.get(l);
          return (
            <Card key={l} size="small" title={t(`dues.lines.${l}`)} className="tx-dues-card" data-testid={`my-dues-${l}`}>
              <OwedSummary owed={owed(entries)} line={l} />
              {base && (
                <Descriptions
                  size="small"
                  column={{ xs: 1, sm: 3 }}
                  className="tx-dues-base"
                  items={[
                    { key: 'base', label: t('dues.fields.base'), children: formatYuan(base.baseFen) },
                    { key: 'category', label: t('dues.fields.category'), children: t(`dues.categories.${base.category}`, { defaultValue: base.category }) },
                    { key: 'from', label: t('dues.fields.fromMonth'), children: base.fromMonth },
                  ]}
                />
              )}
              <StatementTable entries={entries} loading={false} emptyText={t('dues.ledger.empty', { line: t(`dues.lines.${l}`) })} />
            </Card>
          );
        })
      )}
    </div>
  );
}
