import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, Card, Empty, Input, List, Segmented, Select, Space } from 'antd';
import { AppstoreOutlined, AuditOutlined, BarChartOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ArticlesQuery, ColumnsQuery, MyArticlesQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import type { ArticleListFieldsFragment } from '../../gql/graphql';
import { ArticleItem } from './ArticleItem';

type Tab = 'columns' | 'mine';

/**
 * 宣传 (`/publishing`): a column's published articles with search and paging (made for phones),
 * and 我的稿件; links to 写稿, 稿件审核 and 信息员采用情况 for who may use them.
 */
export default function ColumnsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState<Tab>('columns');
  const [search, setSearch] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const [pages, setPages] = useState<ArticleListFieldsFragment[]>([]);
  const [columns] = useQuery({ query: ColumnsQuery });
  const list = columns.data?.columns ?? [];
  const columnId = params.get('column') ?? list[0]?.id ?? null;
  const column = list.find((c) => c.id === columnId);
  const [articles] = useQuery({
    query: ArticlesQuery,
    variables: { columnId: columnId ?? '', search: search || null, after },
    pause: !columnId || tab !== 'columns',
    requestPolicy: 'cache-and-network',
  });
  const [mine] = useQuery({ query: MyArticlesQuery, pause: tab !== 'mine', requestPolicy: 'cache-and-network' });
  useEffect(() => {
    setAfter(null);
    setPages([]);
  }, [columnId, search]);
  const page = useMemo(() => articles.data?.articles.edges.map((e) => e.node) ?? [], [articles.data]);
  const shown = after ? [...pages, ...page.filter((a) => !pages.some((p) => p.id === a.id))] : page;
  const canReview = list.some((c) => c.viewerCanReview);
  const error = describeError(columns.error ?? articles.error ?? mine.error, t);

  return (
    <div className="tx-page tx-publishing">
      <PageHeader title={t('publishing.title')}>
        <Space wrap>
          {canReview && (
            <>
              <Link to="/publishing/review">
                <Button icon={<AuditOutlined />}>{t('publishing.review.title')}</Button>
              </Link>
              <Link to="/publishing/statistics">
                <Button icon={<BarChartOutlined />}>{t('publishing.stats.title')}</Button>
              </Link>
              <Link to="/publishing/columns">
                <Button icon={<AppstoreOutlined />}>{t('publishing.manage.title')}</Button>
              </Link>
            </>
          )}
          {column?.viewerCanSubmit && (
            <Link to={`/publishing/write?column=${encodeURIComponent(column.id)}`}>
              <Button type="primary" icon={<EditOutlined />} data-testid="write-article">
                {t('publishing.editor.new')}
              </Button>
            </Link>
          )}
        </Space>
      </PageHeader>
      <Card>
        <div className="tx-toolbar">
          <Segmented<Tab>
            value={tab}
            onChange={setTab}
            options={[
              { value: 'columns', label: t('publishing.list.tabColumns') },
              { value: 'mine', label: t('publishing.list.tabMine') },
            ]}
          />
          {tab === 'columns' && (
            <Space wrap>
              <Select
                aria-label={t('publishing.columns.choose')}
                style={{ minWidth: 160 }}
                value={columnId ?? undefined}
                loading={columns.fetching}
                options={list.map((c) => ({ value: c.id, label: c.organizationName ? `${c.name}（${c.organizationName}）` : c.name }))}
                onChange={(v: string) => setParams({ column: v })}
                notFoundContent={t('publishing.columns.none')}
              />
              <Input.Search allowClear placeholder={t('publishing.list.search')} aria-label={t('publishing.list.search')} maxLength={50} onSearch={(v) => setSearch(v.trim())} style={{ maxWidth: 240 }} />
            </Space>
          )}
        </div>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginTop: 12 }} />}
        {tab === 'columns' ? (
          <>
            <List
              loading={articles.fetching && shown.length === 0}
              dataSource={shown}
              rowKey="id"
              locale={{ emptyText: <Empty description={t('publishing.list.empty')} /> }}
              renderItem={(a) => <ArticleItem a={a} />}
            />
            {articles.data?.articles.pageInfo.hasNextPage && (
              <Button
                block
                loading={articles.fetching}
                onClick={() => {
                  setPages(shown);
                  setAfter(articles.data?.articles.pageInfo.endCursor ?? null);
                }}
              >
                {t('publishing.list.more')}
              </Button>
            )}
          </>
        ) : (
          <List
            loading={mine.fetching && !mine.data}
            dataSource={mine.data?.myArticles ?? []}
            rowKey="id"
            locale={{ emptyText: <Empty description={t('publishing.list.mineEmpty')} /> }}
            renderItem={(a) => <ArticleItem a={a} showStatus />}
          />
        )}
      </Card>
    </div>
  );
}
