import { Link } from 'react-router';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, truncate } from '../../lib/format';
import { KIND_COLORS, reminderDetail } from './notifications';
import { noticeNotificationPath } from '../notices/notices';
import { voteNotificationPath } from '../votes/votes';
import { surveyNotificationPath } from '../surveys/surveys';
import { activityNotificationPath } from '../activities/activities';
import { publicityNotificationPath } from '../publicity/publicity';
import { articleNotificationPath } from '../publishing/publishing';
import { pointsNotificationPath } from '../points/points';
import { studyNotificationPath } from '../study/study';
import { quizNotificationPath } from '../quiz/quiz';
import { welfareNotificationPath } from '../welfare/welfare';
import { reportNotificationPath } from '../reports/reports';
import { personalDataNotificationPath } from '../personalData/personalData';
import { duesReminderLine } from '../dues/dues';
import { lapseNotificationPath } from '../lapse/lapse';
import { notificationTransition, objectionPath } from '../pipeline/pipeline';
import type { InboxItem } from './useNotifications';

const PREVIEW_CHARS = 80;

/** 依据 and 到期时间 of a reminder; 逾期督办 is tagged in the header. */
function ReminderFacts({ item }: { item: InboxItem }) {
  const { t } = useTranslation();
  const d = reminderDetail(item.detail);
  if (!d || (!d.dueAt && !d.rule)) return null;
  return (
    <div className="tx-inbox-facts">
      {d.dueAt && <div>{t('notifications.dueAt', { time: formatDateTime(d.dueAt) })}</div>}
      {d.rule && (
        <div>
          {d.rule.source
            ? t('notifications.basis', { title: d.rule.title, source: d.rule.source })
            : t('notifications.basisNoSource', { title: d.rule.title })}
        </div>
      )}
    </div>
  );
}

/** One notification: a header that opens it (and marks it read), the text, a reminder's facts. */
export function NotificationItem({ item, open, onOpen }: { item: InboxItem; open: boolean; onOpen: (n: InboxItem) => void }) {
  const { t } = useTranslation();
  const unread = !item.readAt;
  const reminder = item.kind === 'REMINDER' ? reminderDetail(item.detail) : null;
  const notice = item.kind === 'NOTICE' ? noticeNotificationPath(item) : null;
  const vote = voteNotificationPath(item);
  const survey = surveyNotificationPath(item);
  const activity = activityNotificationPath(item);
  const publicity = publicityNotificationPath(item);
  const article = articleNotificationPath(item);
  const points = pointsNotificationPath(item);
  const study = studyNotificationPath(item);
  const quiz = quizNotificationPath(item);
  const welfare = welfareNotificationPath(item);
  const report = reportNotificationPath(item);
  const personalData = personalDataNotificationPath(item);
  const dues = item.kind === 'REMINDER' ? duesReminderLine(item.detail) : null;
  const lapse = lapseNotificationPath(item);
  // A 公示 of a party-entry step: branch members may object.
  const transition = item.kind === 'NOTICE' && !notice ? notificationTransition(item.detail) : null;
  const bodyId = `notification-body-${item.id}`;

  return (
    <li className={`tx-inbox-item${unread ? ' tx-inbox-unread' : ''}`} data-testid={`notification-${item.id}`}>
      <button type="button" className="tx-inbox-head" aria-expanded={open} aria-controls={bodyId} onClick={() => onOpen(item)}>
        <span className="tx-inbox-dot" aria-hidden={!unread}>
          {unread && <span className="tx-sr-only">{t('notifications.unread')}</span>}
        </span>
        <span className="tx-inbox-title">{item.title}</span>
        <span className="tx-inbox-meta">
          <Tag color={KIND_COLORS[item.kind]}>{t(`notifications.kinds.${item.kind}`, { defaultValue: item.kind })}</Tag>
          {reminder?.escalation && <Tag color="red">{t('notifications.escalation')}</Tag>}
          <Typography.Text type="secondary" className="tx-inbox-time">
            {formatDateTime(item.createdAt)}
          </Typography.Text>
        </span>
      </button>
      <div id={bodyId} className="tx-inbox-body">
        {item.body &&
          (open ? (
            <Typography.Paragraph className="tx-inbox-text">{item.body}</Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">{truncate(item.body, PREVIEW_CHARS)}</Typography.Text>
          ))}
        {item.kind === 'REMINDER' && <ReminderFacts item={item} />}
        {notice && (
          <div className="tx-inbox-facts">
            <Link to={notice} data-testid="notification-notice-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('notifications.openNotice')}
            </Link>
          </div>
        )}
        {vote && (
          <div className="tx-inbox-facts">
            <Link to={vote} data-testid="notification-vote-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('votes.openFromNotification')}
            </Link>
          </div>
        )}
        {survey && (
          <div className="tx-inbox-facts">
            <Link to={survey} data-testid="notification-survey-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('surveys.openFromNotification')}
            </Link>
          </div>
        )}
        {article && (
          <div className="tx-inbox-facts">
            <Link to={article} data-testid="notification-article-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('publishing.openFromNotification')}
            </Link>
          </div>
        )}
        {activity && (
          <div className="tx-inbox-facts">
            <Link to={activity} data-testid="notification-activity-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('activities.openFromNotification')}
            </Link>
          </div>
        )}
        {welfare && (
          <div className="tx-inbox-facts">
            <Link to={welfare} data-testid="notification-welfare-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('welfare.openFromNotification')}
            </Link>
          </div>
        )}
        {personalData && (
          <div className="tx-inbox-facts">
            <Link to={personalData} data-testid="notification-personal-data-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('personalData.openFromNotification')}
            </Link>
          </div>
        )}
        {report && (
          <div className="tx-inbox-facts">
            <Link to={report} data-testid="notification-report-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('reports.openFromNotification')}
            </Link>
          </div>
        )}
        {quiz && (
          <div className="tx-inbox-facts">
            <Link to={quiz} data-testid="notification-quiz-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('quiz.openFromNotification')}
            </Link>
          </div>
        )}
        {points && (
          <div className="tx-inbox-facts">
            <Link to={points} data-testid="notification-points-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('points.openFromNotification')}
            </Link>
          </div>
        )}
        {study && (
          <div className="tx-inbox-facts">
            <Link to={study} data-testid="notification-study-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('study.openFromNotification')}
            </Link>
          </div>
        )}
        {publicity && (
          <div className="tx-inbox-facts">
            <Link to={publicity} data-testid="notification-publicity-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('publicity.openFromNotification')}
            </Link>
          </div>
        )}
        {transition && (
          <div className="tx-inbox-facts">
            <Link
              to={objectionPath(transition)}
              state={{ title: item.title, body: item.body }}
              data-testid="notification-objection-link"
              onClick={() => !item.readAt && onOpen(item)}
            >
              {t('notifications.openObjection')}
            </Link>
          </div>
        )}
        {lapse && (
          <div className="tx-inbox-facts">
            <Link to={lapse} data-testid="notification-lapse-link" onClick={() => !item.readAt && onOpen(item)}>
              {t(lapse.startsWith('/lapse') ? 'lapse.openList' : lapse === '/meetings' ? 'lapse.openMeetings' : 'lapse.openDues')}
            </Link>
          </div>
        )}
        {dues && (
          <div className="tx-inbox-facts">
            <Link to="/dues/mine" data-testid="notification-dues-link" onClick={() => !item.readAt && onOpen(item)}>
              {t('notifications.openDues', { line: t(`dues.lines.${dues}`) })}
            </Link>
          </div>
        )}
      </div>
    </li>
  );
}
