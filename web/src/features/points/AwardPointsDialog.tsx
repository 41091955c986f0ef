import { useState } from 'react';
import { InputNumber, Input, Modal, Space, Typography, message } from 'antd';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { serverErrorText } from '../../api/errors';
import { AwardPointsMutation } from './operations';

/** 手动奖励: an officer awards points to a member with a reason (confirmed before it is sent). */
export function AwardPointsDialog({ memberId, memberName, onClose, onDone }: { memberId: string; memberName: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [points, setPoints] = useState<number | null>(5);
  const [reason, setReason] = useState('');
  const [{ fetching }, award] = useMutation(AwardPointsMutation);
  const submit = async () => {
    if (!points || points < 1) {
      void message.error(t('points.award.pointsRequired'));
      return;
    }
    if (!reason.trim()) {
      void message.error(t('points.award.reasonRequired'));
      return;
    }
    const res = await award({ input: { memberId, points, reason: reason.trim() } });
    if (res.error) {
      void message.error(serverErrorText(res.error, t));
      return;
    }
    const entry = res.data?.awardPoints.entry;
    if (entry?.cappedReason) void message.warning(t('points.award.capped', { reason: entry.cappedReason }));
    else void message.success(t('points.award.done', { name: memberName, points }));
    onDone();
  };
  return (
    <Modal open title={t('points.award.title', { name: memberName })} okText={t('points.award.submit')} cancelText={t('common.cancel')} confirmLoading={fetching} onOk={submit} onCancel={onClose}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text>{t('points.award.points')}</Typography.Text>
        <InputNumber min={1} max={1000} precision={0} value={points} onChange={setPoints} aria-label={t('points.award.points')} />
        <Typography.Text>{t('points.award.reason')}</Typography.Text>
        <Input.TextArea rows={3} maxLength={1000} showCount value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('points.award.reason')} />
      </Space>
    </Modal>
  );
}
