import { Alert, Card, Empty, List } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ReviewQueueQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { PageHeader } from '../../components/PageHeader';
import { ArticleItem } from './ArticleItem';

/** 稿件审核 (`/publishing/review`): articles waiting for the viewer's review or publishing. */
export default function ReviewQueuePage() {
  const { t } = useTranslation();
  const [queue] = useQuery({ query: ReviewQueueQuery, requestPolicy: 'cache-and-network' });
  const error = describeError(queue.error, t);
  return (
    <div className="tx-page">
      <PageHeader title={t('publishing.review.title')} />
      <Card>
        {error && <Alert type="error" showIcon title={errorText(error)} />}
        <List
          loading={queue.fetching && !queue.data}
          dataSource={queue.data?.articleReviewQueue ?? []}
          rowKey="id"
          locale={{ emptyText: <Empty description={t('publishing.review.empty')} /> }}
          renderItem={(a) => <ArticleItem a={a} showStatus />}
        />
      </Card>
    </div>
  );
}
