import { Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { App as AntApp, Avatar, Badge, Breadcrumb, Button, Drawer, Dropdown, Grid, Layout, Menu, Result, Typography } from 'antd';
import {
  ApartmentOutlined,
  ClusterOutlined,
  AppstoreOutlined,
  CrownOutlined,
  SoundOutlined,
  AccountBookOutlined,
  BarChartOutlined,
  BulbOutlined,
  QuestionCircleOutlined,
  AlertOutlined,
  CommentOutlined,
  BorderOuterOutlined,
  CameraOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  ProfileOutlined,
  AuditOutlined,
  ReadOutlined,
  BellOutlined,
  BookOutlined,
  CalendarOutlined,
  ContactsOutlined,
  IdcardOutlined,
  NodeIndexOutlined,
  ScanOutlined,
  SwapOutlined,
  UserAddOutlined,
  UsergroupAddOutlined,
  FlagOutlined,
  ContainerOutlined,
  FormOutlined,
  HomeOutlined,
  KeyOutlined,
  LockOutlined,
  FileZipOutlined,
  LogoutOutlined,
  MenuOutlined,
  MessageOutlined,
  NotificationOutlined,
  PlusCircleOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  StarOutlined,
  ScheduleOutlined,
  SendOutlined,
  TableOutlined,
  StopOutlined,
  TeamOutlined,
  UserOutlined,
  WalletOutlined,
  CheckSquareOutlined,
  WarningOutlined,
  TrophyOutlined,
  CarryOutOutlined,
  ClockCircleOutlined,
  FundOutlined,
  EditOutlined,
  DatabaseOutlined,
  ThunderboltOutlined,
  GiftOutlined,
  ShoppingOutlined,
  ShopOutlined,
  RedEnvelopeOutlined,
  SafetyOutlined,
  FileProtectOutlined,
} from '@ant-design/icons';
import { LogOutMutation } from '../features/identity/operations';
import { ForcedEnrolment } from '../features/secondFactor/ForcedEnrolment';
import { ViewerQuery } from '../api/operations';
import { describeError, isUnauthenticated } from '../api/errors';
import { useResetClient } from '../api/ClientProvider';
import { ViewerContext, viewerInfo, type ViewerInfo } from '../auth/viewer';
import { canCompose } from '../features/notices/noticeAccess';
import { canKeepDues } from '../features/dues/duesAccess';
import { canScheduleMeetings, canSeeOrgMeetings } from '../features/meetings/meetingAccess';
import { canManagePipeline } from '../features/pipeline/pipelineAccess';
import { canTransfer } from '../features/transfers/transfers';
import { canSeeSupervisionTasks, canSuperviseGrids } from '../features/grid/gridAccess';
import { canCreateVotes } from '../features/votes/voteAccess';
import { canCreateSurveys } from '../features/surveys/surveyAccess';
import { canCreateActivities, canSeeOrgActivities } from '../features/activities/activityAccess';
import { canReviewArticles, canSeePublishingStatistics } from '../features/publishing/publishingAccess';
import { canRunEvaluation } from '../features/evaluation/evaluation';
import { canPublishPublicity, canSeeHonours } from '../features/publicity/publicity';
import { canDecidePointAppeals, canSeePointRankings } from '../features/points/points';
import { canSeeAssessment } from '../features/assessment/assessment';
import { canManageStudy } from '../features/study/study';
import { canManageQuizzes } from '../features/quiz/quiz';
import { canManageWelfare } from '../features/welfare/welfareAccess';
import { canReviewBranchSetting } from '../features/orgs/branchSetting';
import { LanguageSwitch } from './LanguageSwitch';
import { PageSpinner } from './PageSpinner';
import { ErrorBoundary } from './ErrorBoundary';
import { setDisplayTimeZone } from '../lib/format';
import { useUnreadCount } from '../features/notifications/useUnreadCount';
import { useLiveNotifications } from '../features/notifications/useLiveNotifications';
import { useChatUnreadTotal } from '../features/chat/useChatUnreadTotal';
import { NotificationFeedContext } from '../features/notifications/notificationFeed';
import { LiveIndicator } from './LiveIndicator';

interface NavItem {
  path: string;
  labelKey: string;
  icon: ReactNode;
  /** The tenant-wide permission (`viewer.permissions`) the entry needs. */
  permission?: string;
  /** Shown only when this says so (e.g. a right held in some org: `viewer.permissionsAnywhere`). */
  visible?: (info: ViewerInfo) => boolean;
  /** A group (its `path` is only a key): these entries under it, the group hidden when none is shown. */
  children?: NavItem[];
}

export const NAV: NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: <HomeOutlined /> },
  // Every member: the inbox, with the unread count on it.
  { path: '/notifications', labelKey: 'nav.notifications', icon: <BellOutlined /> },
  // Every member: their conversations, with the unread total on it.
  { path: '/chat', labelKey: 'nav.chat', icon: <MessageOutlined /> },
  // Every member: the notices they received (一点发布，多点响应).
  { path: '/notices', labelKey: 'nav.notices', icon: <NotificationOutlined /> },
  // Who may issue notices in some org (`notice:write` anywhere; the server decides on each issuer).
  { path: '/notices/new', labelKey: 'nav.noticeCompose', icon: <FormOutlined />, visible: canCompose },
  // Every member: an empty list for those who never sent, reviewed or managed one.
  { path: '/notices/sent', labelKey: 'nav.noticesSent', icon: <SendOutlined /> },
  // Who keeps dues in some org (`dues:read` anywhere; the server decides on each org and member).
  { path: '/dues', labelKey: 'nav.dues', icon: <AccountBookOutlined />, visible: canKeepDues },
  // Every member: their own ledgers and what they owe.
  { path: '/dues/mine', labelKey: 'nav.myDues', icon: <WalletOutlined /> },
  // 组织生活 (三会一课): every member sees the meetings they are invited to; who holds `meeting:read`
  // somewhere also their orgs' meetings and 落实情况, `meeting:write` 安排会议.
  {
    path: 'group:meetings',
    labelKey: 'nav.meetingsGroup',
    icon: <FlagOutlined />,
    children: [
      { path: '/meetings', labelKey: 'nav.meetings', icon: <CalendarOutlined /> },
      { path: '/meetings/new', labelKey: 'nav.meetingSchedule', icon: <PlusCircleOutlined />, visible: canScheduleMeetings },
      { path: '/meetings/compliance', labelKey: 'nav.meetingCompliance', icon: <ScheduleOutlined />, visible: canSeeOrgMeetings },
    ],
  },
  // 活动: every member sees the activities they may join, registers on the phone and keeps their
  // volunteer hours; who holds `activity:write` somewhere publishes, `activity:read` sees statistics.
  {
    path: 'group:activities',
    labelKey: 'activities.nav',
    icon: <TrophyOutlined />,
    children: [
      { path: '/activities', labelKey: 'activities.navList', icon: <CarryOutOutlined /> },
      { path: '/activities/new', labelKey: 'activities.create.title', icon: <PlusCircleOutlined />, visible: canCreateActivities },
      { path: '/activities/hours', labelKey: 'activities.hours.title', icon: <ClockCircleOutlined /> },
      { path: '/activities/statistics', labelKey: 'activities.stats.title', icon: <BarChartOutlined />, visible: canSeeOrgActivities },
    ],
  },
  // 宣传: every member reads the columns (made for phones) and writes where a column lets them;
  // who reviews somewhere (`publishing:review`) sees the queue and the contributor statistics.
  {
    path: 'group:publishing',
    labelKey: 'publishing.nav',
    icon: <ReadOutlined />,
    children: [
      { path: '/publishing', labelKey: 'publishing.navColumns', icon: <ReadOutlined /> },
      { path: '/publishing/review', labelKey: 'publishing.navReview', icon: <AuditOutlined />, visible: canReviewArticles },
      { path: '/publishing/columns', labelKey: 'publishing.navManage', icon: <AppstoreOutlined />, visible: canReviewArticles },
      { path: '/publishing/statistics', labelKey: 'publishing.navStatistics', icon: <BarChartOutlined />, visible: canSeePublishingStatistics },
    ],
  },
  // 网格化治理: every member may report a case (网格工作, made for phones); who holds `grid:read`
  // somewhere supervises (看板, 事件, 统计); 督办任务 also for the units that receive them.
  {
    path: 'group:grid',
    labelKey: 'nav.gridGroup',
    icon: <BorderOuterOutlined />,
    children: [
      { path: '/grid/mine', labelKey: 'nav.gridWork', icon: <CameraOutlined /> },
      { path: '/grid/board', labelKey: 'nav.gridBoard', icon: <DashboardOutlined />, visible: canSuperviseGrids },
      { path: '/grid/cases', labelKey: 'nav.gridCases', icon: <FileSearchOutlined />, visible: canSuperviseGrids },
      { path: '/grid/statistics', labelKey: 'nav.gridStatistics', icon: <BarChartOutlined />, visible: canSuperviseGrids },
      { path: '/grid/tasks', labelKey: 'nav.gridTasks', icon: <ProfileOutlined />, visible: canSeeSupervisionTasks },
    ],
  },
  // 参与: every member votes (待我投票) and verifies their ballot, and uses the ideas wall (金点子)
  // and inquiries (党员问询); officers start votes; who holds `moderation:read` somewhere also
  // sees the moderation queue (内容管理).
  {
    path: 'group:participation',
    labelKey: 'votes.navGroup',
    icon: <CommentOutlined />,
    children: [
      { path: '/votes', labelKey: 'votes.nav', icon: <CheckSquareOutlined /> },
      { path: '/votes/new', labelKey: 'votes.create.title', icon: <PlusCircleOutlined />, visible: canCreateVotes },
      { path: '/surveys', labelKey: 'surveys.nav', icon: <ContainerOutlined /> },
      { path: '/surveys/new', labelKey: 'surveys.create.title', icon: <PlusCircleOutlined />, visible: canCreateSurveys },
      { path: '/ideas', labelKey: 'ideas.nav', icon: <BulbOutlined /> },
      { path: '/inquiries', labelKey: 'inquiries.nav', icon: <QuestionCircleOutlined /> },
      { path: '/moderation', labelKey: 'moderation.nav', icon: <AlertOutlined />, visible: (i) => i.canAnywhere('moderation:read') },
    ],
  },
  // 纪检监察: every member may 检举控告 (real-name or anonymous), follow their real-name reports and
  // read the answers by receipt code (a page without login); 检举控告办理 lists the reports the
  // viewer handles as 纪检人员 (`discipline_inspector` over the handling org; empty for others).
  {
    path: 'group:reports',
    labelKey: 'reports.nav.group',
    icon: <SafetyOutlined />,
    children: [
      { path: '/reports/new', labelKey: 'reports.nav.new', icon: <EditOutlined /> },
      { path: '/reports/mine', labelKey: 'reports.nav.mine', icon: <ProfileOutlined /> },
      { path: '/report-followup', labelKey: 'reports.nav.followup', icon: <FileSearchOutlined /> },
      { path: '/reports/cases', labelKey: 'reports.nav.cases', icon: <FileProtectOutlined /> },
    ],
  },
  // 公示与荣誉: every member reads the 公示 they are shown and objects (made for phones); who holds
  // `publicity:write` somewhere publishes; who reads honours somewhere keeps the honours roll.
  {
    path: 'group:publicity',
    labelKey: 'publicity.navGroup',
    icon: <SoundOutlined />,
    children: [
      { path: '/publicity', labelKey: 'publicity.nav', icon: <AuditOutlined /> },
      { path: '/publicity/new', labelKey: 'publicity.create.title', icon: <PlusCircleOutlined />, visible: canPublishPublicity },
      { path: '/honours', labelKey: 'honours.nav', icon: <CrownOutlined />, visible: canSeeHonours },
    ],
  },
  // 积分: every member reads their ledger and the rules and appeals (made for phones); who holds
  // `points:read` somewhere sees rankings, `points:write` decides appeals (the server decides per org).
  {
    path: 'group:points',
    labelKey: 'points.navGroup',
    icon: <TrophyOutlined />,
    children: [
      { path: '/points', labelKey: 'points.nav', icon: <WalletOutlined /> },
      { path: '/points/rankings', labelKey: 'points.navRankings', icon: <TrophyOutlined />, visible: canSeePointRankings },
      { path: '/points/appeals', labelKey: 'points.navAppeals', icon: <AuditOutlined />, visible: canDecidePointAppeals },
      { path: '/points/rules', labelKey: 'points.navRules', icon: <ContainerOutlined /> },
    ],
  },
  // 目标考核: who reads ledgers somewhere (`assessment:read`: the issuing org's officers and
  // those of the orgs assessed).
  { path: '/assessment', labelKey: 'assessment.nav', icon: <FundOutlined />, visible: canSeeAssessment },
  // 学习: every member studies their plans (made for phones); who holds `study:write` somewhere
  // manages materials, courses and plans and sees their completion.
  {
    path: 'group:study',
    labelKey: 'study.navGroup',
    icon: <ReadOutlined />,
    children: [
      { path: '/study', labelKey: 'study.nav', icon: <BookOutlined /> },
      { path: '/study/manage', labelKey: 'study.navManage', icon: <ContainerOutlined />, visible: canManageStudy },
    ],
  },
  // 测验考试: every member takes the quizzes of their audience (made for phones); who holds
  // `quiz` rights somewhere manages banks and quizzes (the server decides per org). 知识竞赛:
  // every member, to join live contests (their hosts run them from the same list).
  {
    path: 'group:quiz',
    labelKey: 'quiz.navGroup',
    icon: <FormOutlined />,
    children: [
      { path: '/quiz', labelKey: 'quiz.nav', icon: <EditOutlined /> },
      { path: '/quiz/manage', labelKey: 'quiz.navManage', icon: <ScheduleOutlined />, visible: canManageQuizzes },
      { path: '/quiz/banks', labelKey: 'quiz.navBanks', icon: <DatabaseOutlined />, visible: canManageQuizzes },
      { path: '/contests', labelKey: 'contest.nav', icon: <ThunderboltOutlined /> },
    ],
  },
  // 党员发展: who manages members somewhere (`member:write` anywhere; the server decides on each
  // branch, and the upper org on each decision).
  {
    path: 'group:pipeline',
    labelKey: 'nav.pipelineGroup',
    icon: <StarOutlined />,
    children: [{ path: '/pipeline', labelKey: 'nav.pipeline', icon: <SolutionOutlined />, visible: canManagePipeline }],
  },
  // 民主评议: every member finds the campaigns they are evaluated in (made for phones); who holds
  // `evaluation:read` somewhere runs a branch's campaign (the server decides per branch).
  {
    path: 'group:evaluation',
    labelKey: 'evaluation.nav.group',
    icon: <FlagOutlined />,
    children: [
      { path: '/evaluation', labelKey: 'evaluation.nav.mine', icon: <FormOutlined /> },
      { path: '/evaluation/manage', labelKey: 'evaluation.nav.manage', icon: <SolutionOutlined />, visible: canRunEvaluation },
    ],
  },
  // 组织关系: 转接 for who manages members somewhere (`member:write` anywhere; the server decides on
  // each org); every member applies to join the union or the league, officers decide.
  {
    path: 'group:relations',
    labelKey: 'nav.relationsGroup',
    icon: <NodeIndexOutlined />,
    children: [
      { path: '/transfers', labelKey: 'nav.transfers', icon: <SwapOutlined />, visible: canTransfer },
      { path: '/joining', labelKey: 'nav.joining', icon: <UserAddOutlined /> },
      // 脱离组织预警 (membership.lapse) for who manages members somewhere; the server decides per org.
      { path: '/lapse', labelKey: 'nav.lapse', icon: <WarningOutlined />, visible: canTransfer },
    ],
  },
  // 群团服务: every member sees their 团籍注册 campaigns and their union card; officers (`member:write`
  // anywhere) check a scanned card.
  {
    path: 'group:mass',
    labelKey: 'nav.massGroup',
    icon: <ContactsOutlined />,
    children: [
      { path: '/league', labelKey: 'nav.league', icon: <UsergroupAddOutlined /> },
      { path: '/union/card', labelKey: 'nav.unionCard', icon: <IdcardOutlined /> },
      { path: '/union/verify', labelKey: 'nav.unionVerify', icon: <ScanOutlined />, visible: canTransfer },
    ],
  },
  // 工会福利: every member sees the union's group-buys and crowdfunds open to them (made for phones)
  // and their yearly allowance; who holds `welfare` rights somewhere manages an org's offers,
  // distributions and statistics (the server decides per org).
  {
    path: 'group:welfare',
    labelKey: 'welfare.nav.group',
    icon: <GiftOutlined />,
    children: [
      { path: '/welfare', labelKey: 'welfare.nav.list', icon: <ShoppingOutlined /> },
      { path: '/welfare/mine', labelKey: 'welfare.nav.mine', icon: <RedEnvelopeOutlined /> },
      { path: '/welfare/manage', labelKey: 'welfare.nav.manage', icon: <ShopOutlined />, visible: canManageWelfare },
    ],
  },
  { path: '/organizations', labelKey: 'nav.organizations', icon: <ApartmentOutlined /> },
  // Who reads some org (`org:read` anywhere): its party branches' size, committee and term.
  { path: '/orgs/branch-setting', labelKey: 'nav.branchSetting', icon: <ClusterOutlined />, visible: canReviewBranchSetting },
  { path: '/orgs/terms', labelKey: 'nav.orgTerms', icon: <ScheduleOutlined />, visible: canReviewBranchSetting },
  // Who reads members' sensitive fields somewhere (officers): the annual returns of the party, union and league orgs there.
  { path: '/orgs/statistics', labelKey: 'nav.orgStatistics', icon: <TableOutlined />, visible: (i) => i.canAnywhere('member_sensitive:read') },
  { path: '/members', labelKey: 'nav.members', icon: <TeamOutlined /> },
  { path: '/roles', labelKey: 'nav.roles', icon: <SafetyCertificateOutlined />, permission: 'role:read' },
  { path: '/api-keys', labelKey: 'nav.apiKeys', icon: <KeyOutlined />, permission: 'api_key:read' },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, permission: 'audit:read' },
  // Every member: the rules explain reminders and refusals; only tenant admins adjust them.
  { path: '/rules', labelKey: 'nav.rules', icon: <BookOutlined /> },
  { path: '/security', labelKey: 'nav.security', icon: <LockOutlined /> },
];

/** Pages reached from a navigation entry (`parent`), not listed in the navigation themselves. */
const SUB_PAGES: { path: string; labelKey: string; parent: string }[] = [
  { path: '/settings/notifications', labelKey: 'nav.notificationSettings', parent: '/notifications' },
  // Every member: download all their personal data (PIPL).
  { path: '/settings/personal-data', labelKey: 'nav.personalData', parent: '/security' },
  // Tenant admins (`tenant:write`): the sensitive words chat messages are checked against.
  { path: '/settings/chat-words', labelKey: 'nav.chatWords', parent: '/chat' },
  // Every member (as the rules): the working days deadlines are counted in; tenant admins adjust days.
  { path: '/rules/calendar', labelKey: 'nav.workingCalendar', parent: '/rules' },
];

/** The entries the viewer may see (groups keep their visible entries; an empty group goes). */
function visibleNav(items: NavItem[], info: ViewerInfo): NavItem[] {
  return items.flatMap((n) => {
    if ((n.permission && !info.can(n.permission)) || (n.visible && !n.visible(info))) return [];
    if (!n.children) return [n];
    const children = visibleNav(n.children, info);
    return children.length > 0 ? [{ ...n, children }] : [];
  });
}

/** The group (its key) holding the entry for `pathname`, if any. */
function groupOf(pathname: string): string | null {
  const g = NAV.find((n) => n.children?.some((c) => pathname === c.path || pathname.startsWith(`${c.path}/`)));
  return g?.path ?? null;
}

function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="tx-brand" aria-label={t('app.home')}>
      <img src="/favicon.svg" alt="" />
      <span>{t('app.name')}</span>
    </Link>
  );
}

/** The signed-in layout: side navigation, header with breadcrumbs, user menu and language. */
export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const isMobile = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [{ data, error }, refetchViewer] = useQuery({ query: ViewerQuery });
  const [, logOut] = useMutation(LogOutMutation);
  const resetClient = useResetClient();
  const { message } = AntApp.useApp();
  // The enterprise requires a second factor this session has not set up: only enrolment works.
  const secondFactor = data?.viewer.secondFactor as { required: boolean; enabled: boolean } | undefined;
  const mustEnrol = !!secondFactor && secondFactor.required && !secondFactor.enabled;
  const idle = !data || mustEnrol;
  const { count: unread, bump: bumpUnread } = useUnreadCount({ poll: true, pause: idle });
  const feed = useLiveNotifications({ pause: idle, onArrived: bumpUnread });
  const { total: chatUnread } = useChatUnreadTotal({ poll: true, pause: idle });
  // The group of the page shown is open; others open and close as the viewer chooses.
  const [openKeys, setOpenKeys] = useState<string[]>(() => {
    const g = groupOf(location.pathname);
    return g ? [g] : [];
  });
  const currentGroup = groupOf(location.pathname);
  useEffect(() => {
    if (currentGroup) setOpenKeys((keys) => (keys.includes(currentGroup) ? keys : [...keys, currentGroup]));
  }, [currentGroup]);

  const info = useMemo(
    () => (data ? viewerInfo(data.viewer, () => refetchViewer({ requestPolicy: 'network-only' })) : null),
    [data, refetchViewer],
  );
  const timeZone = data?.viewer.tenant.timeZone;
  // Set while rendering (idempotent), so the pages below already format in the tenant's zone.
  if (timeZone) setDisplayTimeZone(timeZone);

  if (!info) {
    if (error && !isUnauthenticated(error)) {
      const e = describeError(error, t);
      return (
        <Result
          status="error"
          title={e?.message}
          extra={
            <Button type="primary" onClick={() => window.location.reload()}>
              {t('common.retry')}
            </Button>
          }
        />
      );
    }
    // Loading, or on the way to /login after UNAUTHENTICATED.
    return <PageSpinner />;
  }

  const tree = visibleNav(NAV, info);
  const items = tree.flatMap((n) => n.children ?? [n]);
  const sub = SUB_PAGES.find((p) => location.pathname.startsWith(p.path)) ?? null;
  const current =
    (sub && items.find((n) => n.path === sub.parent)) ||
    (items
      .filter((n) => (n.path === '/' ? location.pathname === '/' : location.pathname.startsWith(n.path)))
      .sort((a, b) => b.path.length - a.path.length)[0] ??
      null);

  const entry = (n: NavItem) => {
    const count = n.path === '/notifications' ? unread : n.path === '/chat' ? chatUnread : 0;
    return {
      key: n.path,
      icon: n.icon,
      label:
        count > 0 ? (
          <span className="tx-nav-badged">
            <Link to={n.path}>{t(n.labelKey)}</Link>
            <Badge count={count} size="small" aria-hidden data-testid={`nav-badge-${n.path.slice(1)}`} />
          </span>
        ) : (
          <Link to={n.path}>{t(n.labelKey)}</Link>
        ),
    };
  };

  const menu = (
    <Menu
      mode="inline"
      selectedKeys={current ? [current.path] : []}
      aria-label={t('nav.label')}
      {...(collapsed && !isMobile ? {} : { openKeys, onOpenChange: setOpenKeys })}
      items={tree.map((n) =>
        n.children ? { key: n.path, icon: n.icon, label: t(n.labelKey), children: n.children.map(entry) } : entry(n),
      )}
      onClick={() => setDrawerOpen(false)}
    />
  );

  const doLogOut = async () => {
    const res = await logOut({});
    if (res.error && !isUnauthenticated(res.error)) {
      const e = describeError(res.error, t);
      message.error(e?.message ?? t('errors.UNKNOWN'));
      return;
    }
    resetClient();
    navigate('/login', { replace: true });
  };

  if (mustEnrol) {
    return (
      <ForcedEnrolment
        onDone={() => {
          resetClient();
          refetchViewer({ requestPolicy: 'network-only' });
        }}
        onLogOut={() => void doLogOut()}
      />
    );
  }

  const { viewer } = info;
  const userMenu = {
    items: [
      {
        key: 'who',
        disabled: true,
        label: (
          <div>
            <div>{viewer.member?.name}</div>
            <Typography.Text type="secondary">{viewer.tenant.name}</Typography.Text>
          </div>
        ),
      },
      { type: 'divider' as const },
      { key: 'notificationSettings', icon: <BellOutlined />, label: t('nav.notificationSettings') },
      ...(info.can('tenant:write') ? [{ key: 'chatWords', icon: <StopOutlined />, label: t('nav.chatWords') }] : []),
      { key: 'security', icon: <LockOutlined />, label: t('nav.security') },
      { key: 'personalData', icon: <FileZipOutlined />, label: t('nav.personalData') },
      { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === 'notificationSettings') navigate('/settings/notifications');
      if (key === 'chatWords') navigate('/settings/chat-words');
      if (key === 'security') navigate('/security');
      if (key === 'personalData') navigate('/settings/personal-data');
      if (key === 'logout') void doLogOut();
    },
  };

  const breadcrumbItems = [
    { title: <Link to="/">{t('nav.home')}</Link> },
    ...(current && current.path !== '/'
      ? [{ title: sub ? <Link to={current.path}>{t(current.labelKey)}</Link> : t(current.labelKey) }]
      : []),
    ...(sub ? [{ title: t(sub.labelKey) }] : []),
  ];

  return (
    <ViewerContext.Provider value={info}>
      <a className="tx-skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <Layout style={{ minHeight: '100vh' }}>
        {!isMobile && (
          <Layout.Sider
            theme="light"
            collapsible
            collapsed={collapsed}
            onCollapse={setCollapsed}
            width={220}
            style={{ borderRight: '1px solid #f0f0f0' }}
          >
            <div style={{ padding: '16px 20px', height: 64, boxSizing: 'border-box' }}>
              {collapsed ? (
                <Link to="/" aria-label={t('app.home')}>
                  <img src="/favicon.svg" alt="" width={28} height={28} />
                </Link>
              ) : (
                <Brand />
              )}
            </div>
            <nav>{menu}</nav>
          </Layout.Sider>
        )}
        <Layout>
          <Layout.Header className="tx-header">
            {isMobile && (
              <>
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label={t('nav.openMenu')}
                  aria-expanded={drawerOpen}
                  onClick={() => setDrawerOpen(true)}
                />
                <Brand />
              </>
            )}
            {!isMobile && <Breadcrumb items={breadcrumbItems} />}
            <div className="tx-header-spacer tx-header-live">
              <LiveIndicator compact={isMobile} />
            </div>
            <Link
              to="/notifications"
              className="tx-header-bell"
              aria-label={unread > 0 ? t('nav.notificationsUnread', { count: unread }) : t('nav.notifications')}
              data-testid="notifications-bell"
            >
              <Badge count={unread} size="small" offset={[2, -2]}>
                <BellOutlined aria-hidden />
              </Badge>
            </Link>
            <LanguageSwitch />
            <Dropdown menu={userMenu} trigger={['click']} placement="bottomRight">
              <Button type="text" aria-label={t('nav.userMenu')} data-testid="user-menu">
                <Avatar size="small" icon={<UserOutlined />} style={{ background: '#c8161d' }} />
                {!isMobile && (
                  <span style={{ marginLeft: 4 }}>
                    {viewer.member?.name}
                    <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                      {viewer.tenant.name}
                    </Typography.Text>
                  </span>
                )}
              </Button>
            </Dropdown>
          </Layout.Header>
          {isMobile && (
            <Drawer
              placement="left"
              open={drawerOpen}
              onClose={() => setDrawerOpen(false)}
              size={260}
              title={<Brand />}
              styles={{ body: { padding: 0 } }}
            >
              <nav>{menu}</nav>
              <div style={{ padding: 16 }}>
                <Typography.Text type="secondary">{viewer.tenant.name}</Typography.Text>
              </div>
            </Drawer>
          )}
          <Layout.Content id="main" className="tx-content" tabIndex={-1}>
            {isMobile && <Breadcrumb items={breadcrumbItems} style={{ marginBottom: 8 }} />}
            <ErrorBoundary resetKey={location.pathname}>
              <Suspense fallback={<PageSpinner />}>
                {/* An open inbox lists notifications as they arrive. */}
                <NotificationFeedContext.Provider value={feed}>
                  <Outlet />
                </NotificationFeedContext.Provider>
              </Suspense>
            </ErrorBoundary>
          </Layout.Content>
        </Layout>
      </Layout>
    </ViewerContext.Provider>
  );
}
