import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Card, Empty, List, Result, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';

interface PublicArticle {
  id: string;
  columnName: string;
  title: string;
  tags: string[];
  publishedAt: string | null;
  bodyHtml?: string;
}

/**
 * The tenant's public page (`/p/:slug`, `/p/:slug/:id`, no login): the published articles it
 * chose, read from this origin's `/public/{slug}/articles`; bodies are cleaned by the server.
 */
export default function PublicPage() {
  const { t } = useTranslation();
  const { slug = '', id } = useParams();
  const [list, setList] = useState<{ tenantName: string; articles: PublicArticle[] } | null>(null);
  const [one, setOne] = useState<PublicArticle | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let live = true;
    const base = `/public/${encodeURIComponent(slug)}/articles`;
    void fetch(base)
      .then(async (r) => (r.ok ? ((await r.json()) as { tenantName: string; articles: PublicArticle[] }) : null))
      .then((v) => live && (v ? setList(v) : setMissing(true)));
    if (id) {
      void fetch(`${base}/${encodeURIComponent(id)}`)
        .then(async (r) => (r.ok ? ((await r.json()) as PublicArticle) : null))
        .then((v) => live && (v ? setOne(v) : setMissing(true)));
    } else {
      setOne(null);
    }
    return () => {
      live = false;
    };
  }, [slug, id]);

  if (missing) return <Result status="404" title={t('publishing.public.notFound')} />;
  if (!list) return <Spin style={{ display: 'block', margin: 48 }} />;
  return (
    <div className="tx-page tx-public" style={{ maxWidth: 820, margin: '0 auto', padding: 16 }}>
      <Typography.Title level={3}>{t('publishing.public.title', { name: list.tenantName })}</Typography.Title>
      {id && one ? (
        <Card>
          <Link to={`/p/${encodeURIComponent(slug)}`}>{t('publishing.public.back')}</Link>
          <Typography.Title level={4} style={{ marginTop: 12 }}>
            {one.title}
          </Typography.Title>
          <Typography.Text type="secondary">
            {one.columnName} · {formatDateTime(one.publishedAt)}
          </Typography.Text>
          <div className="tx-richtext" style={{ marginTop: 16 }} dangerouslySetInnerHTML={{ __html: one.bodyHtml ?? '' }} />
        </Card>
      ) : (
        <Card>
          <List
            dataSource={list.articles}
            rowKey="id"
            locale={{ emptyText: <Empty description={t('publishing.public.empty')} /> }}
            renderItem={(a) => (
              <List.Item data-testid="public-article">
                <List.Item.Meta
                  title={<Link to={`/p/${encodeURIComponent(slug)}/${encodeURIComponent(a.id)}`}>{a.title}</Link>}
                  description={
                    <>
                      <Typography.Text type="secondary">
                        {a.columnName} · {formatDateTime(a.publishedAt)}
                      </Typography.Text>{' '}
                      {a.tags.map((tag) => (
                        <Tag key={tag}>{tag}</Tag>
                      ))}
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      )}
    </div>
  );
}
