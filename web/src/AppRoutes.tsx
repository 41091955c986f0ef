import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { setUnauthenticatedHandler } from './api/client';
import { PageSpinner } from './components/PageSpinner';
import { AppShell } from './components/AppShell';
import { OperatorLayout } from './features/operator/OperatorLayout';
import { ErrorBoundary } from './components/ErrorBoundary';

const LoginPage = lazy(() => import('./features/identity/LoginPage'));
const SignUpPage = lazy(() => import('./features/identity/SignUpPage'));
const AcceptInvitePage = lazy(() => import('./features/identity/AcceptInvitePage'));
const ForgotPage = lazy(() => import('./features/identity/ForgotPage'));
const ResetPage = lazy(() => import('./features/identity/ResetPage'));
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage'));
const BigScreenPage = lazy(() => import('./features/dashboard/BigScreenPage'));
const OrganizationsPage = lazy(() => import('./features/orgs/OrganizationsPage'));
const BranchSettingPage = lazy(() => import('./features/orgs/BranchSettingPage'));
const TermsPage = lazy(() => import('./features/orgs/TermsPage'));
const StatisticsPage = lazy(() => import('./features/orgs/StatisticsPage'));
const MembersPage = lazy(() => import('./features/members/MembersPage'));
const RolesPage = lazy(() => import('./features/roles/RolesPage'));
const ApiKeysPage = lazy(() => import('./features/apiKeys/ApiKeysPage'));
const AuditPage = lazy(() => import('./features/audit/AuditPage'));
const RulesPage = lazy(() => import('./features/rules/RulesPage'));
const WorkingCalendarPage = lazy(() => import('./features/rules/WorkingCalendarPage'));
const SecurityPage = lazy(() => import('./features/identity/SecurityPage'));
const NotificationsPage = lazy(() => import('./features/notifications/NotificationsPage'));
const NotificationSettingsPage = lazy(() => import('./features/notifications/NotificationSettingsPage'));
const PersonalDataPage = lazy(() => import('./features/personalData/PersonalDataPage'));
const ChatPage = lazy(() => import('./features/chat/ChatPage'));
const ChatWordsPage = lazy(() => import('./features/chat/ChatWordsPage'));
const NoticesPage = lazy(() => import('./features/notices/NoticesPage'));
const NoticeDetailPage = lazy(() => import('./features/notices/NoticeDetailPage'));
const NoticeComposePage = lazy(() => import('./features/notices/NoticeComposePage'));
const SentNoticesPage = lazy(() => import('./features/notices/SentNoticesPage'));
const NoticeBoardPage = lazy(() => import('./features/notices/NoticeBoardPage'));
const DuesPage = lazy(() => import('./features/dues/DuesPage'));
const MyDuesPage = lazy(() => import('./features/dues/MyDuesPage'));
const MeetingsPage = lazy(() => import('./features/meetings/MeetingsPage'));
const MeetingSchedulePage = lazy(() => import('./features/meetings/MeetingSchedulePage'));
const MeetingCompliancePage = lazy(() => import('./features/meetings/MeetingCompliancePage'));
const MeetingDetailPage = lazy(() => import('./features/meetings/MeetingDetailPage'));
const MeetingQrPage = lazy(() => import('./features/meetings/MeetingQrPage'));
const MeetingCheckInPage = lazy(() => import('./features/meetings/MeetingCheckInPage'));
const PipelinePage = lazy(() => import('./features/pipeline/PipelinePage'));
const PipelineObjectionPage = lazy(() => import('./features/pipeline/PipelineObjectionPage'));
const MemberTimelinePage = lazy(() => import('./features/pipeline/MemberTimelinePage'));
const TransfersPage = lazy(() => import('./features/transfers/TransfersPage'));
const JoiningPage = lazy(() => import('./features/joining/JoiningPage'));
const LapsePage = lazy(() => import('./features/lapse/LapsePage'));
const LeaguePage = lazy(() => import('./features/league/LeaguePage'));
const UnionCardPage = lazy(() => import('./features/union/UnionCardPage'));
const UnionVerifyPage = lazy(() => import('./features/union/UnionVerifyPage'));
const WelfareCampaignsPage = lazy(() => import('./features/welfare/WelfareCampaignsPage'));
const WelfareCampaignPage = lazy(() => import('./features/welfare/WelfareCampaignPage'));
const MyWelfarePage = lazy(() => import('./features/welfare/MyWelfarePage'));
const WelfareManagePage = lazy(() => import('./features/welfare/WelfareManagePage'));
const GridWorkerPage = lazy(() => import('./features/grid/GridWorkerPage'));
const TaskBoardPage = lazy(() => import('./features/grid/TaskBoardPage'));
const GridCasesPage = lazy(() => import('./features/grid/GridCasesPage'));
const GridCasePage = lazy(() => import('./features/grid/GridCasePage'));
const GridStatisticsPage = lazy(() => import('./features/grid/GridStatisticsPage'));
const SupervisionTasksPage = lazy(() => import('./features/grid/SupervisionTasksPage'));
const IdeasPage = lazy(() => import('./features/ideas/IdeasPage'));
const InquiriesPage = lazy(() => import('./features/inquiries/InquiriesPage'));
const ModerationPage = lazy(() => import('./features/moderation/ModerationPage'));
const VotesPage = lazy(() => import('./features/votes/VotesPage'));
const VoteCreatePage = lazy(() => import('./features/votes/VoteCreatePage'));
const VoteDetailPage = lazy(() => import('./features/votes/VoteDetailPage'));
const VerifyReceiptPage = lazy(() => import('./features/votes/VerifyReceiptPage'));
const SurveysPage = lazy(() => import('./features/surveys/SurveysPage'));
const SurveyBuilderPage = lazy(() => import('./features/surveys/SurveyBuilderPage'));
const SurveyPage = lazy(() => import('./features/surveys/SurveyPage'));
const SurveyResultsPage = lazy(() => import('./features/surveys/SurveyResultsPage'));
const ActivitiesPage = lazy(() => import('./features/activities/ActivitiesPage'));
const ActivityCreatePage = lazy(() => import('./features/activities/ActivityCreatePage'));
const ActivityPage = lazy(() => import('./features/activities/ActivityPage'));
const ActivityManagePage = lazy(() => import('./features/activities/ActivityManagePage'));
const ActivityQrPage = lazy(() => import('./features/activities/ActivityQrPage'));
const ActivityCheckInPage = lazy(() => import('./features/activities/ActivityCheckInPage'));
const ActivityStatisticsPage = lazy(() => import('./features/activities/ActivityStatisticsPage'));
const VolunteerHoursPage = lazy(() => import('./features/activities/VolunteerHoursPage'));
const VolunteerCertificatePage = lazy(() => import('./features/activities/VolunteerCertificatePage'));
const PublicitiesPage = lazy(() => import('./features/publicity/PublicitiesPage'));
const PublicityCreatePage = lazy(() => import('./features/publicity/PublicityCreatePage'));
const PublicityPage = lazy(() => import('./features/publicity/PublicityPage'));
const HonoursPage = lazy(() => import('./features/publicity/HonoursPage'));
const MyPointsPage = lazy(() => import('./features/points/MyPointsPage'));
const PointRankingsPage = lazy(() => import('./features/points/PointRankingsPage'));
const PointAppealsPage = lazy(() => import('./features/points/PointAppealsPage'));
const PointRulesPage = lazy(() => import('./features/points/PointRulesPage'));
const AssessmentListPage = lazy(() => import('./features/assessment/AssessmentListPage'));
const AssessmentLedgerPage = lazy(() => import('./features/assessment/AssessmentLedgerPage'));
const StudyHomePage = lazy(() => import('./features/study/StudyHomePage'));
const StudyMaterialPage = lazy(() => import('./features/study/StudyMaterialPage'));
const StudyManagePage = lazy(() => import('./features/study/StudyManagePage'));
const StudyPlanBoardPage = lazy(() => import('./features/study/StudyPlanBoardPage'));
const MyQuizzesPage = lazy(() => import('./features/quiz/MyQuizzesPage'));
const QuizzesPage = lazy(() => import('./features/quiz/QuizzesPage'));
const QuestionBanksPage = lazy(() => import('./features/quiz/QuestionBanksPage'));
const QuestionBankPage = lazy(() => import('./features/quiz/QuestionBankPage'));
const QuizAttemptPage = lazy(() => import('./features/quiz/QuizAttemptPage'));
const QuizResultsPage = lazy(() => import('./features/quiz/QuizResultsPage'));
const ContestsPage = lazy(() => import('./features/contest/ContestsPage'));
const ContestHostPage = lazy(() => import('./features/contest/ContestHostPage'));
const ContestPlayPage = lazy(() => import('./features/contest/ContestPlayPage'));
const PublishingColumnsPage = lazy(() => import('./features/publishing/ColumnsPage'));
const ArticlePage = lazy(() => import('./features/publishing/ArticlePage'));
const ArticleEditorPage = lazy(() => import('./features/publishing/ArticleEditorPage'));
const ArticleReviewQueuePage = lazy(() => import('./features/publishing/ReviewQueuePage'));
const ColumnManagePage = lazy(() => import('./features/publishing/ColumnManagePage'));
const PublishingStatisticsPage = lazy(() => import('./features/publishing/StatisticsPage'));
const PublicPage = lazy(() => import('./features/publishing/PublicPage'));
const MyEvaluationPage = lazy(() => import('./features/evaluation/MyEvaluationPage'));
const EvaluationManagePage = lazy(() => import('./features/evaluation/EvaluationManagePage'));
const SubmitReportPage = lazy(() => import('./features/reports/SubmitReportPage'));
const MyReportsPage = lazy(() => import('./features/reports/MyReportsPage'));
const ReportCasesPage = lazy(() => import('./features/reports/ReportCasesPage'));
const ReportCasePage = lazy(() => import('./features/reports/ReportCasePage'));
const ReportFollowupPage = lazy(() => import('./features/reports/ReportFollowupPage'));
const NotFoundPage = lazy(() => import('./components/NotFoundPage'));
const OperatorRoot = lazy(() => import('./features/operator/OperatorRoot'));
const OperatorLoginPage = lazy(() => import('./features/operator/OperatorLoginPage'));
const OperatorConsolePage = lazy(() => import('./features/operator/OperatorConsolePage'));

// The operator console has its own session and client: the tenant session never redirects it.
// 检举控告答复查询 is read with a receipt code, without login.
const PUBLIC_PREFIXES = ['/login', '/signup', '/invite/', '/forgot', '/reset/', '/operator', '/p/', '/report-followup'];

/** Sends the browser to /login (remembering where it was) when the session is gone. */
function UnauthenticatedRedirect() {
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      const here = window.location.pathname;
      if (PUBLIC_PREFIXES.some((p) => here.startsWith(p))) return;
      const next = here + window.location.search;
      navigate(`/login${next && next !== '/' ? `?next=${encodeURIComponent(next)}` : ''}`, { replace: true });
    });
    return () => setUnauthenticatedHandler(null);
  }, [navigate, location]);
  return null;
}

export function AppRoutes() {
  const location = useLocation();
  return (
    <>
      <UnauthenticatedRedirect />
      <ErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<PageSpinner />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/signup" element={<SignUpPage />} />
          <Route path="/invite/:token" element={<AcceptInvitePage />} />
          <Route path="/forgot" element={<ForgotPage />} />
          <Route path="/reset/:token" element={<ResetPage />} />
          {/* The tenant's public page: no login. */}
          <Route path="/p/:slug/:id?" element={<PublicPage />} />
          {/* 检举控告答复查询: by receipt code, no login (the login page links here). */}
          <Route path="/report-followup" element={<ReportFollowupPage />} />
          <Route path="/operator" element={<OperatorRoot />}>
            <Route path="login" element={<OperatorLoginPage />} />
            <Route element={<OperatorLayout />}>
              <Route index element={<OperatorConsolePage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Route>
          {/* 数据大屏: full screen, outside the shell. */}
          <Route path="/big-screen/:orgId" element={<BigScreenPage />} />
          <Route element={<AppShell />}>
            <Route index element={<DashboardPage />} />
            <Route path="organizations" element={<OrganizationsPage />} />
            <Route path="orgs/branch-setting" element={<BranchSettingPage />} />
            <Route path="orgs/terms" element={<TermsPage />} />
            <Route path="orgs/statistics" element={<StatisticsPage />} />
            <Route path="members" element={<MembersPage />} />
            <Route path="members/:id/timeline" element={<MemberTimelinePage />} />
            <Route path="roles" element={<RolesPage />} />
            <Route path="api-keys" element={<ApiKeysPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="rules" element={<RulesPage />} />
            <Route path="rules/calendar" element={<WorkingCalendarPage />} />
            <Route path="security" element={<SecurityPage />} />
            {/* Emails link here: keep these paths. */}
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="settings/notifications" element={<NotificationSettingsPage />} />
            {/* Notifications of kind PERSONAL_DATA lead here. */}
            <Route path="settings/personal-data" element={<PersonalDataPage />} />
            <Route path="settings/chat-words" element={<ChatWordsPage />} />
            {/* One route, so choosing another conversation keeps the list as it is. */}
            <Route path="chat/:conversationId?" element={<ChatPage />} />
            {/* Notifications of kind NOTICE link to notices/:id. */}
            <Route path="notices" element={<NoticesPage />} />
            <Route path="notices/new" element={<NoticeComposePage />} />
            <Route path="notices/sent" element={<SentNoticesPage />} />
            <Route path="notices/:id" element={<NoticeDetailPage />} />
            <Route path="notices/:id/edit" element={<NoticeComposePage />} />
            <Route path="notices/:id/board" element={<NoticeBoardPage />} />
            <Route path="dues" element={<DuesPage />} />
            {/* Dues reminders lead here. */}
            <Route path="dues/mine" element={<MyDuesPage />} />
            <Route path="meetings" element={<MeetingsPage />} />
            <Route path="meetings/new" element={<MeetingSchedulePage />} />
            <Route path="meetings/compliance" element={<MeetingCompliancePage />} />
            <Route path="meetings/:id" element={<MeetingDetailPage />} />
            <Route path="meetings/:id/qr" element={<MeetingQrPage />} />
            {/* The big screen's QR leads here (a signed-out phone comes back after logging in). */}
            <Route path="meetings/:id/checkin" element={<MeetingCheckInPage />} />
            <Route path="pipeline" element={<PipelinePage />} />
            {/* 公示 notifications (detail.transition) link here. */}
            <Route path="pipeline/objection/:transitionId" element={<PipelineObjectionPage />} />
            <Route path="transfers" element={<TransfersPage />} />
            <Route path="joining" element={<JoiningPage />} />
            {/* 脱离组织预警 notifications (detail.rule membership.lapse) are read here. */}
            <Route path="lapse" element={<LapsePage />} />
            <Route path="league" element={<LeaguePage />} />
            <Route path="union/card" element={<UnionCardPage />} />
            <Route path="union/verify" element={<UnionVerifyPage />} />
            <Route path="welfare" element={<WelfareCampaignsPage />} />
            <Route path="welfare/mine" element={<MyWelfarePage />} />
            <Route path="welfare/manage" element={<WelfareManagePage />} />
            <Route path="welfare/:id" element={<WelfareCampaignPage />} />
            <Route path="grid/mine" element={<GridWorkerPage />} />
            <Route path="grid/board" element={<TaskBoardPage />} />
            <Route path="grid/cases" element={<GridCasesPage />} />
            {/* Grid notifications (warnings, 督办) link to a case here. */}
            <Route path="grid/cases/:id" element={<GridCasePage />} />
            <Route path="grid/statistics" element={<GridStatisticsPage />} />
            <Route path="grid/tasks" element={<SupervisionTasksPage />} />
            {/* Idea notifications (detail.ideaId) open an idea with ?idea=. */}
            <Route path="ideas" element={<IdeasPage />} />
            <Route path="inquiries" element={<InquiriesPage />} />
            <Route path="moderation" element={<ModerationPage />} />
            <Route path="votes" element={<VotesPage />} />
            <Route path="votes/new" element={<VoteCreatePage />} />
            <Route path="votes/verify" element={<VerifyReceiptPage />} />
            {/* Notifications of kind VOTE link to votes/:id. */}
            <Route path="votes/:id" element={<VoteDetailPage />} />
            <Route path="surveys" element={<SurveysPage />} />
            <Route path="surveys/new" element={<SurveyBuilderPage />} />
            {/* Notifications of kind SURVEY link to surveys/:id. */}
            <Route path="surveys/:id" element={<SurveyPage />} />
            <Route path="surveys/:id/results" element={<SurveyResultsPage />} />
            <Route path="activities" element={<ActivitiesPage />} />
            <Route path="activities/new" element={<ActivityCreatePage />} />
            <Route path="activities/hours" element={<VolunteerHoursPage />} />
            <Route path="activities/hours/certificate" element={<VolunteerCertificatePage />} />
            <Route path="activities/statistics" element={<ActivityStatisticsPage />} />
            {/* Notifications of kind ACTIVITY link to activities/:id. */}
            <Route path="activities/:id" element={<ActivityPage />} />
            <Route path="activities/:id/manage" element={<ActivityManagePage />} />
            <Route path="activities/:id/qr" element={<ActivityQrPage />} />
            <Route path="activities/:id/checkin" element={<ActivityCheckInPage />} />
            {/* Notifications of kind POINTS link to points or points/appeals. */}
            <Route path="points" element={<MyPointsPage />} />
            <Route path="points/rankings" element={<PointRankingsPage />} />
            <Route path="points/appeals" element={<PointAppealsPage />} />
            <Route path="points/rules" element={<PointRulesPage />} />
            <Route path="assessment" element={<AssessmentListPage />} />
            <Route path="assessment/:id" element={<AssessmentLedgerPage />} />
            {/* Notifications of kind STUDY link to the study home. */}
            <Route path="study" element={<StudyHomePage />} />
            <Route path="study/materials/:id" element={<StudyMaterialPage />} />
            <Route path="study/manage" element={<StudyManagePage />} />
            <Route path="study/plans/:id/board" element={<StudyPlanBoardPage />} />
            {/* Notifications of kind QUIZ link to quiz. */}
            <Route path="quiz" element={<MyQuizzesPage />} />
            <Route path="quiz/manage" element={<QuizzesPage />} />
            <Route path="quiz/banks" element={<QuestionBanksPage />} />
            <Route path="quiz/banks/:id" element={<QuestionBankPage />} />
            <Route path="quiz/attempts/:id" element={<QuizAttemptPage />} />
            <Route path="quiz/:id/results" element={<QuizResultsPage />} />
            <Route path="contests" element={<ContestsPage />} />
            <Route path="contests/:id/host" element={<ContestHostPage />} />
            <Route path="contests/:id/play" element={<ContestPlayPage />} />
            <Route path="publicity" element={<PublicitiesPage />} />
            <Route path="publicity/new" element={<PublicityCreatePage />} />
            {/* Notifications of kind PUBLICITY link to publicity/:id. */}
            <Route path="publicity/:id" element={<PublicityPage />} />
            <Route path="honours" element={<HonoursPage />} />
            <Route path="publishing" element={<PublishingColumnsPage />} />
            <Route path="publishing/write" element={<ArticleEditorPage />} />
            <Route path="publishing/review" element={<ArticleReviewQueuePage />} />
            <Route path="publishing/columns" element={<ColumnManagePage />} />
            <Route path="publishing/statistics" element={<PublishingStatisticsPage />} />
            {/* Notifications of kind ARTICLE link to publishing/articles/:id. */}
            <Route path="publishing/articles/:id" element={<ArticlePage />} />
            <Route path="publishing/articles/:id/edit" element={<ArticleEditorPage />} />
            <Route path="reports/new" element={<SubmitReportPage />} />
            <Route path="reports/mine" element={<MyReportsPage />} />
            <Route path="reports/cases" element={<ReportCasesPage />} />
            {/* Notifications of kind WHISTLEBLOWING link to reports/cases/:id. */}
            <Route path="reports/cases/:id" element={<ReportCasePage />} />
            <Route path="evaluation" element={<MyEvaluationPage />} />
            <Route path="evaluation/manage" element={<EvaluationManagePage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
      </ErrorBoundary>
    </>
  );
}
