import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card, Statistic } from 'antd';

/** One figure that opens the list behind it. */
export function Figure({ title, value, to, suffix, testId }: { title: string; value: ReactNode; to?: string; suffix?: string; testId?: string }) {
  const stat = <Statistic title={title} value={value as string | number} suffix={suffix} />;
  return (
    <Card size="small" hoverable={!!to} data-testid={testId}>
      {to ? (
        <Link to={to} aria-label={title} className="tx-figure-link">
          {stat}
        </Link>
      ) : (
        stat
      )}
    </Card>
  );
}
