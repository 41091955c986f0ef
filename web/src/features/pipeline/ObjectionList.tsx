import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { StageTransition } from './pipeline';

/** The objections recorded during a 公示 (for who reads the branch). */
export function ObjectionList({ objections }: { objections: StageTransition['objections'] }) {
  const { t } = useTranslation();
  if (objections.length === 0) return null;
  return (
    <ul className="tx-pipeline-objections" aria-label={t('pipeline.objections.title')}>
      {objections.map((o, i) => (
        <li key={`${o.createdAt}-${i}`}>
          <Typography.Text strong>{o.authorName}</Typography.Text>
          <Typography.Text type="secondary"> · {formatDateTime(o.createdAt)}</Typography.Text>
          <div className="tx-pipeline-objection-text">{o.text}</div>
        </li>
      ))}
    </ul>
  );
}
