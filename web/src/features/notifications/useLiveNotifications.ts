import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { App as AntApp } from 'antd';
import { NotificationAddedSubscription } from './operations';
import { liveToastKey, notificationToast } from './notificationToast';
import { createNotificationFeed, type NotificationFeed } from './notificationFeed';
import { notificationConversation } from '../chat/chat';
import { noticeNotificationPath } from '../notices/notices';
import { voteNotificationPath } from '../votes/votes';
import { surveyNotificationPath } from '../surveys/surveys';
import { activityNotificationPath } from '../activities/activities';
import { publicityNotificationPath } from '../publicity/publicity';
import { pointsNotificationPath } from '../points/points';
import { studyNotificationPath } from '../study/study';
import { quizNotificationPath } from '../quiz/quiz';
import { welfareNotificationPath } from '../welfare/welfare';
import { reportNotificationPath } from '../reports/reports';

/** Kinds whose toast leads to the conversation they are about (else to the inbox). */
const CHAT_KINDS = new Set(['MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT']);

/**
 * Where a notification's toast leads: a mention, a direct message or a report (to the group's
 * admins) to its conversation; a notice (NOTICE) to the notice, or to 已发通知 when it is about
 * a review.
 */
export function toastTarget(n: { kind: string; detail: unknown; noticeId?: string | null }): string {
  const notice = n.kind === 'NOTICE' ? noticeNotificationPath(n) : null;
  if (notice) return notice;
  const vote = voteNotificationPath(n);
  if (vote) return vote;
  const survey = surveyNotificationPath(n);
  if (survey) return survey;
  const activity = activityNotificationPath(n);
  if (activity) return activity;
  const publicity = publicityNotificationPath(n);
  if (publicity) return publicity;
  const points = pointsNotificationPath(n);
  if (points) return points;
  const study = studyNotificationPath(n);
  if (study) return study;
  const quiz = quizNotificationPath(n);
  if (quiz) return quiz;
  const welfare = welfareNotificationPath(n);
  if (welfare) return welfare;
  const report = reportNotificationPath(n);
  if (report) return report;
  const conversation = CHAT_KINDS.has(n.kind) ? notificationConversation(n.detail) : null;
  return conversation ? `/chat/${encodeURIComponent(conversation)}` : '/notifications';
}

export interface LiveNotificationsOptions {
  /** Not signed in (yet): no subscription. */
  pause: boolean;
  /** A notification arrived (the shell counts it on the unread badge). */
  onArrived: () => void;
}

/**
 * Subscribes to the viewer's new notifications while signed in (used once, by the app shell).
 * Each one bumps the unread badge, shows a toast that leads to the inbox (a mention, a direct
 * message or a report: to its conversation; a notice: to the notice), and goes to the
 * returned feed, which the shell provides so an open inbox lists it on top.
 */
export function useLiveNotifications({ pause, onArrived }: LiveNotificationsOptions): NotificationFeed {
  const client = useClient();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { notification } = AntApp.useApp();
  const [feed] = useState(createNotificationFeed);
  // Each notification is announced once, even if a result is delivered again.
  const seen = useRef(new Set<string>());
  const latest = useRef({ onArrived, t, navigate, notification });
  useEffect(() => {
    latest.current = { onArrived, t, navigate, notification };
  });

  useEffect(() => {
    if (pause) return;
    const subscription = client.subscription(NotificationAddedSubscription, {}).subscribe((result) => {
      const n = result.data?.notificationAdded;
      if (!n || seen.current.has(n.id)) return;
      seen.current.add(n.id);
      const { onArrived, t, navigate, notification } = latest.current;
      onArrived();
      notification.open(
        notificationToast(n, t, () => {
          notification.destroy(liveToastKey(n.id));
          navigate(toastTarget(n));
        }),
      );
      feed.publish(n);
    });
    return () => subscription.unsubscribe();
  }, [client, pause, feed]);

  return feed;
}
