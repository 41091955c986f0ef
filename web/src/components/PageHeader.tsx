import type { ReactNode } from 'react';
import { Typography } from 'antd';

/** A page's title (h2) with its actions beside it. */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <div className="tx-page-head">
      <Typography.Title level={2} className="tx-page-title">
        {title}
      </Typography.Title>
      {children}
    </div>
  );
}
