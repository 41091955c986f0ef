import { useEffect } from 'react';
import { Alert, App as AntApp, Button, Card, Empty, List, Progress, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, FileZipOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { describeError, errorText } from '../../api/errors';
import type { PersonalDataExportFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { MyPersonalDataExportsQuery, RequestPersonalDataExportMutation } from './operations';
import { POLL_MS, STATUS_COLORS, formatSize, isActive } from './personalData';

const CONTEXT = { additionalTypenames: ['PersonalDataExport'] };

/** One past or running export: its state, progress, and while ready its download and expiry. */
function ExportItem({ e }: { e: PersonalDataExportFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="personal-data-export">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={[8, 4]}>
          <Tag color={STATUS_COLORS[e.status]} data-testid="personal-data-status">
            {t(`personalData.status.${e.status}`)}
          </Tag>
          <Typography.Text type="secondary">{formatDateTime(e.createdAt)}</Typography.Text>
          {e.requestedBy === 'ADMIN' && <Tag color="purple">{t('personalData.byAdmin')}</Tag>}
        </Space>
        {e.requestedBy === 'ADMIN' && e.reason && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('personalData.reason', { reason: e.reason })}
          </Typography.Text>
        )}
        {isActive(e.status) && (
          <div data-testid="personal-data-progress">
            <Progress percent={e.progress} size="small" status="active" aria-label={t('personalData.progress')} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('personalData.sections', { done: e.sectionsDone.length, total: e.sectionsTotal })}
            </Typography.Text>
          </div>
        )}
        {e.status === 'READY' && e.downloadUrl && (
          <Space wrap size={[12, 4]}>
            <a href={e.downloadUrl} download data-testid="personal-data-download">
              <DownloadOutlined /> {t('personalData.download')}
            </a>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatSize(e.sizeBytes)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="personal-data-expires">
              {t('personalData.expires', { at: formatDateTime(e.expiresAt) })}
            </Typography.Text>
          </Space>
        )}
        {e.status === 'FAILED' && <Typography.Text type="danger">{t('personalData.failed')}</Typography.Text>}
      </Space>
    </List.Item>
  );
}

/** 个人信息下载: ask for all of one's personal data as a ZIP, follow its progress, download past exports. */
export function PersonalDataCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MyPersonalDataExportsQuery,
    variables: { first: 20 },
    context: CONTEXT,
  });
  const [requesting, request] = useMutation(RequestPersonalDataExportMutation);
  const exports: PersonalDataExportFieldsFragment[] = data?.myPersonalDataExports.edges.map((e) => e.node) ?? [];
  const running = exports.some((e) => isActive(e.status));

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => window.clearInterval(timer);
  }, [running, refetch]);

  const onRequest = async () => {
    const r = await request({}, CONTEXT);
    const problem = describeError(r.error, t);
    if (problem) {
      void message.error(errorText(problem));
      return;
    }
    void message.success(t('personalData.requested'));
    refetch({ requestPolicy: 'network-only' });
  };

  const e = describeError(error ?? requesting.error, t);
  return (
    <Card
      title={
        <Space>
          <FileZipOutlined />
          {t('personalData.title')}
        </Space>
      }
      data-testid="personal-data-card"
    >
      <Typography.Paragraph type="secondary">{t('personalData.intro')}</Typography.Paragraph>
      {e && <Alert type="error" showIcon title={errorText(e)} style={{ marginBottom: 12 }} />}
      <Button
        type="primary"
        block
        onClick={() => void onRequest()}
        loading={requesting.fetching}
        disabled={running}
        data-testid="personal-data-request"
      >
        {running ? t('personalData.running') : t('personalData.request')}
      </Button>
      <List
        style={{ marginTop: 12 }}
        loading={fetching && !data}
        dataSource={exports}
        rowKey="id"
        locale={{ emptyText: <Empty description={t('personalData.none')} /> }}
        renderItem={(x) => <ExportItem e={x} />}
      />
    </Card>
  );
}
