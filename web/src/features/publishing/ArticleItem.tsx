import { Link } from 'react-router';
import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArticleListFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { STATUS_COLORS } from './publishing';

/** One article in a list: title, column, status (unless published), when, counts. */
export function ArticleItem({ a, showStatus = false }: { a: ArticleListFieldsFragment; showStatus?: boolean }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="article-item">
      <List.Item.Meta
        title={<Link to={`/publishing/articles/${encodeURIComponent(a.id)}`}>{a.title}</Link>}
        description={
          <Space wrap size={[8, 4]}>
            {showStatus && <Tag color={STATUS_COLORS[a.status]}>{t(`publishing.status.${a.status}`)}</Tag>}
            <Typography.Text type="secondary">{a.columnName}</Typography.Text>
            <Typography.Text type="secondary">{formatDateTime(a.publishedAt ?? a.submittedAt ?? null)}</Typography.Text>
            {a.status === 'PUBLISHED' && (
              <Typography.Text type="secondary">
                {t('publishing.article.views', { count: a.viewCount })} · {t('publishing.article.likes', { count: a.likeCount })}
              </Typography.Text>
            )}
            {a.tags.map((tag) => (
              <Tag key={tag}>{tag}</Tag>
            ))}
          </Space>
        }
      />
    </List.Item>
  );
}
