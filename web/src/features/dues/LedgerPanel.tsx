import { useMemo, useState } from 'react';
import { Alert, Card, Empty, Form, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { DuesBasesQuery, DuesStandingQuery, DuesStatementQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { MemberPicker } from '../../components/MemberPicker';
import type { DuesLine } from '../../gql/graphql';
import { currentMonth, owed, paymentDefaults, type DuesEntry } from './dues';
import { useMemberNames } from '../../lib/useMemberNames';
import { BaseForm } from './BaseForm';
import { BaseTable } from './BaseTable';
import { CorrectDialog } from './CorrectDialog';
import { OwedSummary } from './OwedSummary';
import { PaymentForm } from './PaymentForm';
import { StatementTable } from './StatementTable';

/** Empty lists carry no type names: these tell the cache which results a mutation changes. */
const BASES_CONTEXT = { additionalTypenames: ['DuesBase', 'ImportDuesBasesPayload'] };
const STATEMENT_CONTEXT = { additionalTypenames: ['DuesEntry', 'GenerateDuesBillsPayload'] };

/**
 * 成员台账: one member's bases (history and 设置基数) and ledger on the line (账单 / 缴费 / 更正,
 * what is owed, 登记缴费, and 更正 on each entry). The member is kept in the URL.
 */
export function LedgerPanel({
  line,
  memberId,
  memberLabel,
  onMember,
  canWrite,
}: {
  line: DuesLine;
  memberId: string | null;
  /** The chosen member's name when the page knows it (from the arrears list). */
  memberLabel?: string;
  onMember: (id: string | null) => void;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const fetched = useMemberNames(memberId && !memberLabel ? [memberId] : []);
  const labels = useMemo(() => (memberId && memberLabel ? { ...fetched, [memberId]: memberLabel } : fetched), [fetched, memberId, memberLabel]);
  const [correcting, setCorrecting] = useState<DuesEntry | null>(null);

  const [bases, reloadBases] = useQuery({
    query: DuesBasesQuery,
    variables: { memberId: memberId ?? '' },
    pause: !memberId,
    context: BASES_CONTEXT,
  });
  const [statement, reloadStatement] = useQuery({
    query: DuesStatementQuery,
    variables: { memberId: memberId ?? '', line },
    pause: !memberId,
    context: STATEMENT_CONTEXT,
  });
  const [standing] = useQuery({
    query: DuesStandingQuery,
    variables: { memberId: memberId ?? '', line },
    pause: !memberId,
  });
  const brought = standing.data && standing.operation?.variables.memberId === memberId ? standing.data.duesStanding : null;
  const entries = useMemo(
    () => (statement.data && statement.operation?.variables.memberId === memberId ? statement.data.duesStatement : []),
    [statement.data, statement.operation, memberId],
  );
  const baseRows = bases.data && bases.operation?.variables.memberId === memberId ? bases.data.duesBases : [];
  const defaults = paymentDefaults(entries, currentMonth());
  const basesError = describeError(bases.error, t);
  const statementError = describeError(statement.error, t);
  const lineName = t(`dues.lines.${line}`);

  return (
    <div className="tx-dues-ledger">
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={t('dues.ledger.member')} htmlFor="dues-member" style={{ maxWidth: 420 }}>
          <MemberPicker id="dues-member" value={memberId ?? undefined} onChange={(v) => onMember(v ?? null)} labels={labels} aria-label={t('dues.ledger.member')} />
        </Form.Item>
      </Form>
      {!memberId ? (
        <Empty description={t('dues.ledger.pick')} />
      ) : (
        <>
          <Card size="small" title={t('dues.bases.title')} className="tx-dues-card">
            {basesError && <FormError error={basesError} />}
            <BaseTable bases={baseRows} loading={bases.fetching} />
            {canWrite && (
              <>
                <Typography.Title level={5} className="tx-dues-subtitle">
                  {t('dues.bases.set')}
                </Typography.Title>
                <BaseForm key={`${memberId}-${line}`} memberId={memberId} line={line} onDone={() => reloadBases({ requestPolicy: 'network-only' })} />
              </>
            )}
          </Card>
          <Card size="small" title={t('dues.ledger.title', { line: lineName })} className="tx-dues-card">
            {statementError && <FormError error={statementError} />}
            {statement.data && <OwedSummary owed={owed(entries)} line={line} />}
            {brought && (
              <Alert
                type="info"
                showIcon
                data-testid="dues-standing"
                className="tx-dues-standing"
                message={t('dues.ledger.standing', { month: brought.paidThrough, from: brought.fromTenantName })}
              />
            )}
            <StatementTable
              entries={entries}
              loading={statement.fetching}
              onCorrect={canWrite ? setCorrecting : undefined}
              emptyText={t('dues.ledger.empty', { line: lineName })}
            />
            {canWrite && (
              <>
                <Typography.Title level={5} className="tx-dues-subtitle">
                  {t('dues.payment.title')}
                </Typography.Title>
                <PaymentForm
                  // Prefilled anew whenever the ledger changes (after a payment, a bill, a correction).
                  key={`${memberId}-${line}-${entries.length}`}
                  memberId={memberId}
                  line={line}
                  month={defaults.month}
                  amountFen={defaults.amountFen}
                  onDone={() => reloadStatement({ requestPolicy: 'network-only' })}
                />
              </>
            )}
          </Card>
          <CorrectDialog
            entry={correcting}
            onClose={() => setCorrecting(null)}
            onDone={() => {
              setCorrecting(null);
              reloadStatement({ requestPolicy: 'network-only' });
            }}
          />
        </>
      )}
    </div>
  );
}
