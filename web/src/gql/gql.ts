/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      member {\n        id\n        name\n        email\n      }\n      tenant {\n        id\n        slug\n        name\n        timeZone\n        loginAlerts\n        secondFactorPolicy\n      }\n      secondFactor {\n        enabled\n        required\n      }\n      permissions\n      permissionsAnywhere\n      grants {\n        id\n        role\n        scope\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query Organizations($first: Int!, $after: String, $line: OrgLine) {\n    organizations(first: $first, after: $after, line: $line) {\n      edges {\n        node {\n          id\n          name\n          line\n          kind\n          kindLabel\n          path\n          depth\n          isJoint\n          isVirtual\n          archivedAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query MemberSearch($search: String) {\n    members(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MemberSearchDocument,
    "\n  query MemberName($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Member {\n        name\n        organization {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MemberNameDocument,
    "\n  mutation BeginUpload($input: BeginUploadInput!) {\n    beginUpload(input: $input) {\n      file {\n        id\n        name\n        contentType\n        size\n        status\n        isImage\n      }\n      url\n      method\n      headers {\n        name\n        value\n      }\n      needsCompletion\n    }\n  }\n": typeof types.BeginUploadDocument,
    "\n  mutation CompleteUpload($fileId: ID!) {\n    completeUpload(fileId: $fileId) {\n      id\n      name\n      contentType\n      size\n      status\n      isImage\n    }\n  }\n": typeof types.CompleteUploadDocument,
    "\n  query FileUrl($id: ID!) {\n    file(id: $id) {\n      url\n    }\n  }\n": typeof types.FileUrlDocument,
    "\n  fragment ActivityListFields on Activity {\n    id\n    title\n    kind\n    status\n    orgName\n    place\n    startsAt\n    endsAt\n    registrationDeadline\n    registrationOpen\n    capacity\n    registeredCount\n    waitlistedCount\n    volunteerHours\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      checkedInAt\n      hours\n    }\n  }\n": typeof types.ActivityListFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    ...ActivityListFields\n    orgId\n    description\n    approvalRequired\n    pendingCount\n    cancelReason\n    geofence {\n      latitude\n      longitude\n      radiusM\n    }\n    fields {\n      id\n      label\n      kind\n      required\n      options\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      checkedInAt\n      hours\n      answers {\n        fieldId\n        label\n        value\n      }\n    }\n    viewerInvited\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query Activities($orgId: ID, $past: Boolean!, $after: ID) {\n    activities(orgId: $orgId, past: $past, first: 20, after: $after) {\n      ...ActivityListFields\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  query ActivitiesInWindow($orgId: ID, $from: DateTime!, $to: DateTime!) {\n    activities(orgId: $orgId, from: $from, to: $to, first: 100) {\n      ...ActivityListFields\n    }\n  }\n": typeof types.ActivitiesInWindowDocument,
    "\n  query MyActivities {\n    myActivities {\n      ...ActivityListFields\n    }\n  }\n": typeof types.MyActivitiesDocument,
    "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFields\n    }\n  }\n": typeof types.ActivityDocument,
    "\n  query ActivityRoster($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFields\n      registrations {\n        id\n        memberId\n        memberName\n        status\n        seq\n        registeredAt\n        checkedInAt\n        checkInMethod\n        hours\n        answers {\n          fieldId\n          label\n          value\n        }\n      }\n      statistics {\n        registered\n        waitlisted\n        pending\n        attended\n        noShows\n        rate\n        hours\n      }\n    }\n  }\n": typeof types.ActivityRosterDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation RegisterForActivity($input: RegisterForActivityInput!) {\n    registerForActivity(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n": typeof types.RegisterForActivityDocument,
    "\n  mutation CancelActivityRegistration($input: CancelActivityRegistrationInput!) {\n    cancelActivityRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n": typeof types.CancelActivityRegistrationDocument,
    "\n  mutation CancelActivity($input: CancelActivityInput!) {\n    cancelActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n": typeof types.CancelActivityDocument,
    "\n  mutation DecideActivityRegistration($input: DecideActivityRegistrationInput!) {\n    decideActivityRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n": typeof types.DecideActivityRegistrationDocument,
    "\n  mutation RecordActivityAttendance($input: RecordActivityAttendanceInput!) {\n    recordActivityAttendance(input: $input) {\n      registration {\n        id\n        checkedInAt\n        hours\n      }\n    }\n  }\n": typeof types.RecordActivityAttendanceDocument,
    "\n  mutation SetVolunteerHours($input: SetVolunteerHoursInput!) {\n    setVolunteerHours(input: $input) {\n      registration {\n        id\n        hours\n      }\n    }\n  }\n": typeof types.SetVolunteerHoursDocument,
    "\n  mutation CheckInToActivity($input: CheckInToActivityInput!) {\n    checkInToActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n": typeof types.CheckInToActivityDocument,
    "\n  query ActivityCheckInCode($activityId: ID!) {\n    activityCheckInCode(activityId: $activityId) {\n      code\n      url\n      expiresAt\n      refreshInSeconds\n    }\n  }\n": typeof types.ActivityCheckInCodeDocument,
    "\n  query MyVolunteerHours($year: Int) {\n    myVolunteerHours(year: $year) {\n      year\n      totalHours\n      activities\n      entries {\n        id\n        activityId\n        activityTitle\n        orgName\n        startsAt\n        kind\n        hours\n        reason\n        recordedAt\n      }\n    }\n  }\n": typeof types.MyVolunteerHoursDocument,
    "\n  query ActivityStatistics($orgId: ID!, $year: Int) {\n    activityStatistics(orgId: $orgId, year: $year) {\n      year\n      activities\n      totals {\n        registered\n        attended\n        noShows\n        rate\n        hours\n      }\n      lines {\n        activityId\n        title\n        kind\n        startsAt\n        status\n        participation {\n          registered\n          waitlisted\n          attended\n          noShows\n          rate\n          hours\n        }\n      }\n      members {\n        memberId\n        memberName\n        activities\n        hours\n      }\n    }\n  }\n": typeof types.ActivityStatisticsDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  query ActivityPhotos($id: ID!) {\n    activity(id: $id) {\n      id\n      viewerCanAddPhotos\n      viewerCanManage\n      photos {\n        id\n        url\n        caption\n        addedByName\n        addedAt\n        viewerCanRemove\n        file {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ActivityPhotosDocument,
    "\n  mutation AddActivityPhotos($input: AddActivityPhotosInput!) {\n    addActivityPhotos(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n": typeof types.AddActivityPhotosDocument,
    "\n  mutation RemoveActivityPhoto($input: RemoveActivityPhotoInput!) {\n    removeActivityPhoto(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n": typeof types.RemoveActivityPhotoDocument,
    "\n  mutation DraftArticleFromAlbum($input: DraftArticleFromAlbumInput!) {\n    draftArticleFromAlbum(input: $input) {\n      article {\n        id\n      }\n    }\n  }\n": typeof types.DraftArticleFromAlbumDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: IdInput!) {\n    revokeApiKey(input: $input)\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment AssessmentLedgerFields on AssessmentLedger {\n    scheme {\n      id\n      name\n      organizationId\n      organizationName\n      periodKind\n      year\n      quarter\n      targetKind\n      starThresholds\n      status\n      computedAt\n    }\n    fullScore\n    canManage\n    indicators {\n      id\n      position\n      name\n      description\n      weight\n      method\n      metric\n      metricLabel\n      target\n    }\n    results {\n      organizationId\n      organizationName\n      total\n      rank\n      stars\n      scores {\n        indicatorId\n        score\n        numerator\n        denominator\n        recordsTotal\n        note\n        manual\n        updatedAt\n      }\n    }\n  }\n": typeof types.AssessmentLedgerFieldsFragmentDoc,
    "\n  query AssessmentSchemes($year: Int) {\n    assessmentSchemes(year: $year) {\n      id\n      name\n      organizationName\n      periodKind\n      year\n      quarter\n      targetKind\n      status\n      computedAt\n    }\n  }\n": typeof types.AssessmentSchemesDocument,
    "\n  query AssessmentLedger($schemeId: ID!) {\n    assessmentLedger(schemeId: $schemeId) {\n      ...AssessmentLedgerFields\n    }\n  }\n": typeof types.AssessmentLedgerDocument,
    "\n  query AssessmentRecords($schemeId: ID!, $indicatorId: ID!, $organizationId: ID!) {\n    assessmentRecords(schemeId: $schemeId, indicatorId: $indicatorId, organizationId: $organizationId) {\n      total\n      records {\n        kind\n        id\n        title\n        on\n        counted\n        note\n      }\n    }\n  }\n": typeof types.AssessmentRecordsDocument,
    "\n  query AssessmentReports($schemeId: ID!, $organizationId: ID!) {\n    assessmentReports(schemeId: $schemeId, organizationId: $organizationId) {\n      id\n      indicatorId\n      text\n      authorName\n      createdAt\n      files {\n        id\n        fileName\n        url\n      }\n    }\n  }\n": typeof types.AssessmentReportsDocument,
    "\n  mutation CreateAssessmentScheme($input: CreateAssessmentSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n": typeof types.CreateAssessmentSchemeDocument,
    "\n  mutation RecomputeAssessment($schemeId: ID!) {\n    recomputeAssessment(schemeId: $schemeId) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n": typeof types.RecomputeAssessmentDocument,
    "\n  mutation ScoreAssessmentIndicator($input: ScoreAssessmentIndicatorInput!) {\n    scoreAssessmentIndicator(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n": typeof types.ScoreAssessmentIndicatorDocument,
    "\n  mutation SubmitAssessmentReport($input: SubmitAssessmentReportInput!) {\n    submitAssessmentReport(input: $input) {\n      report {\n        id\n      }\n    }\n  }\n": typeof types.SubmitAssessmentReportDocument,
    "\n  mutation SetAssessmentStars($input: SetAssessmentStarsInput!) {\n    setAssessmentStars(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n": typeof types.SetAssessmentStarsDocument,
    "\n  mutation CloseAssessmentScheme($schemeId: ID!) {\n    closeAssessmentScheme(schemeId: $schemeId) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n": typeof types.CloseAssessmentSchemeDocument,
    "\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          actorKind\n          actorName\n          action\n          objectType\n          objectId\n          result\n          requestId\n          ip\n          detail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    auditChainBreak\n  }\n": typeof types.AuditLogDocument,
    "\n  query Retention($first: Int!, $after: String) {\n    retentionPolicy {\n      auditLogDays\n      readNotificationDays\n      source\n      overridden\n      dueAuditRows\n      dueNotifications\n    }\n    retentionPurges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          ranAt\n          kind\n          keepDays\n          cutoff\n          purged\n          firstSeq\n          lastSeq\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RetentionDocument,
    "\n  fragment LastMessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    replyToSeq\n    recalledAt\n    conversationId\n  }\n": typeof types.LastMessageFieldsFragmentDoc,
    "\n  fragment ChatMessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    replyToSeq\n    recalledAt\n    recalledBy\n    conversationId\n    mentionIds\n    mentionsAll\n    mentionsViewer\n    attachment {\n      id\n      name\n      contentType\n      size\n      isImage\n      url\n    }\n    readCount {\n      read\n      of\n    }\n  }\n": typeof types.ChatMessageFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    unreadCount\n    lastSeq\n    lastMessage {\n      ...LastMessageFields\n    }\n    organization {\n      id\n    }\n    broadcastOnly\n    pinnedNotice\n    viewerIsAdmin\n  }\n": typeof types.ConversationFieldsFragmentDoc,
    "\n  query Conversations($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query ChatUnread($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n": typeof types.ChatUnreadDocument,
    "\n  query ChatMessages($conversationId: ID!, $first: Int!, $beforeSeq: Int) {\n    messages(conversationId: $conversationId, first: $first, beforeSeq: $beforeSeq) {\n      ...ChatMessageFields\n    }\n  }\n": typeof types.ChatMessagesDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ChatMessageFields\n      }\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input)\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...ChatMessageFields\n    }\n  }\n": typeof types.MessageAddedDocument,
    "\n  subscription MessageChanged($conversationId: ID!) {\n    messageChanged(conversationId: $conversationId) {\n      ...ChatMessageFields\n    }\n  }\n": typeof types.MessageChangedDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query ConversationMembers($conversationId: ID!, $first: Int!, $offset: Int!) {\n    conversationMembers(conversationId: $conversationId, first: $first, offset: $offset) {\n      items {\n        id\n        name\n        isAdmin\n        muted\n        mutedUntil\n      }\n      totalCount\n    }\n  }\n": typeof types.ConversationMembersDocument,
    "\n  query SearchMessages($conversationId: ID!, $query: String!, $first: Int!, $beforeSeq: Int) {\n    searchMessages(conversationId: $conversationId, query: $query, first: $first, beforeSeq: $beforeSeq) {\n      ...ChatMessageFields\n    }\n  }\n": typeof types.SearchMessagesDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...ConversationFields\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation OpenDirectConversation($memberId: ID!) {\n    openDirectConversation(memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n": typeof types.OpenDirectConversationDocument,
    "\n  mutation AddConversationMembers($input: AddConversationMembersInput!) {\n    addConversationMembers(input: $input)\n  }\n": typeof types.AddConversationMembersDocument,
    "\n  mutation RemoveConversationMember($input: ConversationMemberInput!) {\n    removeConversationMember(input: $input)\n  }\n": typeof types.RemoveConversationMemberDocument,
    "\n  mutation SetConversationAdmin($input: SetConversationAdminInput!) {\n    setConversationAdmin(input: $input)\n  }\n": typeof types.SetConversationAdminDocument,
    "\n  mutation UpdateConversation($input: UpdateConversationInput!) {\n    updateConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": typeof types.UpdateConversationDocument,
    "\n  mutation RecallMessage($input: MessageRefInput!) {\n    recallMessage(input: $input) {\n      ...ChatMessageFields\n    }\n  }\n": typeof types.RecallMessageDocument,
    "\n  mutation MuteMember($input: MuteMemberInput!) {\n    muteMember(input: $input)\n  }\n": typeof types.MuteMemberDocument,
    "\n  mutation UnmuteMember($input: ConversationMemberInput!) {\n    unmuteMember(input: $input)\n  }\n": typeof types.UnmuteMemberDocument,
    "\n  mutation ReportMessage($input: ReportMessageInput!, $content: ReportContentInput!) {\n    reportMessage(input: $input)\n    reportContent(input: $content) {\n      newReport\n      hidden\n    }\n  }\n": typeof types.ReportMessageDocument,
    "\n  query ChatWords {\n    chatWords {\n      word\n      action\n    }\n  }\n": typeof types.ChatWordsDocument,
    "\n  mutation SetChatWord($input: SetChatWordInput!) {\n    setChatWord(input: $input) {\n      word\n      action\n    }\n  }\n": typeof types.SetChatWordDocument,
    "\n  mutation RemoveChatWord($word: String!) {\n    removeChatWord(word: $word)\n  }\n": typeof types.RemoveChatWordDocument,
    "\n  fragment ContestFields on Contest {\n    id\n    orgId\n    orgName\n    bankId\n    bankName\n    title\n    status\n    questionCount\n    secondsPerQuestion\n    pointsPerQuestion\n    participantCount\n    canHost\n    joined\n    startedAt\n    finishedAt\n    createdAt\n  }\n": typeof types.ContestFieldsFragmentDoc,
    "\n  fragment ContestLiveFields on ContestLive {\n    contestId\n    status\n    phase\n    questionCount\n    serverNow\n    question {\n      position\n      kind\n      stem\n      options\n      blankCount\n      startedAt\n      deadline\n      correctAnswer\n      explanation\n    }\n  }\n": typeof types.ContestLiveFieldsFragmentDoc,
    "\n  fragment ContestStandingFields on ContestStanding {\n    rank\n    memberId\n    memberName\n    orgName\n    score\n    correctCount\n    answeredCount\n    answerMs\n  }\n": typeof types.ContestStandingFieldsFragmentDoc,
    "\n  fragment ContestLeaderboardFields on ContestLeaderboard {\n    contestId\n    participants\n    answeredCurrent\n    members {\n      ...ContestStandingFields\n    }\n    branches {\n      rank\n      orgId\n      orgName\n      participants\n      totalScore\n      averageScore\n    }\n  }\n": typeof types.ContestLeaderboardFieldsFragmentDoc,
    "\n  query Contests($first: Int!, $after: String) {\n    contests(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ContestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ContestsDocument,
    "\n  query Contest($id: ID!) {\n    contest(id: $id) {\n      ...ContestFields\n    }\n  }\n": typeof types.ContestDocument,
    "\n  query ContestLive($contestId: ID!) {\n    contestLive(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n": typeof types.ContestLiveDocument,
    "\n  query ContestLeaderboard($contestId: ID!) {\n    contestLeaderboard(contestId: $contestId) {\n      ...ContestLeaderboardFields\n    }\n  }\n": typeof types.ContestLeaderboardDocument,
    "\n  query MyContestStanding($contestId: ID!) {\n    myContestStanding(contestId: $contestId) {\n      ...ContestStandingFields\n    }\n  }\n": typeof types.MyContestStandingDocument,
    "\n  mutation CreateContest($input: CreateContestInput!) {\n    createContest(input: $input) {\n      ...ContestFields\n    }\n  }\n": typeof types.CreateContestDocument,
    "\n  mutation JoinContest($contestId: ID!) {\n    joinContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n": typeof types.JoinContestDocument,
    "\n  mutation StartContest($contestId: ID!) {\n    startContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n": typeof types.StartContestDocument,
    "\n  mutation NextContestQuestion($contestId: ID!) {\n    nextContestQuestion(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n": typeof types.NextContestQuestionDocument,
    "\n  mutation RevealContestAnswer($contestId: ID!) {\n    revealContestAnswer(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n": typeof types.RevealContestAnswerDocument,
    "\n  mutation FinishContest($contestId: ID!) {\n    finishContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n": typeof types.FinishContestDocument,
    "\n  mutation AnswerContestQuestion($input: AnswerContestQuestionInput!) {\n    answerContestQuestion(input: $input) {\n      position\n      elapsedMs\n    }\n  }\n": typeof types.AnswerContestQuestionDocument,
    "\n  subscription ContestStateChanged($contestId: ID!) {\n    contestStateChanged(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n": typeof types.ContestStateChangedDocument,
    "\n  subscription ContestLeaderboardChanged($contestId: ID!) {\n    contestLeaderboardChanged(contestId: $contestId) {\n      ...ContestLeaderboardFields\n    }\n  }\n": typeof types.ContestLeaderboardChangedDocument,
    "\n  query Dashboard {\n    dashboard {\n      memberTotal\n      membersByLine {\n        key\n        count\n      }\n      membersByPoliticalStatus {\n        key\n        count\n      }\n      organizationsByLine {\n        key\n        count\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  fragment OrgDashboardFields on OrgDashboard {\n    organization {\n      id\n      name\n    }\n    generatedAt\n    asOf\n    members {\n      total\n      byLine {\n        key\n        count\n      }\n      byPoliticalStatus {\n        key\n        count\n      }\n      byGender {\n        key\n        count\n      }\n      byAgeBand {\n        key\n        count\n      }\n      byEducation {\n        key\n        count\n      }\n      byJoinYear {\n        key\n        count\n      }\n    }\n    pipeline {\n      stage\n      members\n      overdue\n      dueSoon\n    }\n    meetings {\n      required\n      done\n      scheduled\n      due\n      overdue\n      missedLast12Months\n      complianceRate\n    }\n    dues {\n      year\n      dueFen\n      paidFen\n      collectionRate\n      arrearsMembers\n      arrearsFen\n    }\n    notices {\n      notices\n      required\n      acknowledged\n      acknowledgementRate\n    }\n    participation {\n      votes\n      voteEligible\n      voteVoted\n      surveys\n      surveyAsked\n      surveyResponded\n      activities\n      activityRegistered\n      activityCheckedIn\n      participants\n      members\n      participationRate\n    }\n    study {\n      plans\n      assigned\n      completed\n      completionRate\n    }\n    points {\n      year\n      yearTotal\n      total\n      earners\n    }\n    grid {\n      total\n      open\n      closed\n      overdue\n      withFeedback\n      onTime\n      onTimeRate\n    }\n    engagement {\n      weekStart\n      label\n      active\n    }\n  }\n": typeof types.OrgDashboardFieldsFragmentDoc,
    "\n  query OrgDashboard($organizationId: ID) {\n    orgDashboard(organizationId: $organizationId) {\n      ...OrgDashboardFields\n    }\n  }\n": typeof types.OrgDashboardDocument,
    "\n  subscription OrgDashboardUpdated($organizationId: ID!) {\n    orgDashboardUpdated(organizationId: $organizationId) {\n      ...OrgDashboardFields\n    }\n  }\n": typeof types.OrgDashboardUpdatedDocument,
    "\n  fragment DuesEntryFields on DuesEntry {\n    id\n    memberId\n    memberName\n    line\n    month\n    kind\n    amountFen\n    method\n    receiptNo\n    ruleKey\n    baseFen\n    note\n    corrects\n    recordedBy\n    createdAt\n  }\n": typeof types.DuesEntryFieldsFragmentDoc,
    "\n  fragment DuesBaseFields on DuesBase {\n    id\n    memberId\n    line\n    category\n    baseFen\n    fromMonth\n    newPayMonth\n    source\n    createdAt\n  }\n": typeof types.DuesBaseFieldsFragmentDoc,
    "\n  query DuesRollup($organizationId: ID, $line: DuesLine!, $fromMonth: String!, $toMonth: String!) {\n    duesRollup(organizationId: $organizationId, line: $line, fromMonth: $fromMonth, toMonth: $toMonth) {\n      orgId\n      orgName\n      month\n      billedFen\n      correctedFen\n      paidFen\n      membersBilled\n      membersPaid\n    }\n  }\n": typeof types.DuesRollupDocument,
    "\n  query DuesArrears($organizationId: ID, $line: DuesLine!) {\n    duesArrears(organizationId: $organizationId, line: $line) {\n      memberId\n      memberName\n      orgName\n      owedFen\n      monthsOwed\n      oldestMonth\n      lapseWarning\n      lapseMonths\n    }\n  }\n": typeof types.DuesArrearsDocument,
    "\n  query DuesBases($memberId: ID!) {\n    duesBases(memberId: $memberId) {\n      ...DuesBaseFields\n    }\n  }\n": typeof types.DuesBasesDocument,
    "\n  query DuesStatement($memberId: ID!, $line: DuesLine!) {\n    duesStatement(memberId: $memberId, line: $line) {\n      ...DuesEntryFields\n    }\n  }\n": typeof types.DuesStatementDocument,
    "\n  query DuesStanding($memberId: ID!, $line: DuesLine!) {\n    duesStanding(memberId: $memberId, line: $line) {\n      paidThrough\n      fromTenantName\n    }\n  }\n": typeof types.DuesStandingDocument,
    "\n  query MyDues($memberId: ID!) {\n    party: duesStatement(memberId: $memberId, line: PARTY) {\n      ...DuesEntryFields\n    }\n    union: duesStatement(memberId: $memberId, line: UNION) {\n      ...DuesEntryFields\n    }\n    youth: duesStatement(memberId: $memberId, line: YOUTH) {\n      ...DuesEntryFields\n    }\n    duesBases(memberId: $memberId) {\n      ...DuesBaseFields\n    }\n  }\n": typeof types.MyDuesDocument,
    "\n  mutation SetDuesBase($input: SetDuesBaseInput!) {\n    setDuesBase(input: $input) {\n      ...DuesBaseFields\n    }\n  }\n": typeof types.SetDuesBaseDocument,
    "\n  mutation GenerateDuesBills($input: GenerateDuesBillsInput!) {\n    generateDuesBills(input: $input) {\n      written\n    }\n  }\n": typeof types.GenerateDuesBillsDocument,
    "\n  mutation RecordDuesPayment($input: RecordDuesPaymentInput!) {\n    recordDuesPayment(input: $input) {\n      ...DuesEntryFields\n    }\n  }\n": typeof types.RecordDuesPaymentDocument,
    "\n  mutation RemindDuesArrears($input: RemindDuesArrearsInput!) {\n    remindDuesArrears(input: $input) {\n      reminded\n    }\n  }\n": typeof types.RemindDuesArrearsDocument,
    "\n  mutation CorrectDuesEntry($input: CorrectDuesEntryInput!) {\n    correctDuesEntry(input: $input) {\n      ...DuesEntryFields\n    }\n  }\n": typeof types.CorrectDuesEntryDocument,
    "\n  mutation ImportDuesBases($input: ImportDuesBasesInput!) {\n    importDuesBases(input: $input) {\n      total\n      imported\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportDuesBasesDocument,
    "\n  fragment EvaluationCampaignFields on EvaluationCampaign {\n    id\n    orgId\n    orgName\n    year\n    title\n    stage\n    memberCount\n    selfAssessedCount\n    peerTurnout\n    excellentCap\n    excellentProposed\n    excellentDecided\n    capWarning\n    capRuleTitle\n    capRuleSource\n    viewerIsOfficer\n    viewerCanManage\n    viewerIsParticipant\n    viewerSelfAssessed\n    viewerPeerSubmitted\n    members {\n      memberId\n      name\n      selfAssessment\n      peerTally {\n        excellent\n        qualified\n        basicallyQualified\n        unqualified\n        total\n      }\n      peerComments\n      proposedGrade\n      proposedReason\n      finalGrade\n      finalReason\n    }\n  }\n": typeof types.EvaluationCampaignFieldsFragmentDoc,
    "\n  query MyEvaluation {\n    myEvaluation {\n      ...EvaluationCampaignFields\n    }\n  }\n": typeof types.MyEvaluationDocument,
    "\n  query EvaluationCampaigns($orgId: ID!) {\n    evaluationCampaigns(orgId: $orgId) {\n      ...EvaluationCampaignFields\n    }\n  }\n": typeof types.EvaluationCampaignsDocument,
    "\n  mutation StartEvaluation($input: StartEvaluationInput!) {\n    startEvaluation(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": typeof types.StartEvaluationDocument,
    "\n  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {\n    submitSelfAssessment(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": typeof types.SubmitSelfAssessmentDocument,
    "\n  mutation SubmitPeerRatings($input: SubmitPeerRatingsInput!) {\n    submitPeerRatings(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": typeof types.SubmitPeerRatingsDocument,
    "\n  mutation AdvanceEvaluation($input: AdvanceEvaluationInput!) {\n    advanceEvaluation(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": typeof types.AdvanceEvaluationDocument,
    "\n  mutation ProposeGrades($input: ProposeGradesInput!) {\n    proposeGrades(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": typeof types.ProposeGradesDocument,
    "\n  mutation DecideGrades($input: DecideGradesInput!) {\n    decideGrades(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": typeof types.DecideGradesDocument,
    "\n  fragment GridFileFields on GridFile {\n    fileId\n    fileName\n    contentType\n    url\n  }\n": typeof types.GridFileFieldsFragmentDoc,
    "\n  fragment GridCaseListFields on GridCase {\n    id\n    number\n    state\n    stateLabel\n    gridId\n    gridName\n    categoryKey\n    categoryName\n    title\n    assigneeName\n    reportedAt\n    currentDueAt\n    overdue\n    isMine\n    actions\n    photos {\n      ...GridFileFields\n    }\n  }\n": typeof types.GridCaseListFieldsFragmentDoc,
    "\n  fragment GridCaseDetailFields on GridCase {\n    ...GridCaseListFields\n    description\n    location {\n      latitude\n      longitude\n      address\n    }\n    reporterName\n    reporterHidden\n    assigneeMemberId\n    assigneeOrgId\n    dispatcherName\n    acceptDueAt\n    dueAt\n    resolved\n    rating\n    ratingComment\n    acceptedAt\n    dispatchedAt\n    closedAt\n    updatedAt\n    timeline {\n      id\n      kind\n      fromState\n      toState\n      actorName\n      note\n      createdAt\n      files {\n        ...GridFileFields\n      }\n    }\n  }\n": typeof types.GridCaseDetailFieldsFragmentDoc,
    "\n  query GridCaseCategories {\n    gridCaseCategories {\n      key\n      name\n      acceptHours\n      resolveHours\n    }\n  }\n": typeof types.GridCaseCategoriesDocument,
    "\n  query MyGrids {\n    myGrids {\n      id\n      name\n      path\n    }\n  }\n": typeof types.MyGridsDocument,
    "\n  query GridCases(\n    $first: Int\n    $after: String\n    $gridId: ID\n    $state: GridCaseState\n    $categoryKey: String\n    $overdueOnly: Boolean\n    $search: String\n    $mine: Boolean\n  ) {\n    gridCases(\n      first: $first\n      after: $after\n      gridId: $gridId\n      state: $state\n      categoryKey: $categoryKey\n      overdueOnly: $overdueOnly\n      search: $search\n      mine: $mine\n    ) {\n      edges {\n        cursor\n        node {\n          ...GridCaseListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GridCasesDocument,
    "\n  query GridCase($id: ID!) {\n    gridCase(id: $id) {\n      ...GridCaseDetailFields\n    }\n  }\n": typeof types.GridCaseDocument,
    "\n  mutation ReportGridCase($input: ReportGridCaseInput!) {\n    reportGridCase(input: $input) {\n      case {\n        ...GridCaseListFields\n      }\n    }\n  }\n": typeof types.ReportGridCaseDocument,
    "\n  mutation AcceptGridCase($input: AcceptGridCaseInput!) {\n    acceptGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": typeof types.AcceptGridCaseDocument,
    "\n  mutation CancelGridCase($input: CancelGridCaseInput!) {\n    cancelGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": typeof types.CancelGridCaseDocument,
    "\n  mutation DispatchGridCase($input: DispatchGridCaseInput!) {\n    dispatchGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": typeof types.DispatchGridCaseDocument,
    "\n  mutation StartGridCase($input: StartGridCaseInput!) {\n    startGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": typeof types.StartGridCaseDocument,
    "\n  mutation SubmitGridCaseFeedback($input: SubmitGridCaseFeedbackInput!) {\n    submitGridCaseFeedback(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": typeof types.SubmitGridCaseFeedbackDocument,
    "\n  mutation CloseGridCase($input: CloseGridCaseInput!) {\n    closeGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": typeof types.CloseGridCaseDocument,
    "\n  mutation ReopenGridCase($input: ReopenGridCaseInput!) {\n    reopenGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": typeof types.ReopenGridCaseDocument,
    "\n  mutation RateGridCase($input: RateGridCaseInput!) {\n    rateGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": typeof types.RateGridCaseDocument,
    "\n  fragment TaskBoardCardFields on TaskBoardCard {\n    id\n    kind\n    caseId\n    taskId\n    number\n    title\n    state\n    gridId\n    gridName\n    categoryName\n    assigneeName\n    dueAt\n    overdue\n    secondsLeft\n    thumbnailUrl\n    actions\n  }\n": typeof types.TaskBoardCardFieldsFragmentDoc,
    "\n  fragment TaskBoardColumnFields on TaskBoardColumn {\n    state\n    label\n    count\n    overdueCount\n    endCursor\n    hasMore\n    cards {\n      ...TaskBoardCardFields\n    }\n  }\n": typeof types.TaskBoardColumnFieldsFragmentDoc,
    "\n  query TaskBoard($orgId: ID!, $filter: TaskBoardFilter, $first: Int) {\n    taskBoard(orgId: $orgId, filter: $filter, first: $first) {\n      orgId\n      columns {\n        ...TaskBoardColumnFields\n      }\n    }\n  }\n": typeof types.TaskBoardDocument,
    "\n  query TaskBoardColumn($orgId: ID!, $state: GridCaseState!, $filter: TaskBoardFilter, $first: Int, $after: String) {\n    taskBoardColumn(orgId: $orgId, state: $state, filter: $filter, first: $first, after: $after) {\n      ...TaskBoardColumnFields\n    }\n  }\n": typeof types.TaskBoardColumnDocument,
    "\n  subscription TaskBoardChanged($orgId: ID!) {\n    taskBoardChanged(orgId: $orgId) {\n      kind\n      fromState\n      toState\n      card {\n        ...TaskBoardCardFields\n      }\n    }\n  }\n": typeof types.TaskBoardChangedDocument,
    "\n  query GridStatistics($orgId: ID!, $from: NaiveDate!, $to: NaiveDate!, $gridId: ID) {\n    gridStatistics(orgId: $orgId, from: $from, to: $to, gridId: $gridId) {\n      total\n      resolutionRate\n      onTimeRate\n      medianHoursToAccept\n      medianHoursToClose\n      mediationSuccessRate\n      ratingAverage\n      byCategory {\n        key\n        name\n        count\n      }\n      byState {\n        state\n        label\n        count\n      }\n      perGrid {\n        gridId\n        gridName\n        total\n        closed\n        overdue\n        resolutionRate\n        ratingAverage\n      }\n    }\n  }\n": typeof types.GridStatisticsDocument,
    "\n  fragment GridAssignmentFields on GridAssignment {\n    id\n    gridId\n    gridName\n    memberId\n    memberName\n    role\n    startsOn\n    endsOn\n    active\n  }\n": typeof types.GridAssignmentFieldsFragmentDoc,
    "\n  query GridAssignments($gridId: ID, $memberId: ID, $activeOnly: Boolean) {\n    gridAssignments(gridId: $gridId, memberId: $memberId, activeOnly: $activeOnly) {\n      ...GridAssignmentFields\n    }\n  }\n": typeof types.GridAssignmentsDocument,
    "\n  mutation AssignGridWorker($input: AssignGridWorkerInput!) {\n    assignGridWorker(input: $input) {\n      assignment {\n        ...GridAssignmentFields\n      }\n    }\n  }\n": typeof types.AssignGridWorkerDocument,
    "\n  mutation EndGridAssignment($input: EndGridAssignmentInput!) {\n    endGridAssignment(input: $input) {\n      assignment {\n        ...GridAssignmentFields\n      }\n    }\n  }\n": typeof types.EndGridAssignmentDocument,
    "\n  fragment SupervisionTaskFields on SupervisionTask {\n    id\n    number\n    orgId\n    orgName\n    title\n    description\n    dueAt\n    overdue\n    createdAt\n    createdByName\n    total\n    reported\n    closed\n    files {\n      ...GridFileFields\n    }\n    targets {\n      orgId\n      orgName\n      state\n      report\n      reportedAt\n      reportedByName\n      reviewNote\n      closedAt\n      overdue\n      files {\n        ...GridFileFields\n      }\n    }\n  }\n": typeof types.SupervisionTaskFieldsFragmentDoc,
    "\n  query SupervisionTasks($first: Int, $after: String, $orgId: ID, $state: SupervisionTaskState, $overdueOnly: Boolean) {\n    supervisionTasks(first: $first, after: $after, orgId: $orgId, state: $state, overdueOnly: $overdueOnly) {\n      edges {\n        cursor\n        node {\n          ...SupervisionTaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SupervisionTasksDocument,
    "\n  mutation CreateSupervisionTask($input: CreateSupervisionTaskInput!) {\n    createSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n": typeof types.CreateSupervisionTaskDocument,
    "\n  mutation ReportSupervisionTask($input: ReportSupervisionTaskInput!) {\n    reportSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n": typeof types.ReportSupervisionTaskDocument,
    "\n  mutation ReviewSupervisionTask($input: ReviewSupervisionTaskInput!) {\n    reviewSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n": typeof types.ReviewSupervisionTaskDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    orgName\n    title\n    body\n    anonymous\n    author {\n      id\n      name\n    }\n    status\n    statusLabel\n    decisionReason\n    supportCount\n    commentCount\n    viewerSupports\n    isMine\n    canSupport\n    hidden\n    createdAt\n    actions\n  }\n": typeof types.IdeaCardFieldsFragmentDoc,
    "\n  query Ideas($orgId: ID!, $status: IdeaStatus, $sort: IdeaSort, $first: Int, $after: String) {\n    ideas(orgId: $orgId, status: $status, sort: $sort, first: $first, after: $after) {\n      edges {\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.IdeasDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      timeline {\n        id\n        status\n        statusLabel\n        actorName\n        note\n        createdAt\n      }\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            authorName\n            body\n            hidden\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.IdeaDocument,
    "\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": typeof types.SubmitIdeaDocument,
    "\n  mutation SupportIdea($input: IdeaInput!) {\n    supportIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": typeof types.SupportIdeaDocument,
    "\n  mutation WithdrawIdeaSupport($input: IdeaInput!) {\n    withdrawIdeaSupport(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": typeof types.WithdrawIdeaSupportDocument,
    "\n  mutation ReviewIdea($input: ReviewIdeaInput!) {\n    reviewIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": typeof types.ReviewIdeaDocument,
    "\n  mutation DecideIdea($input: DecideIdeaInput!) {\n    decideIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": typeof types.DecideIdeaDocument,
    "\n  mutation MarkIdeaImplemented($input: MarkIdeaImplementedInput!) {\n    markIdeaImplemented(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": typeof types.MarkIdeaImplementedDocument,
    "\n  mutation CommentOnIdea($input: CommentOnIdeaInput!) {\n    commentOnIdea(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n": typeof types.CommentOnIdeaDocument,
    "\n  mutation ReportIdeaContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      newReport\n      hidden\n    }\n  }\n": typeof types.ReportIdeaContentDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      name\n      timeZone\n      loginAlerts\n      secondFactorPolicy\n    }\n  }\n": typeof types.UpdateTenantSettingsDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        tenant {\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        tenant {\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        member {\n          name\n        }\n        tenant {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      ip\n      createdAt\n      expiresAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($input: IdInput!) {\n    revokeSession(input: $input)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment InquiryFields on Inquiry {\n    id\n    orgName\n    askerName\n    subject\n    body\n    status\n    statusLabel\n    dueAt\n    overdue\n    answer\n    answererName\n    answeredAt\n    rating\n    ratingComment\n    createdAt\n    isMine\n    canAnswer\n    canRate\n  }\n": typeof types.InquiryFieldsFragmentDoc,
    "\n  query MyInquiries($first: Int, $after: String) {\n    myInquiries(first: $first, after: $after) {\n      edges {\n        node {\n          ...InquiryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyInquiriesDocument,
    "\n  query OrgInquiries($orgId: ID!, $status: InquiryStatus, $first: Int, $after: String) {\n    inquiries(orgId: $orgId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...InquiryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrgInquiriesDocument,
    "\n  mutation AskInquiry($input: AskInquiryInput!) {\n    askInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n": typeof types.AskInquiryDocument,
    "\n  mutation AnswerInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n": typeof types.AnswerInquiryDocument,
    "\n  mutation RateInquiryAnswer($input: RateInquiryAnswerInput!) {\n    rateInquiryAnswer(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n": typeof types.RateInquiryAnswerDocument,
    "\n  fragment JoinApplicationFields on JoinApplication {\n    id\n    memberId\n    memberName\n    line\n    orgId\n    orgName\n    note\n    status\n    createdAt\n    decidedAt\n    decisionNote\n  }\n": typeof types.JoinApplicationFieldsFragmentDoc,
    "\n  query JoinApplications {\n    joinApplications {\n      ...JoinApplicationFields\n    }\n  }\n": typeof types.JoinApplicationsDocument,
    "\n  mutation ApplyToJoin($input: ApplyToJoinInput!) {\n    applyToJoin(input: $input) {\n      ...JoinApplicationFields\n    }\n  }\n": typeof types.ApplyToJoinDocument,
    "\n  mutation DecideJoinApplication($input: DecideJoinApplicationInput!) {\n    decideJoinApplication(input: $input) {\n      ...JoinApplicationFields\n    }\n  }\n": typeof types.DecideJoinApplicationDocument,
    "\n  query LapseRisks($organizationId: ID!, $line: DuesLine!) {\n    lapseRisks(organizationId: $organizationId, line: $line) {\n      memberId\n      name\n      organizationName\n      level\n      lastOrgLifeAt\n      missedMeetings\n      unpaidMonths\n      lapseMonths\n      source\n      grounds {\n        ground\n        months\n        since\n        stageMonths\n        lapsed\n      }\n    }\n  }\n": typeof types.LapseRisksDocument,
    "\n  query LeagueCampaigns {\n    leagueCampaigns {\n      id\n      orgId\n      orgName\n      year\n      closesOn\n      lastRemindedAt\n      members {\n        memberId\n        name\n        orgName\n        registeredAt\n      }\n    }\n  }\n": typeof types.LeagueCampaignsDocument,
    "\n  query LeagueAgeOuts($orgId: ID!) {\n    leagueAgeOuts(orgId: $orgId) {\n      memberId\n      name\n      ageOutOn\n    }\n  }\n": typeof types.LeagueAgeOutsDocument,
    "\n  mutation StartLeagueCampaign($input: StartLeagueCampaignInput!) {\n    startLeagueCampaign(input: $input) {\n      id\n      year\n      orgName\n    }\n  }\n": typeof types.StartLeagueCampaignDocument,
    "\n  mutation RegisterLeagueMembership($input: RegisterLeagueMembershipInput!) {\n    registerLeagueMembership(input: $input)\n  }\n": typeof types.RegisterLeagueMembershipDocument,
    "\n  mutation RemindLeagueCampaign($campaignId: ID!) {\n    remindLeagueCampaign(campaignId: $campaignId)\n  }\n": typeof types.RemindLeagueCampaignDocument,
    "\n  fragment MeetingListFields on Meeting {\n    id\n    orgId\n    orgName\n    line\n    type\n    typeLabel\n    title\n    startsAt\n    endsAt\n    location\n    isElection\n    status\n    held\n    checkInOpen\n    minutesStatus\n    canManage\n    myAttendance {\n      memberId\n      state\n    }\n  }\n": typeof types.MeetingListFieldsFragmentDoc,
    "\n  fragment MeetingAttendeeFields on MeetingAttendee {\n    memberId\n    name\n    state\n    voting\n    leaveReason\n    leaveRefused\n    checkedInAt\n    checkInMethod\n  }\n": typeof types.MeetingAttendeeFieldsFragmentDoc,
    "\n  fragment MeetingAttendanceFields on MeetingAttendance {\n    expected\n    present\n    onLeave\n    leavePending\n    absent\n    quorumShare\n    quorumInclusive\n    quorumMet\n    quorumRuleSource\n  }\n": typeof types.MeetingAttendanceFieldsFragmentDoc,
    "\n  fragment MeetingFields on Meeting {\n    ...MeetingListFields\n    agenda\n    geofence {\n      latitude\n      longitude\n      radiusMeters\n    }\n    cancelReason\n    minutes\n    resolutions\n    approvedAt\n    approvedByName\n    attachments {\n      fileId\n      fileName\n      contentType\n      size\n      url\n    }\n    amendments {\n      id\n      text\n      authorName\n      createdAt\n    }\n    attendance {\n      ...MeetingAttendanceFields\n    }\n    attendees {\n      ...MeetingAttendeeFields\n    }\n    myAttendance {\n      ...MeetingAttendeeFields\n    }\n    createdAt\n  }\n": typeof types.MeetingFieldsFragmentDoc,
    "\n  query MeetingTypes {\n    meetingTypes {\n      type\n      label\n      line\n      frequencyMonths\n      ruleKey\n      ruleSource\n      general\n      committeeOnly\n    }\n  }\n": typeof types.MeetingTypesDocument,
    "\n  query Meetings($first: Int!, $after: String, $orgId: ID, $mine: Boolean, $from: DateTime, $to: DateTime) {\n    meetings(first: $first, after: $after, orgId: $orgId, mine: $mine, from: $from, to: $to) {\n      edges {\n        cursor\n        node {\n          ...MeetingListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  query MeetingScreen($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      orgName\n      startsAt\n      endsAt\n      location\n      status\n      checkInOpen\n      canManage\n      attendance {\n        ...MeetingAttendanceFields\n      }\n    }\n  }\n": typeof types.MeetingScreenDocument,
    "\n  query MeetingCheckInCode($meetingId: ID!) {\n    meetingCheckInCode(meetingId: $meetingId) {\n      code\n      url\n      expiresAt\n      refreshInSeconds\n    }\n  }\n": typeof types.MeetingCheckInCodeDocument,
    "\n  query MeetingCompliance($orgId: ID, $behindOnly: Boolean) {\n    meetingCompliance(orgId: $orgId, behindOnly: $behindOnly) {\n      orgId\n      orgName\n      type\n      typeLabel\n      frequencyMonths\n      periodStart\n      periodEnd\n      daysLeft\n      status\n      warning\n      lastHeldAt\n      nextMeetingId\n      missedLast12Months\n      ruleSource\n    }\n  }\n": typeof types.MeetingComplianceDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation RequestMeetingLeave($input: RequestMeetingLeaveInput!) {\n    requestMeetingLeave(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.RequestMeetingLeaveDocument,
    "\n  mutation DecideMeetingLeave($input: DecideMeetingLeaveInput!) {\n    decideMeetingLeave(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.DecideMeetingLeaveDocument,
    "\n  mutation CheckInToMeeting($input: CheckInToMeetingInput!) {\n    checkInToMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.CheckInToMeetingDocument,
    "\n  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {\n    recordMeetingAttendance(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.RecordMeetingAttendanceDocument,
    "\n  mutation SaveMeetingMinutes($input: SaveMeetingMinutesInput!) {\n    saveMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.SaveMeetingMinutesDocument,
    "\n  mutation ApproveMeetingMinutes($input: ApproveMeetingMinutesInput!) {\n    approveMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.ApproveMeetingMinutesDocument,
    "\n  mutation AmendMeetingRecord($input: AmendMeetingRecordInput!) {\n    amendMeetingRecord(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": typeof types.AmendMeetingRecordDocument,
    "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": typeof types.MeetingChangedDocument,
    "\n  subscription MeetingCountsChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      checkInOpen\n      attendance {\n        ...MeetingAttendanceFields\n      }\n    }\n  }\n": typeof types.MeetingCountsChangedDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      feed {\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query Members(\n    $first: Int!\n    $after: String\n    $search: String\n    $line: OrgLine\n    $organizationId: ID\n    $politicalStatus: PoliticalStatus\n    $includeDisabled: Boolean\n  ) {\n    members(\n      first: $first\n      after: $after\n      search: $search\n      line: $line\n      organizationId: $organizationId\n      politicalStatus: $politicalStatus\n      includeDisabled: $includeDisabled\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          gender\n          status\n          hasAccount\n          phone\n          politicalStatus\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query MemberDetail($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Member {\n        name\n        gender\n        status\n        hasAccount\n        posts\n        phone\n        email\n        birthDate\n        politicalStatus\n        createdAt\n        profile {\n          ethnicity\n          ethnicityLabel\n          education\n          occupation\n          partyJoinedOn\n          leagueJoinedOn\n          unionJoinedOn\n        }\n        organization {\n          id\n          name\n        }\n        partyOrganization {\n          id\n          name\n        }\n        unionOrganization {\n          id\n          name\n        }\n        youthOrganization {\n          id\n          name\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MemberDetailDocument,
    "\n  mutation CreateMember($input: MemberInput!) {\n    createMember(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member {\n        id\n        name\n        gender\n        phone\n        email\n        birthDate\n        politicalStatus\n        posts\n      }\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      member {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SetMemberDisabledDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitationUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      total\n      imported\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportMembersDocument,
    "\n  query ProfileCodes {\n    profileCodes {\n      ethnicities {\n        code\n        label\n      }\n      educations {\n        code\n        label\n      }\n      occupations {\n        code\n        label\n      }\n    }\n  }\n": typeof types.ProfileCodesDocument,
    "\n  mutation UpdateMemberProfile($input: UpdateMemberProfileInput!) {\n    updateMemberProfile(input: $input) {\n      memberId\n      ethnicity\n      ethnicityLabel\n      education\n      occupation\n      partyJoinedOn\n      leagueJoinedOn\n      unionJoinedOn\n    }\n  }\n": typeof types.UpdateMemberProfileDocument,
    "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    kind\n    contentId\n    authorName\n    excerpt\n    status\n    hidden\n    pendingReports\n    totalReports\n    createdAt\n    updatedAt\n    reports {\n      reporterName\n      reason\n      createdAt\n    }\n    history {\n      action\n      actorName\n      note\n      createdAt\n    }\n  }\n": typeof types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($orgId: ID!, $status: ModerationStatus, $first: Int, $after: String) {\n    moderationQueue(orgId: $orgId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation ModerateContent($input: ModerateContentInput!) {\n    moderateContent(input: $input) {\n      item {\n        ...ModerationItemFields\n      }\n    }\n  }\n": typeof types.ModerateContentDocument,
    "\n  fragment NoticeReceiptFields on NoticeReceipt {\n    deliveredAt\n    readAt\n    acknowledgedAt\n    reply\n  }\n": typeof types.NoticeReceiptFieldsFragmentDoc,
    "\n  fragment NoticeListFields on Notice {\n    id\n    title\n    category\n    importance\n    status\n    ackRequired\n    ackDeadline\n    issuerName\n    author {\n      id\n      name\n    }\n    scheduledAt\n    publishedAt\n    withdrawnAt\n    createdAt\n    myReceipt {\n      ...NoticeReceiptFields\n    }\n  }\n": typeof types.NoticeListFieldsFragmentDoc,
    "\n  fragment NoticeStatsFields on NoticeStats {\n    noticeId\n    recipients\n    read\n    acknowledged\n    byOrg {\n      orgId\n      orgName\n      recipients\n      read\n      acknowledged\n    }\n  }\n": typeof types.NoticeStatsFieldsFragmentDoc,
    "\n  query Notices($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notices(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NoticesDocument,
    "\n  query SentNotices($first: Int!, $after: String, $status: NoticeStatus) {\n    sentNotices(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n          withdrawReason\n          recipientCount\n          reviewer {\n            id\n            name\n          }\n          reviewNote\n          viewerCanManage\n          viewerCanReview\n          viewerCanSeeBoard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SentNoticesDocument,
    "\n  query Notice($id: ID!) {\n    notice(id: $id) {\n      ...NoticeListFields\n      body\n      issuer {\n        id\n        name\n      }\n      reviewer {\n        id\n        name\n      }\n      reviewNote\n      withdrawReason\n      recipientCount\n      attachments {\n        id\n        name\n        contentType\n        size\n        isImage\n        url\n      }\n      viewerCanSeeBoard\n      viewerCanManage\n      viewerCanReview\n      audience {\n        orgs {\n          orgId\n          includeSubtree\n        }\n        lines\n        roles\n        politicalStatuses\n        memberIds\n        excludeMemberIds\n      }\n    }\n  }\n": typeof types.NoticeDocument,
    "\n  query NoticeBoard($id: ID!) {\n    notice(id: $id) {\n      id\n      title\n      status\n      ackRequired\n      ackDeadline\n      issuerName\n      publishedAt\n      recipientCount\n      viewerCanSeeBoard\n      stats {\n        ...NoticeStatsFields\n      }\n    }\n  }\n": typeof types.NoticeBoardDocument,
    "\n  query NoticeResponses($noticeId: ID!, $first: Int!, $after: String, $state: NoticeResponseState) {\n    noticeResponses(noticeId: $noticeId, first: $first, after: $after, state: $state) {\n      edges {\n        cursor\n        node {\n          member {\n            id\n            name\n          }\n          orgName\n          deliveredAt\n          readAt\n          acknowledgedAt\n          reply\n          remindedCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NoticeResponsesDocument,
    "\n  query NoticeAudienceCount($issuerOrgId: ID!, $audience: NoticeAudienceInput!) {\n    noticeAudienceCount(issuerOrgId: $issuerOrgId, audience: $audience)\n  }\n": typeof types.NoticeAudienceCountDocument,
    "\n  mutation SaveNoticeDraft($input: NoticeInput!) {\n    saveNoticeDraft(input: $input) {\n      notice {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SaveNoticeDraftDocument,
    "\n  mutation PublishNotice($input: NoticeInput!) {\n    publishNotice(input: $input) {\n      notice {\n        id\n        status\n        recipientCount\n      }\n    }\n  }\n": typeof types.PublishNoticeDocument,
    "\n  mutation ReviewNotice($input: ReviewNoticeInput!) {\n    reviewNotice(input: $input) {\n      notice {\n        id\n        status\n        reviewNote\n        viewerCanReview\n      }\n    }\n  }\n": typeof types.ReviewNoticeDocument,
    "\n  mutation WithdrawNotice($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) {\n      notice {\n        id\n        status\n        withdrawnAt\n        withdrawReason\n      }\n    }\n  }\n": typeof types.WithdrawNoticeDocument,
    "\n  mutation AcknowledgeNotice($input: AcknowledgeNoticeInput!) {\n    acknowledgeNotice(input: $input) {\n      notice {\n        id\n        myReceipt {\n          ...NoticeReceiptFields\n        }\n      }\n    }\n  }\n": typeof types.AcknowledgeNoticeDocument,
    "\n  mutation RemindNoticeRecipients($input: RemindNoticeInput!) {\n    remindNoticeRecipients(input: $input) {\n      reminded\n    }\n  }\n": typeof types.RemindNoticeRecipientsDocument,
    "\n  subscription NoticeStatsChanged($noticeId: ID!) {\n    noticeStatsChanged(noticeId: $noticeId) {\n      ...NoticeStatsFields\n    }\n  }\n": typeof types.NoticeStatsChangedDocument,
    "\n  query AudienceRoles {\n    roles {\n      name\n      label\n    }\n  }\n": typeof types.AudienceRolesDocument,
    "\n  query UnreadNotificationCount {\n    viewer {\n      unreadNotificationCount\n    }\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          detail\n          noticeId\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($input: IdInput!) {\n    markNotificationRead(input: $input)\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digestFrequency\n    categories {\n      category\n      label\n      description\n      channel\n      defaultChannel\n      chosen\n      mandatoryReason\n    }\n  }\n": typeof types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationChannel($input: SetNotificationChannelInput!) {\n    setNotificationChannel(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.SetNotificationChannelDocument,
    "\n  mutation SetDigestFrequency($input: SetDigestFrequencyInput!) {\n    setDigestFrequency(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.SetDigestFrequencyDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      detail\n      noticeId\n      createdAt\n      readAt\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation OperatorLogIn($input: OperatorLogInInput!) {\n    operatorLogIn(input: $input)\n  }\n": typeof types.OperatorLogInDocument,
    "\n  query QueueHealth {\n    queueHealth {\n      runnable\n      running\n      dead\n      oldestRunnableSeconds\n      deadJobs {\n        id\n        task\n        attempts\n        lastError\n        key\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": typeof types.QueueHealthDocument,
    "\n  query OperatorTenants($first: Int!, $after: String, $search: String) {\n    tenants(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          status\n          memberCount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OperatorTenantsDocument,
    "\n  mutation SetTenantSuspended($input: SetTenantSuspendedInput!) {\n    setTenantSuspended(input: $input)\n  }\n": typeof types.SetTenantSuspendedDocument,
    "\n  query OrganizationPositions($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      positions {\n        id\n        title\n        role\n        termStart\n        termEnd\n        endedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganizationPositionsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        path\n      }\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation RenameOrganization($input: RenameOrganizationInput!) {\n    renameOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RenameOrganizationDocument,
    "\n  mutation MoveOrganization($input: MoveOrganizationInput!) {\n    moveOrganization(input: $input) {\n      organization {\n        id\n        path\n        depth\n      }\n    }\n  }\n": typeof types.MoveOrganizationDocument,
    "\n  mutation ArchiveOrganization($input: IdInput!) {\n    archiveOrganization(input: $input) {\n      organization {\n        id\n        archivedAt\n      }\n    }\n  }\n": typeof types.ArchiveOrganizationDocument,
    "\n  mutation AssignPosition($input: AssignPositionInput!) {\n    assignPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n": typeof types.AssignPositionDocument,
    "\n  mutation EndPosition($input: IdInput!) {\n    endPosition(input: $input) {\n      position {\n        id\n        endedAt\n      }\n    }\n  }\n": typeof types.EndPositionDocument,
    "\n  query BranchSettingReview($organizationId: ID!) {\n    branchSettingReview(organizationId: $organizationId) {\n      organizationId\n      asOf\n      warningCount\n      sources\n      branches {\n        organizationId\n        organizationName\n        formalMembers\n        probationaryMembers\n        committeeSize\n        termEnd\n        warnings\n        messages\n      }\n    }\n  }\n": typeof types.BranchSettingReviewDocument,
    "\n  query TermOverview($organizationId: ID!) {\n    termOverview(organizationId: $organizationId) {\n      organizationId\n      asOf\n      endedCount\n      endingCount\n      remindBeforeMonths\n      sources\n      organizations {\n        organizationId\n        organizationName\n        kind\n        villageOrCommunity\n        officers\n        termYears\n        termStart\n        termEnd\n        state\n      }\n    }\n  }\n": typeof types.TermOverviewDocument,
    "\n  mutation SetVillageOrCommunity($input: SetVillageOrCommunityInput!) {\n    setVillageOrCommunity(input: $input) {\n      organizationId\n      villageOrCommunity\n      termYears\n      termEnd\n      state\n    }\n  }\n": typeof types.SetVillageOrCommunityDocument,
    "\n  query AnnualStatistics($organizationId: ID!, $asOf: NaiveDate!) {\n    annualStatistics(organizationId: $organizationId, asOf: $asOf) {\n      organizationId\n      organizationName\n      line\n      asOf\n      consistent\n      exportUrl\n      checks {\n        description\n        passed\n      }\n      warnings {\n        message\n        count\n      }\n      tables {\n        key\n        title\n        unitLabel\n        totalLabel\n        groups {\n          label\n          columns {\n            key\n            label\n          }\n        }\n        rows {\n          label\n          organizationId\n          values\n        }\n        totals\n      }\n    }\n  }\n": typeof types.AnnualStatisticsDocument,
    "\n  fragment PersonalDataExportFields on PersonalDataExport {\n    id\n    status\n    progress\n    sectionsDone\n    sectionsTotal\n    requestedBy\n    reason\n    memberName\n    createdAt\n    readyAt\n    expiresAt\n    sizeBytes\n    downloadUrl\n  }\n": typeof types.PersonalDataExportFieldsFragmentDoc,
    "\n  query MyPersonalDataExports($first: Int!, $after: String) {\n    myPersonalDataExports(first: $first, after: $after) {\n      edges {\n        node {\n          ...PersonalDataExportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyPersonalDataExportsDocument,
    "\n  mutation RequestPersonalDataExport {\n    requestPersonalDataExport {\n      ...PersonalDataExportFields\n    }\n  }\n": typeof types.RequestPersonalDataExportDocument,
    "\n  mutation ExportPersonalDataFor($input: ExportPersonalDataForInput!) {\n    exportPersonalDataFor(input: $input) {\n      ...PersonalDataExportFields\n    }\n  }\n": typeof types.ExportPersonalDataForDocument,
    "\n  fragment StageTransitionFields on StageTransition {\n    id\n    memberId\n    memberName\n    orgId\n    orgName\n    fromStage\n    toStage\n    extensionMonths\n    effectiveOn\n    note\n    status\n    publicityUntil\n    approvalDueAt\n    awaitingDecision\n    objectionCount\n    objections {\n      authorName\n      text\n      createdAt\n    }\n    proposedAt\n    decidedAt\n    decisionNote\n  }\n": typeof types.StageTransitionFieldsFragmentDoc,
    "\n  query PartyPipeline($orgId: ID!) {\n    partyPipeline(orgId: $orgId) {\n      entries {\n        memberId\n        name\n        orgId\n        orgName\n        stage\n        since\n        extendedMonths\n        contacts\n        introducers\n        nextStage\n        earliestNext\n        blockedBy\n      }\n      openTransitions {\n        ...StageTransitionFields\n      }\n    }\n  }\n": typeof types.PartyPipelineDocument,
    "\n  query MemberPipeline($memberId: ID!) {\n    memberPipeline(memberId: $memberId) {\n      stages {\n        stage\n        startedOn\n        extensionMonths\n      }\n      transitions {\n        ...StageTransitionFields\n      }\n      contacts {\n        memberId\n        name\n        role\n      }\n      positions {\n        orgName\n        title\n        termStart\n        endedAt\n      }\n    }\n  }\n": typeof types.MemberPipelineDocument,
    "\n  mutation RecordMemberStage($input: RecordMemberStageInput!) {\n    recordMemberStage(input: $input) {\n      stage\n      startedOn\n      extensionMonths\n    }\n  }\n": typeof types.RecordMemberStageDocument,
    "\n  mutation SetPipelineContact($input: SetPipelineContactInput!) {\n    setPipelineContact(input: $input)\n  }\n": typeof types.SetPipelineContactDocument,
    "\n  mutation ProposeStageTransition($input: ProposeStageTransitionInput!) {\n    proposeStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n": typeof types.ProposeStageTransitionDocument,
    "\n  mutation ObjectToStageTransition($input: ObjectToStageTransitionInput!) {\n    objectToStageTransition(input: $input) {\n      id\n      status\n      objectionCount\n    }\n  }\n": typeof types.ObjectToStageTransitionDocument,
    "\n  mutation DecideStageTransition($input: DecideStageTransitionInput!) {\n    decideStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n": typeof types.DecideStageTransitionDocument,
    "\n  mutation WithdrawStageTransition($input: WithdrawStageTransitionInput!) {\n    withdrawStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n": typeof types.WithdrawStageTransitionDocument,
    "\n  fragment PointEntryFields on PointEntry {\n    id\n    year\n    action\n    ruleName\n    requested\n    points\n    cappedReason\n    sourceKind\n    sourceTitle\n    note\n    occurredAt\n    createdAt\n    corrected\n    net\n    explanation\n    correctsEntryId\n    appealStatus\n    appealNote\n    canAppeal\n  }\n": typeof types.PointEntryFieldsFragmentDoc,
    "\n  query MyPoints($year: Int!, $first: Int!, $after: String) {\n    myPoints(year: $year) {\n      memberId\n      memberName\n      year\n      balance\n      years {\n        year\n        balance\n      }\n      entries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MyPointsDocument,
    "\n  mutation AppealPointEntry($input: AppealPointEntryInput!) {\n    appealPointEntry(input: $input) {\n      appeal {\n        id\n        status\n        entry {\n          ...PointEntryFields\n        }\n      }\n    }\n  }\n": typeof types.AppealPointEntryDocument,
    "\n  query PointRankings($orgId: ID!, $year: Int!, $first: Int!) {\n    pointRankings(orgId: $orgId, year: $year, first: $first) {\n      rank\n      memberId\n      memberName\n      points\n    }\n  }\n": typeof types.PointRankingsDocument,
    "\n  query BranchPointRankings($orgId: ID!, $year: Int!) {\n    branchPointRankings(orgId: $orgId, year: $year) {\n      rank\n      organizationId\n      organizationName\n      members\n      total\n      average\n    }\n  }\n": typeof types.BranchPointRankingsDocument,
    "\n  mutation AwardPoints($input: AwardPointsInput!) {\n    awardPoints(input: $input) {\n      entry {\n        ...PointEntryFields\n      }\n    }\n  }\n": typeof types.AwardPointsDocument,
    "\n  query PointAppeals($status: PointAppealStatus, $first: Int!, $after: String) {\n    pointAppeals(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          memberName\n          reason\n          status\n          note\n          decidedAt\n          createdAt\n          entry {\n            ...PointEntryFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PointAppealsDocument,
    "\n  query MyPointAppeals {\n    myPointAppeals {\n      id\n      reason\n      status\n      decidedAt\n      note\n      correctionEntryId\n      createdAt\n      entry {\n        ...PointEntryFields\n      }\n    }\n  }\n": typeof types.MyPointAppealsDocument,
    "\n  mutation DecidePointAppeal($input: DecidePointAppealInput!) {\n    decidePointAppeal(input: $input) {\n      appeal {\n        id\n        status\n        note\n        correctionEntryId\n      }\n    }\n  }\n": typeof types.DecidePointAppealDocument,
    "\n  query PointRules {\n    pointRulesEditable\n    pointRules {\n      id\n      action\n      name\n      points\n      capDay\n      capMonth\n      capYear\n      lines\n      statuses\n      source\n      active\n      updatedAt\n    }\n  }\n": typeof types.PointRulesDocument,
    "\n  mutation UpdatePointRule($input: UpdatePointRuleInput!) {\n    updatePointRule(input: $input) {\n      rule {\n        id\n        name\n        points\n        capDay\n        capMonth\n        capYear\n        lines\n        statuses\n        source\n        active\n        updatedAt\n      }\n    }\n  }\n": typeof types.UpdatePointRuleDocument,
    "\n  fragment PublicityListFields on Publicity {\n    id\n    kind\n    title\n    status\n    organizationName\n    subjectMemberName\n    subjectOrganizationName\n    windowStart\n    windowEnd\n    windowOpen\n    objectionCount\n    canObject\n    canHandle\n  }\n": typeof types.PublicityListFieldsFragmentDoc,
    "\n  fragment PublicityFields on Publicity {\n    ...PublicityListFields\n    organizationId\n    origin\n    body\n    bodyFormat\n    outcomeNote\n    closedAt\n    createdAt\n    audienceCount\n    pendingObjectionCount\n    viewerIsSubject\n    objections {\n      id\n      authorName\n      anonymous\n      mine\n      text\n      status\n      handledNote\n      handledAt\n      createdAt\n    }\n  }\n": typeof types.PublicityFieldsFragmentDoc,
    "\n  query Publicities($organizationId: ID, $status: PublicityStatus, $first: Int!, $after: String) {\n    publicities(organizationId: $organizationId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PublicityListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PublicitiesDocument,
    "\n  query Publicity($id: ID!) {\n    publicity(id: $id) {\n      ...PublicityFields\n    }\n  }\n": typeof types.PublicityDocument,
    "\n  mutation PublishPublicity($input: PublishPublicityInput!) {\n    publishPublicity(input: $input) {\n      publicity {\n        id\n        status\n      }\n    }\n  }\n": typeof types.PublishPublicityDocument,
    "\n  mutation ObjectToPublicity($input: ObjectToPublicityInput!) {\n    objectToPublicity(input: $input) {\n      objection {\n        id\n        anonymous\n        status\n      }\n    }\n  }\n": typeof types.ObjectToPublicityDocument,
    "\n  mutation HandlePublicityObjection($input: HandlePublicityObjectionInput!) {\n    handlePublicityObjection(input: $input) {\n      objection {\n        id\n        status\n        handledNote\n      }\n    }\n  }\n": typeof types.HandlePublicityObjectionDocument,
    "\n  mutation ClosePublicity($input: ClosePublicityInput!) {\n    closePublicity(input: $input) {\n      publicity {\n        ...PublicityFields\n      }\n    }\n  }\n": typeof types.ClosePublicityDocument,
    "\n  fragment HonourFields on Honour {\n    id\n    kind\n    title\n    status\n    year\n    issuer\n    citation\n    memberId\n    memberName\n    recipientOrganizationName\n    organizationName\n    publicityId\n    publicityUntil\n    createdAt\n  }\n": typeof types.HonourFieldsFragmentDoc,
    "\n  query Honours($organizationId: ID!, $year: Int, $first: Int!, $after: String) {\n    honours(organizationId: $organizationId, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...HonourFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HonoursDocument,
    "\n  query MemberHonours($memberId: ID!) {\n    memberHonours(memberId: $memberId) {\n      ...HonourFields\n    }\n  }\n": typeof types.MemberHonoursDocument,
    "\n  mutation ProposeHonour($input: ProposeHonourInput!) {\n    proposeHonour(input: $input) {\n      honour {\n        id\n        status\n        publicityId\n      }\n    }\n  }\n": typeof types.ProposeHonourDocument,
    "\n  query PublishingColumns {\n    columns {\n      id\n      name\n      description\n      organizationName\n      submitPolicy\n      secondReview\n      isPublic\n      viewerCanSubmit\n      viewerCanReview\n      ...ColumnManageFields\n    }\n  }\n": typeof types.PublishingColumnsDocument,
    "\n  fragment ColumnManageFields on Column {\n    id\n    name\n    description\n    organizationId\n    organizationName\n    submitPolicy\n    secondReview\n    isPublic\n    viewerCanReview\n    archivedAt\n  }\n": typeof types.ColumnManageFieldsFragmentDoc,
    "\n  query ArchivedColumns {\n    archivedColumns {\n      ...ColumnManageFields\n    }\n  }\n": typeof types.ArchivedColumnsDocument,
    "\n  mutation CreateColumn($input: CreateColumnInput!) {\n    createColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n": typeof types.CreateColumnDocument,
    "\n  mutation UpdateColumn($input: UpdateColumnInput!) {\n    updateColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n": typeof types.UpdateColumnDocument,
    "\n  mutation ArchiveColumn($input: ColumnRefInput!) {\n    archiveColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n": typeof types.ArchiveColumnDocument,
    "\n  mutation RestoreColumn($input: ColumnRefInput!) {\n    restoreColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n": typeof types.RestoreColumnDocument,
    "\n  fragment ArticleListFields on Article {\n    id\n    title\n    columnName\n    status\n    authorName\n    tags\n    publishedAt\n    submittedAt\n    viewCount\n    likeCount\n    commentCount\n  }\n": typeof types.ArticleListFieldsFragmentDoc,
    "\n  query PublishingArticles($columnId: ID!, $search: String, $after: String) {\n    articles(columnId: $columnId, search: $search, first: 20, after: $after) {\n      edges {\n        node {\n          ...ArticleListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PublishingArticlesDocument,
    "\n  query MyArticles {\n    myArticles {\n      ...ArticleListFields\n    }\n  }\n": typeof types.MyArticlesDocument,
    "\n  query ArticleReviewQueue {\n    articleReviewQueue {\n      ...ArticleListFields\n    }\n  }\n": typeof types.ArticleReviewQueueDocument,
    "\n  query PublishingArticle($id: ID!) {\n    article(id: $id) {\n      ...ArticleListFields\n      columnId\n      bodyHtml\n      contributorName\n      isPublic\n      visibilityOrganizationId\n      visibilityOrganizationName\n      visibilityLine\n      returnNote\n      withdrawReason\n      publishAt\n      commentsOpen\n      viewerLiked\n      viewerIsAuthor\n      viewerCanEdit\n      viewerCanReview\n      contributorId\n      files {\n        id\n        fileName\n        contentType\n        byteSize\n        url\n        cover\n      }\n      history {\n        action\n        toStatus\n        actorName\n        note\n        at\n      }\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            authorName\n            mine\n            body\n            hidden\n            reply\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.PublishingArticleDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CreateArticleDocument,
    "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n": typeof types.UpdateArticleDocument,
    "\n  mutation SubmitArticle($input: SubmitArticleInput!) {\n    submitArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SubmitArticleDocument,
    "\n  mutation ReviewArticle($input: ReviewArticleInput!) {\n    reviewArticle(input: $input) {\n      article {\n        id\n        status\n        returnNote\n      }\n    }\n  }\n": typeof types.ReviewArticleDocument,
    "\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      article {\n        id\n        status\n        publishedAt\n        publishAt\n      }\n    }\n  }\n": typeof types.PublishArticleDocument,
    "\n  mutation WithdrawArticle($input: WithdrawArticleInput!) {\n    withdrawArticle(input: $input) {\n      article {\n        id\n        status\n        withdrawReason\n      }\n    }\n  }\n": typeof types.WithdrawArticleDocument,
    "\n  mutation LikeArticle($input: ArticleIdInput!) {\n    likeArticle(input: $input) {\n      article {\n        id\n        likeCount\n        viewerLiked\n      }\n    }\n  }\n": typeof types.LikeArticleDocument,
    "\n  mutation UnlikeArticle($input: ArticleIdInput!) {\n    unlikeArticle(input: $input) {\n      article {\n        id\n        likeCount\n        viewerLiked\n      }\n    }\n  }\n": typeof types.UnlikeArticleDocument,
    "\n  mutation CommentOnArticle($input: CommentOnArticleInput!) {\n    commentOnArticle(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n": typeof types.CommentOnArticleDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        id\n        reply\n      }\n    }\n  }\n": typeof types.ReplyToCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      comment {\n        id\n        hidden\n      }\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      newReport\n      hidden\n    }\n  }\n": typeof types.ReportCommentDocument,
    "\n  mutation SetArticleComments($input: SetArticleCommentsInput!) {\n    setArticleComments(input: $input) {\n      article {\n        id\n        commentsOpen\n      }\n    }\n  }\n": typeof types.SetArticleCommentsDocument,
    "\n  query ContributorStatistics($organizationId: ID, $from: DateTime!, $to: DateTime!) {\n    contributorStatistics(organizationId: $organizationId, from: $from, to: $to) {\n      exportUrl\n      contributors {\n        memberId\n        memberName\n        organizationName\n        submitted\n        adopted\n        returned\n        views\n        likes\n      }\n      organizations {\n        organizationId\n        organizationName\n        submitted\n        adopted\n        returned\n        views\n        likes\n      }\n    }\n  }\n": typeof types.ContributorStatisticsDocument,
    "\n  fragment QuestionBankFields on QuestionBank {\n    id\n    orgId\n    orgName\n    name\n    description\n    questionCount\n    editable\n    updatedAt\n  }\n": typeof types.QuestionBankFieldsFragmentDoc,
    "\n  fragment QuestionFields on Question {\n    id\n    bankId\n    kind\n    stem\n    options\n    answer\n    blanks\n    explanation\n    difficulty\n    tags\n  }\n": typeof types.QuestionFieldsFragmentDoc,
    "\n  fragment QuizFields on Quiz {\n    id\n    orgId\n    orgName\n    bankId\n    bankName\n    title\n    description\n    mode\n    questionCount\n    pointsPerQuestion\n    totalPoints\n    passMark\n    timeLimitMinutes\n    opensAt\n    closesAt\n    maxAttempts\n    status\n    accepting\n    audienceCount\n    canManage\n    canViewResults\n    invited\n    myAttemptCount\n    myAttemptsLeft\n    myBestScore\n    myPassed\n    myOpenAttemptId\n    myLastAttemptId\n    exportUrl\n  }\n": typeof types.QuizFieldsFragmentDoc,
    "\n  fragment QuizAttemptFields on QuizAttempt {\n    id\n    quizId\n    quizTitle\n    number\n    status\n    startedAt\n    deadline\n    serverNow\n    finishedAt\n    score\n    maxScore\n    passMark\n    passed\n    questions {\n      position\n      kind\n      stem\n      options\n      blankCount\n      points\n      myAnswer\n      correctAnswer\n      acceptedBlanks\n      explanation\n      earned\n      correct\n    }\n  }\n": typeof types.QuizAttemptFieldsFragmentDoc,
    "\n  query QuestionBanks($orgId: ID!) {\n    questionBanks(orgId: $orgId) {\n      ...QuestionBankFields\n    }\n  }\n": typeof types.QuestionBanksDocument,
    "\n  query QuestionBank($id: ID!, $first: Int!, $after: String) {\n    questionBank(id: $id) {\n      ...QuestionBankFields\n    }\n    questions(bankId: $id, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuestionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QuestionBankDocument,
    "\n  mutation CreateQuestionBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      ...QuestionBankFields\n    }\n  }\n": typeof types.CreateQuestionBankDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n": typeof types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n": typeof types.UpdateQuestionDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": typeof types.DeleteQuestionDocument,
    "\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      total\n      imported\n      rows {\n        row\n        ok\n        message\n      }\n    }\n  }\n": typeof types.ImportQuestionsDocument,
    "\n  query Quizzes($orgId: ID!, $first: Int!, $after: String) {\n    quizzes(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuizFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QuizzesDocument,
    "\n  query MyQuizzes($first: Int!, $after: String) {\n    myQuizzes(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuizFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyQuizzesDocument,
    "\n  mutation CreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      ...QuizFields\n    }\n  }\n": typeof types.CreateQuizDocument,
    "\n  mutation UpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      ...QuizFields\n    }\n  }\n": typeof types.UpdateQuizDocument,
    "\n  mutation CloseQuiz($id: ID!) {\n    closeQuiz(id: $id) {\n      ...QuizFields\n    }\n  }\n": typeof types.CloseQuizDocument,
    "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      ...QuizAttemptFields\n    }\n  }\n": typeof types.StartQuizAttemptDocument,
    "\n  query QuizAttempt($id: ID!) {\n    quizAttempt(id: $id) {\n      ...QuizAttemptFields\n    }\n  }\n": typeof types.QuizAttemptDocument,
    "\n  mutation SaveQuizAnswer($input: SaveQuizAnswerInput!) {\n    saveQuizAnswer(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SaveQuizAnswerDocument,
    "\n  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {\n    submitQuizAttempt(input: $input) {\n      ...QuizAttemptFields\n    }\n  }\n": typeof types.SubmitQuizAttemptDocument,
    "\n  query QuizResults($quizId: ID!, $orgId: ID, $first: Int!, $after: String) {\n    quizResults(quizId: $quizId, orgId: $orgId, first: $first, after: $after) {\n      quiz {\n        id\n        title\n        totalPoints\n        passMark\n        exportUrl\n      }\n      audience\n      participants\n      passed\n      passRate\n      average\n      edges {\n        cursor\n        node {\n          memberId\n          memberName\n          orgName\n          attempts\n          bestScore\n          passed\n          lastFinishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.QuizResultsDocument,
    "\n  fragment ReportMessageFields on ReportMessage {\n    id\n    author\n    handlerName\n    body\n    createdAt\n  }\n": typeof types.ReportMessageFieldsFragmentDoc,
    "\n  fragment ReporterReportFields on ReporterReport {\n    id\n    title\n    status\n    statusLabel\n    createdAt\n    acceptanceDueAt\n    messages {\n      ...ReportMessageFields\n    }\n  }\n": typeof types.ReporterReportFieldsFragmentDoc,
    "\n  fragment ReportCaseListFields on ReportCase {\n    id\n    title\n    status\n    statusLabel\n    anonymous\n    accusedName\n    subjectOrganizationName\n    handlingOrganizationName\n    routedUp\n    createdAt\n    acceptanceDueAt\n    overdue\n  }\n": typeof types.ReportCaseListFieldsFragmentDoc,
    "\n  fragment ReportCaseFields on ReportCase {\n    ...ReportCaseListFields\n    body\n    reporterName\n    transferDueAt\n    decidedAt\n    closedAt\n    resultDueAt\n    resultNotifiedAt\n    expiresAt\n    availableActions\n    messages {\n      ...ReportMessageFields\n    }\n    steps {\n      id\n      action\n      actionLabel\n      fromStatus\n      toStatus\n      note\n      actorName\n      createdAt\n    }\n    files {\n      id\n      name\n      contentType\n      size\n      url\n    }\n  }\n": typeof types.ReportCaseFieldsFragmentDoc,
    "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      receiptCode\n      report {\n        ...ReporterReportFields\n      }\n    }\n  }\n": typeof types.SubmitReportDocument,
    "\n  query ReportByReceipt($receiptCode: String!) {\n    reportByReceipt(receiptCode: $receiptCode) {\n      ...ReporterReportFields\n    }\n  }\n": typeof types.ReportByReceiptDocument,
    "\n  mutation ReplyByReceipt($input: ReplyByReceiptInput!) {\n    replyByReceipt(input: $input) {\n      ...ReporterReportFields\n    }\n  }\n": typeof types.ReplyByReceiptDocument,
    "\n  query MyReports($first: Int, $after: String) {\n    myReports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReporterReportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyReportsDocument,
    "\n  mutation ReplyToMyReport($input: ReplyToMyReportInput!) {\n    replyToMyReport(input: $input) {\n      ...ReporterReportFields\n    }\n  }\n": typeof types.ReplyToMyReportDocument,
    "\n  query ReportCases($status: ReportStatus, $first: Int, $after: String) {\n    reportCases(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportCaseListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ReportCasesDocument,
    "\n  query ReportCase($id: ID!) {\n    reportCase(id: $id) {\n      ...ReportCaseFields\n    }\n  }\n": typeof types.ReportCaseDocument,
    "\n  mutation HandleReport($input: HandleReportInput!) {\n    handleReport(input: $input) {\n      report {\n        ...ReportCaseFields\n      }\n    }\n  }\n": typeof types.HandleReportDocument,
    "\n  mutation SendReportMessage($input: SendReportMessageInput!) {\n    sendReportMessage(input: $input) {\n      report {\n        ...ReportCaseFields\n      }\n    }\n  }\n": typeof types.SendReportMessageDocument,
    "\n  query Roles {\n    roles {\n      name\n      label\n      description\n      builtin\n      permissions\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query Grants {\n    grants {\n      id\n      role\n      scope\n      source\n      member {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GrantsDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      grant {\n        id\n      }\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeGrant($input: IdInput!) {\n    revokeGrant(input: $input)\n  }\n": typeof types.RevokeGrantDocument,
    "\n  query Rules {\n    rules {\n      key\n      area\n      title\n      source\n      defaultParams\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n": typeof types.RulesDocument,
    "\n  mutation OverrideRule($input: OverrideRuleInput!) {\n    overrideRule(input: $input) {\n      key\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n": typeof types.OverrideRuleDocument,
    "\n  mutation ResetRule($input: ResetRuleInput!) {\n    resetRule(input: $input) {\n      key\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n": typeof types.ResetRuleDocument,
    "\n  fragment CalendarDayFields on CalendarDay {\n    date\n    kind\n    name\n    source\n    overridden\n    nationalKind\n  }\n": typeof types.CalendarDayFieldsFragmentDoc,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      seeded\n      source\n      days {\n        ...CalendarDayFields\n      }\n    }\n  }\n": typeof types.WorkingCalendarDocument,
    "\n  query WorkingDayDeadline($from: DateTime!, $workingDays: Int!) {\n    workingDayDeadline(from: $from, workingDays: $workingDays)\n  }\n": typeof types.WorkingDayDeadlineDocument,
    "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      ...CalendarDayFields\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation ResetCalendarDay($date: NaiveDate!) {\n    resetCalendarDay(date: $date) {\n      ...CalendarDayFields\n    }\n  }\n": typeof types.ResetCalendarDayDocument,
    "\n  query SecondFactorStatus {\n    viewer {\n      secondFactor {\n        enabled\n        enabledAt\n        recoveryCodesLeft\n        required\n      }\n    }\n  }\n": typeof types.SecondFactorStatusDocument,
    "\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.BeginTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input)\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  query MyStudyPlans($first: Int!, $after: String) {\n    myStudyPlans(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          description\n          organizationName\n          deadline\n          status\n          myCompleted\n          materialCount\n          continueMaterialId\n          materials {\n            materialId\n            title\n            requiredSeconds\n            seconds\n            completed\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyStudyPlansDocument,
    "\n  fragment StudyMaterialFields on StudyMaterial {\n    id\n    organizationId\n    organizationName\n    kind\n    title\n    summary\n    body\n    videoUrl\n    durationSeconds\n    fileName\n    requiredSeconds\n    archivedAt\n    createdAt\n    viewerCanManage\n    myProgress {\n      seconds\n      completed\n      completedAt\n    }\n  }\n": typeof types.StudyMaterialFieldsFragmentDoc,
    "\n  query StudyMaterial($id: ID!) {\n    studyMaterial(id: $id) {\n      ...StudyMaterialFields\n      fileUrl\n    }\n  }\n": typeof types.StudyMaterialDocument,
    "\n  mutation OpenStudyMaterial($input: StudyMaterialIdInput!) {\n    openStudyMaterial(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n": typeof types.OpenStudyMaterialDocument,
    "\n  mutation RecordStudyTime($input: RecordStudyTimeInput!) {\n    recordStudyTime(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n": typeof types.RecordStudyTimeDocument,
    "\n  mutation FinishStudyMaterial($input: StudyMaterialIdInput!) {\n    finishStudyMaterial(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n": typeof types.FinishStudyMaterialDocument,
    "\n  query StudyNotes($materialId: ID!, $first: Int!, $after: String) {\n    studyNotes(materialId: $materialId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          memberName\n          body\n          shared\n          mine\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StudyNotesDocument,
    "\n  mutation SaveStudyNote($input: SaveStudyNoteInput!) {\n    saveStudyNote(input: $input) {\n      note {\n        id\n        body\n        shared\n        mine\n        updatedAt\n      }\n    }\n  }\n": typeof types.SaveStudyNoteDocument,
    "\n  query StudyMaterials($orgId: ID!, $first: Int!, $after: String) {\n    studyMaterials(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StudyMaterialFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StudyMaterialsDocument,
    "\n  mutation CreateStudyMaterial($input: CreateStudyMaterialInput!) {\n    createStudyMaterial(input: $input) {\n      material {\n        id\n      }\n    }\n  }\n": typeof types.CreateStudyMaterialDocument,
    "\n  mutation UpdateStudyMaterial($input: UpdateStudyMaterialInput!) {\n    updateStudyMaterial(input: $input) {\n      material {\n        ...StudyMaterialFields\n      }\n    }\n  }\n": typeof types.UpdateStudyMaterialDocument,
    "\n  mutation ArchiveStudyMaterial($input: StudyMaterialIdInput!) {\n    archiveStudyMaterial(input: $input) {\n      material {\n        id\n        archivedAt\n      }\n    }\n  }\n": typeof types.ArchiveStudyMaterialDocument,
    "\n  query StudyCourses($orgId: ID!, $first: Int!, $after: String) {\n    studyCourses(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          materialIds\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StudyCoursesDocument,
    "\n  query ManagedStudyCourses($orgId: ID!, $first: Int!, $after: String) {\n    studyCourses(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          materialIds\n          materials {\n            id\n            title\n            archivedAt\n          }\n          viewerCanManage\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ManagedStudyCoursesDocument,
    "\n  mutation CreateStudyCourse($input: CreateStudyCourseInput!) {\n    createStudyCourse(input: $input) {\n      course {\n        id\n      }\n    }\n  }\n": typeof types.CreateStudyCourseDocument,
    "\n  query StudyPlans($orgId: ID!, $first: Int!, $after: String) {\n    studyPlans(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          deadline\n          status\n          assignedCount\n          completedCount\n          materialCount\n          viewerCanManage\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StudyPlansDocument,
    "\n  mutation CreateStudyPlan($input: CreateStudyPlanInput!) {\n    createStudyPlan(input: $input) {\n      plan {\n        id\n        assignedCount\n      }\n    }\n  }\n": typeof types.CreateStudyPlanDocument,
    "\n  mutation UpdateStudyCourse($input: UpdateStudyCourseInput!) {\n    updateStudyCourse(input: $input) {\n      course {\n        id\n        title\n        summary\n        materialIds\n      }\n    }\n  }\n": typeof types.UpdateStudyCourseDocument,
    "\n  query StudyPlanEdit($id: ID!) {\n    studyPlan(id: $id) {\n      id\n      organizationId\n      title\n      description\n      deadline\n      status\n      audience\n      items {\n        position\n        materialId\n        courseId\n        title\n      }\n    }\n  }\n": typeof types.StudyPlanEditDocument,
    "\n  mutation UpdateStudyPlan($input: UpdateStudyPlanInput!) {\n    updateStudyPlan(input: $input) {\n      plan {\n        id\n        title\n        deadline\n        status\n        assignedCount\n        completedCount\n        materialCount\n      }\n    }\n  }\n": typeof types.UpdateStudyPlanDocument,
    "\n  mutation CloseStudyPlan($input: StudyPlanIdInput!) {\n    closeStudyPlan(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CloseStudyPlanDocument,
    "\n  query StudyPlanBoard($planId: ID!, $first: Int!, $after: String, $incompleteOnly: Boolean!) {\n    studyPlan(id: $planId) {\n      id\n      title\n      deadline\n      status\n      organizationName\n      viewerCanManage\n      exportUrl\n    }\n    studyPlanCompletion(planId: $planId, first: $first, after: $after, incompleteOnly: $incompleteOnly) {\n      assigned\n      completed\n      organizations {\n        organizationId\n        organizationName\n        assigned\n        completed\n      }\n      people {\n        edges {\n          cursor\n          node {\n            memberId\n            memberName\n            organizationName\n            completedItems\n            totalItems\n            seconds\n            lastStudiedAt\n            completed\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.StudyPlanBoardDocument,
    "\n  mutation RemindStudyPlan($input: StudyPlanIdInput!) {\n    remindStudyPlan(input: $input) {\n      reminded\n    }\n  }\n": typeof types.RemindStudyPlanDocument,
    "\n  fragment SurveyListFields on Survey {\n    id\n    title\n    orgName\n    status\n    anonymous\n    opensAt\n    closesAt\n    myStatus {\n      eligible\n      responded\n    }\n  }\n": typeof types.SurveyListFieldsFragmentDoc,
    "\n  fragment SurveyFields on Survey {\n    id\n    title\n    description\n    orgId\n    orgName\n    status\n    anonymous\n    resultsVisibility\n    resultsVisible\n    opensAt\n    closesAt\n    closedAt\n    questions {\n      id\n      position\n      kind\n      title\n      required\n      options {\n        id\n        label\n      }\n      minChoices\n      maxChoices\n      scaleMin\n      scaleMax\n      minLabel\n      maxLabel\n    }\n    myStatus {\n      eligible\n      responded\n    }\n    turnout {\n      surveyId\n      eligible\n      responded\n    }\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n": typeof types.SurveyFieldsFragmentDoc,
    "\n  query MySurveys($first: Int!, $after: String, $pendingOnly: Boolean) {\n    mySurveys(first: $first, after: $after, pendingOnly: $pendingOnly) {\n      edges {\n        node {\n          ...SurveyListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MySurveysDocument,
    "\n  query OrgSurveys($orgId: ID!, $first: Int!, $after: String) {\n    surveys(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        node {\n          ...SurveyListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrgSurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": typeof types.SurveyDocument,
    "\n  query SurveyResults($id: ID!) {\n    surveyResults(surveyId: $id) {\n      responses\n      questions {\n        question {\n          id\n          position\n          kind\n          title\n        }\n        answered\n        choices {\n          option {\n            id\n            label\n          }\n          count\n        }\n        ratings {\n          value\n          count\n        }\n        mean\n        texts\n      }\n    }\n  }\n": typeof types.SurveyResultsDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      survey {\n        id\n      }\n    }\n  }\n": typeof types.CreateSurveyDocument,
    "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n": typeof types.SubmitSurveyResponseDocument,
    "\n  mutation CloseSurvey($input: SurveyIdInput!) {\n    closeSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n": typeof types.CloseSurveyDocument,
    "\n  mutation RemindSurveyRespondents($input: SurveyIdInput!) {\n    remindSurveyRespondents(input: $input) {\n      reminded\n    }\n  }\n": typeof types.RemindSurveyRespondentsDocument,
    "\n  query SurveyAudienceCount($orgId: ID!, $audience: SurveyAudienceInput!) {\n    surveyAudienceCount(orgId: $orgId, audience: $audience)\n  }\n": typeof types.SurveyAudienceCountDocument,
    "\n  fragment TransferLetterFields on TransferLetter {\n    id\n    memberId\n    memberName\n    line\n    fromOrgId\n    fromOrgName\n    destination\n    crossProvince\n    code\n    validUntil\n    duesPaidThrough\n    crossing\n    status\n    note\n    issuedAt\n    acceptedAt\n    receipt\n  }\n": typeof types.TransferLetterFieldsFragmentDoc,
    "\n  query TransferLetters {\n    transferLetters {\n      ...TransferLetterFields\n    }\n  }\n": typeof types.TransferLettersDocument,
    "\n  query TransferLetterByCode($code: String!) {\n    transferLetterByCode(code: $code) {\n      fromTenantName\n      fromOrgName\n      memberName\n      line\n      destination\n      validUntil\n      status\n      duesPaidThrough\n      crossing\n    }\n  }\n": typeof types.TransferLetterByCodeDocument,
    "\n  mutation IssueTransferLetter($input: IssueTransferLetterInput!) {\n    issueTransferLetter(input: $input) {\n      ...TransferLetterFields\n    }\n  }\n": typeof types.IssueTransferLetterDocument,
    "\n  mutation CancelTransferLetter($input: CancelTransferLetterInput!) {\n    cancelTransferLetter(input: $input) {\n      ...TransferLetterFields\n    }\n  }\n": typeof types.CancelTransferLetterDocument,
    "\n  mutation AcceptTransferLetter($input: AcceptTransferLetterInput!) {\n    acceptTransferLetter(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptTransferLetterDocument,
    "\n  query UnionCard {\n    unionCard {\n      name\n      orgName\n      tenantName\n      code\n      expiresAt\n    }\n  }\n": typeof types.UnionCardDocument,
    "\n  query VerifyUnionCard($code: String!) {\n    verifyUnionCard(code: $code) {\n      name\n      orgName\n    }\n  }\n": typeof types.VerifyUnionCardDocument,
    "\n  fragment VoteListFields on Vote {\n    id\n    kind\n    title\n    orgName\n    status\n    anonymous\n    opensAt\n    closesAt\n    myStatus {\n      eligible\n      voted\n    }\n  }\n": typeof types.VoteListFieldsFragmentDoc,
    "\n  fragment VoteFields on Vote {\n    id\n    kind\n    title\n    description\n    orgId\n    orgName\n    status\n    anonymous\n    resultsVisibility\n    minChoices\n    maxChoices\n    seats\n    opensAt\n    closesAt\n    closedAt\n    options {\n      id\n      label\n    }\n    myStatus {\n      eligible\n      voted\n    }\n    turnout {\n      voteId\n      eligible\n      voted\n    }\n    results {\n      option {\n        id\n        label\n      }\n      votes\n    }\n    valid\n    invalidReason\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n": typeof types.VoteFieldsFragmentDoc,
    "\n  query MyVotes($first: Int!, $after: String, $pendingOnly: Boolean) {\n    myVotes(first: $first, after: $after, pendingOnly: $pendingOnly) {\n      edges {\n        node {\n          ...VoteListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyVotesDocument,
    "\n  query OrgVotes($orgId: ID!, $first: Int!, $after: String) {\n    votes(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        node {\n          ...VoteListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrgVotesDocument,
    "\n  query Vote($id: ID!) {\n    vote(id: $id) {\n      ...VoteFields\n    }\n  }\n": typeof types.VoteDocument,
    "\n  query VoteNonVoters($id: ID!, $first: Int!, $after: String) {\n    vote(id: $id) {\n      id\n      nonVoters(first: $first, after: $after) {\n        edges {\n          node {\n            memberId\n            name\n            orgName\n            remindedCount\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.VoteNonVotersDocument,
    "\n  query VoteReceipts($id: ID!, $first: Int!, $after: String) {\n    vote(id: $id) {\n      id\n      receipts(first: $first, after: $after) {\n        edges {\n          node\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.VoteReceiptsDocument,
    "\n  query VoteElectorateCount($orgId: ID!, $electorate: ElectorateInput!) {\n    voteElectorateCount(orgId: $orgId, electorate: $electorate)\n  }\n": typeof types.VoteElectorateCountDocument,
    "\n  query VerifyBallotReceipt($voteId: ID!, $receipt: String!) {\n    verifyBallotReceipt(voteId: $voteId, receipt: $receipt) {\n      counted\n      fingerprint\n      options {\n        id\n        label\n      }\n    }\n  }\n": typeof types.VerifyBallotReceiptDocument,
    "\n  mutation CreateVote($input: CreateVoteInput!) {\n    createVote(input: $input) {\n      vote {\n        id\n        options {\n          id\n          label\n        }\n      }\n    }\n  }\n": typeof types.CreateVoteDocument,
    "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      receipt\n    }\n  }\n": typeof types.CastBallotDocument,
    "\n  mutation CloseVote($input: CloseVoteInput!) {\n    closeVote(input: $input) {\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n": typeof types.CloseVoteDocument,
    "\n  mutation RemindVoters($input: RemindVotersInput!) {\n    remindVoters(input: $input) {\n      reminded\n    }\n  }\n": typeof types.RemindVotersDocument,
    "\n  subscription VoteTurnoutChanged($voteId: ID!) {\n    voteTurnoutChanged(voteId: $voteId) {\n      voteId\n      eligible\n      voted\n    }\n  }\n": typeof types.VoteTurnoutChangedDocument,
    "\n  fragment WelfareItemFields on WelfareItem {\n    id\n    name\n    description\n    priceFen\n    subsidyFen\n    memberPriceFen\n    cashLike\n    perMemberLimit\n    orderedQuantity\n    myQuantity\n  }\n": typeof types.WelfareItemFieldsFragmentDoc,
    "\n  fragment WelfareOrderFields on WelfareOrder {\n    id\n    campaignId\n    campaignTitle\n    itemId\n    itemName\n    memberId\n    memberName\n    quantity\n    priceFen\n    subsidyFen\n    memberPayFen\n    category\n    year\n    status\n    refundFen\n    cancelReason\n    createdAt\n    cancelledAt\n  }\n": typeof types.WelfareOrderFieldsFragmentDoc,
    "\n  fragment WelfareCampaignListFields on WelfareCampaign {\n    id\n    organizationId\n    organizationName\n    kind\n    category\n    title\n    thresholdKind\n    threshold\n    deadline\n    status\n    participantCount\n    amountFen\n    progressPercent\n    viewerCanManage\n    settledAt\n    cancelReason\n    createdAt\n  }\n": typeof types.WelfareCampaignListFieldsFragmentDoc,
    "\n  fragment WelfareCampaignFields on WelfareCampaign {\n    ...WelfareCampaignListFields\n    description\n    items {\n      ...WelfareItemFields\n    }\n    myOrders {\n      ...WelfareOrderFields\n    }\n  }\n": typeof types.WelfareCampaignFieldsFragmentDoc,
    "\n  fragment WelfareDistributionFields on WelfareDistribution {\n    id\n    organizationId\n    organizationName\n    memberId\n    memberName\n    category\n    itemName\n    valueFen\n    cashLike\n    distributedOn\n    year\n    note\n    createdAt\n  }\n": typeof types.WelfareDistributionFieldsFragmentDoc,
    "\n  query WelfareCampaigns($organizationId: ID, $status: WelfareCampaignStatus, $first: Int!, $after: String) {\n    welfareCampaigns(organizationId: $organizationId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareCampaignListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WelfareCampaignsDocument,
    "\n  query WelfareCampaign($id: ID!) {\n    welfareCampaign(id: $id) {\n      ...WelfareCampaignFields\n    }\n  }\n": typeof types.WelfareCampaignDocument,
    "\n  query WelfareCampaignOrders($campaignId: ID!, $first: Int!, $after: String) {\n    welfareCampaignOrders(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareOrderFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WelfareCampaignOrdersDocument,
    "\n  query MyWelfareUsage($year: Int) {\n    myWelfareUsage(year: $year) {\n      year\n      cashAllowed\n      categories {\n        category\n        label\n        usedFen\n        capFen\n        remainingFen\n      }\n      orders {\n        ...WelfareOrderFields\n      }\n      distributions {\n        ...WelfareDistributionFields\n      }\n    }\n  }\n": typeof types.MyWelfareUsageDocument,
    "\n  query WelfareDistributions($organizationId: ID!, $year: Int, $first: Int!, $after: String) {\n    welfareDistributions(organizationId: $organizationId, year: $year, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareDistributionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WelfareDistributionsDocument,
    "\n  query WelfareStatistics($organizationId: ID!, $year: Int) {\n    welfareStatistics(organizationId: $organizationId, year: $year) {\n      year\n      organizationId\n      categories {\n        category\n        label\n        subsidyFen\n        memberPayFen\n        memberCount\n      }\n      organizations {\n        organizationId\n        organizationName\n        category\n        label\n        subsidyFen\n        memberCount\n      }\n    }\n  }\n": typeof types.WelfareStatisticsDocument,
    "\n  mutation CreateWelfareCampaign($input: CreateWelfareCampaignInput!) {\n    createWelfareCampaign(input: $input) {\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n": typeof types.CreateWelfareCampaignDocument,
    "\n  mutation CancelWelfareCampaign($id: ID!, $reason: String!) {\n    cancelWelfareCampaign(id: $id, reason: $reason) {\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n": typeof types.CancelWelfareCampaignDocument,
    "\n  mutation PlaceWelfareOrder($input: PlaceWelfareOrderInput!) {\n    placeWelfareOrder(input: $input) {\n      order {\n        ...WelfareOrderFields\n      }\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n": typeof types.PlaceWelfareOrderDocument,
    "\n  mutation CancelWelfareOrder($id: ID!) {\n    cancelWelfareOrder(id: $id) {\n      order {\n        ...WelfareOrderFields\n      }\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n": typeof types.CancelWelfareOrderDocument,
    "\n  mutation RecordWelfareDistribution($input: RecordWelfareDistributionInput!) {\n    recordWelfareDistribution(input: $input) {\n      distribution {\n        ...WelfareDistributionFields\n      }\n    }\n  }\n": typeof types.RecordWelfareDistributionDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      member {\n        id\n        name\n        email\n      }\n      tenant {\n        id\n        slug\n        name\n        timeZone\n        loginAlerts\n        secondFactorPolicy\n      }\n      secondFactor {\n        enabled\n        required\n      }\n      permissions\n      permissionsAnywhere\n      grants {\n        id\n        role\n        scope\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query Organizations($first: Int!, $after: String, $line: OrgLine) {\n    organizations(first: $first, after: $after, line: $line) {\n      edges {\n        node {\n          id\n          name\n          line\n          kind\n          kindLabel\n          path\n          depth\n          isJoint\n          isVirtual\n          archivedAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query MemberSearch($search: String) {\n    members(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MemberSearchDocument,
    "\n  query MemberName($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Member {\n        name\n        organization {\n          name\n        }\n      }\n    }\n  }\n": types.MemberNameDocument,
    "\n  mutation BeginUpload($input: BeginUploadInput!) {\n    beginUpload(input: $input) {\n      file {\n        id\n        name\n        contentType\n        size\n        status\n        isImage\n      }\n      url\n      method\n      headers {\n        name\n        value\n      }\n      needsCompletion\n    }\n  }\n": types.BeginUploadDocument,
    "\n  mutation CompleteUpload($fileId: ID!) {\n    completeUpload(fileId: $fileId) {\n      id\n      name\n      contentType\n      size\n      status\n      isImage\n    }\n  }\n": types.CompleteUploadDocument,
    "\n  query FileUrl($id: ID!) {\n    file(id: $id) {\n      url\n    }\n  }\n": types.FileUrlDocument,
    "\n  fragment ActivityListFields on Activity {\n    id\n    title\n    kind\n    status\n    orgName\n    place\n    startsAt\n    endsAt\n    registrationDeadline\n    registrationOpen\n    capacity\n    registeredCount\n    waitlistedCount\n    volunteerHours\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      checkedInAt\n      hours\n    }\n  }\n": types.ActivityListFieldsFragmentDoc,
    "\n  fragment ActivityFields on Activity {\n    ...ActivityListFields\n    orgId\n    description\n    approvalRequired\n    pendingCount\n    cancelReason\n    geofence {\n      latitude\n      longitude\n      radiusM\n    }\n    fields {\n      id\n      label\n      kind\n      required\n      options\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      checkedInAt\n      hours\n      answers {\n        fieldId\n        label\n        value\n      }\n    }\n    viewerInvited\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query Activities($orgId: ID, $past: Boolean!, $after: ID) {\n    activities(orgId: $orgId, past: $past, first: 20, after: $after) {\n      ...ActivityListFields\n    }\n  }\n": types.ActivitiesDocument,
    "\n  query ActivitiesInWindow($orgId: ID, $from: DateTime!, $to: DateTime!) {\n    activities(orgId: $orgId, from: $from, to: $to, first: 100) {\n      ...ActivityListFields\n    }\n  }\n": types.ActivitiesInWindowDocument,
    "\n  query MyActivities {\n    myActivities {\n      ...ActivityListFields\n    }\n  }\n": types.MyActivitiesDocument,
    "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFields\n    }\n  }\n": types.ActivityDocument,
    "\n  query ActivityRoster($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFields\n      registrations {\n        id\n        memberId\n        memberName\n        status\n        seq\n        registeredAt\n        checkedInAt\n        checkInMethod\n        hours\n        answers {\n          fieldId\n          label\n          value\n        }\n      }\n      statistics {\n        registered\n        waitlisted\n        pending\n        attended\n        noShows\n        rate\n        hours\n      }\n    }\n  }\n": types.ActivityRosterDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation RegisterForActivity($input: RegisterForActivityInput!) {\n    registerForActivity(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n": types.RegisterForActivityDocument,
    "\n  mutation CancelActivityRegistration($input: CancelActivityRegistrationInput!) {\n    cancelActivityRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n": types.CancelActivityRegistrationDocument,
    "\n  mutation CancelActivity($input: CancelActivityInput!) {\n    cancelActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n": types.CancelActivityDocument,
    "\n  mutation DecideActivityRegistration($input: DecideActivityRegistrationInput!) {\n    decideActivityRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n": types.DecideActivityRegistrationDocument,
    "\n  mutation RecordActivityAttendance($input: RecordActivityAttendanceInput!) {\n    recordActivityAttendance(input: $input) {\n      registration {\n        id\n        checkedInAt\n        hours\n      }\n    }\n  }\n": types.RecordActivityAttendanceDocument,
    "\n  mutation SetVolunteerHours($input: SetVolunteerHoursInput!) {\n    setVolunteerHours(input: $input) {\n      registration {\n        id\n        hours\n      }\n    }\n  }\n": types.SetVolunteerHoursDocument,
    "\n  mutation CheckInToActivity($input: CheckInToActivityInput!) {\n    checkInToActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n": types.CheckInToActivityDocument,
    "\n  query ActivityCheckInCode($activityId: ID!) {\n    activityCheckInCode(activityId: $activityId) {\n      code\n      url\n      expiresAt\n      refreshInSeconds\n    }\n  }\n": types.ActivityCheckInCodeDocument,
    "\n  query MyVolunteerHours($year: Int) {\n    myVolunteerHours(year: $year) {\n      year\n      totalHours\n      activities\n      entries {\n        id\n        activityId\n        activityTitle\n        orgName\n        startsAt\n        kind\n        hours\n        reason\n        recordedAt\n      }\n    }\n  }\n": types.MyVolunteerHoursDocument,
    "\n  query ActivityStatistics($orgId: ID!, $year: Int) {\n    activityStatistics(orgId: $orgId, year: $year) {\n      year\n      activities\n      totals {\n        registered\n        attended\n        noShows\n        rate\n        hours\n      }\n      lines {\n        activityId\n        title\n        kind\n        startsAt\n        status\n        participation {\n          registered\n          waitlisted\n          attended\n          noShows\n          rate\n          hours\n        }\n      }\n      members {\n        memberId\n        memberName\n        activities\n        hours\n      }\n    }\n  }\n": types.ActivityStatisticsDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  query ActivityPhotos($id: ID!) {\n    activity(id: $id) {\n      id\n      viewerCanAddPhotos\n      viewerCanManage\n      photos {\n        id\n        url\n        caption\n        addedByName\n        addedAt\n        viewerCanRemove\n        file {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ActivityPhotosDocument,
    "\n  mutation AddActivityPhotos($input: AddActivityPhotosInput!) {\n    addActivityPhotos(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n": types.AddActivityPhotosDocument,
    "\n  mutation RemoveActivityPhoto($input: RemoveActivityPhotoInput!) {\n    removeActivityPhoto(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n": types.RemoveActivityPhotoDocument,
    "\n  mutation DraftArticleFromAlbum($input: DraftArticleFromAlbumInput!) {\n    draftArticleFromAlbum(input: $input) {\n      article {\n        id\n      }\n    }\n  }\n": types.DraftArticleFromAlbumDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($input: IdInput!) {\n    revokeApiKey(input: $input)\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment AssessmentLedgerFields on AssessmentLedger {\n    scheme {\n      id\n      name\n      organizationId\n      organizationName\n      periodKind\n      year\n      quarter\n      targetKind\n      starThresholds\n      status\n      computedAt\n    }\n    fullScore\n    canManage\n    indicators {\n      id\n      position\n      name\n      description\n      weight\n      method\n      metric\n      metricLabel\n      target\n    }\n    results {\n      organizationId\n      organizationName\n      total\n      rank\n      stars\n      scores {\n        indicatorId\n        score\n        numerator\n        denominator\n        recordsTotal\n        note\n        manual\n        updatedAt\n      }\n    }\n  }\n": types.AssessmentLedgerFieldsFragmentDoc,
    "\n  query AssessmentSchemes($year: Int) {\n    assessmentSchemes(year: $year) {\n      id\n      name\n      organizationName\n      periodKind\n      year\n      quarter\n      targetKind\n      status\n      computedAt\n    }\n  }\n": types.AssessmentSchemesDocument,
    "\n  query AssessmentLedger($schemeId: ID!) {\n    assessmentLedger(schemeId: $schemeId) {\n      ...AssessmentLedgerFields\n    }\n  }\n": types.AssessmentLedgerDocument,
    "\n  query AssessmentRecords($schemeId: ID!, $indicatorId: ID!, $organizationId: ID!) {\n    assessmentRecords(schemeId: $schemeId, indicatorId: $indicatorId, organizationId: $organizationId) {\n      total\n      records {\n        kind\n        id\n        title\n        on\n        counted\n        note\n      }\n    }\n  }\n": types.AssessmentRecordsDocument,
    "\n  query AssessmentReports($schemeId: ID!, $organizationId: ID!) {\n    assessmentReports(schemeId: $schemeId, organizationId: $organizationId) {\n      id\n      indicatorId\n      text\n      authorName\n      createdAt\n      files {\n        id\n        fileName\n        url\n      }\n    }\n  }\n": types.AssessmentReportsDocument,
    "\n  mutation CreateAssessmentScheme($input: CreateAssessmentSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n": types.CreateAssessmentSchemeDocument,
    "\n  mutation RecomputeAssessment($schemeId: ID!) {\n    recomputeAssessment(schemeId: $schemeId) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n": types.RecomputeAssessmentDocument,
    "\n  mutation ScoreAssessmentIndicator($input: ScoreAssessmentIndicatorInput!) {\n    scoreAssessmentIndicator(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n": types.ScoreAssessmentIndicatorDocument,
    "\n  mutation SubmitAssessmentReport($input: SubmitAssessmentReportInput!) {\n    submitAssessmentReport(input: $input) {\n      report {\n        id\n      }\n    }\n  }\n": types.SubmitAssessmentReportDocument,
    "\n  mutation SetAssessmentStars($input: SetAssessmentStarsInput!) {\n    setAssessmentStars(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n": types.SetAssessmentStarsDocument,
    "\n  mutation CloseAssessmentScheme($schemeId: ID!) {\n    closeAssessmentScheme(schemeId: $schemeId) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n": types.CloseAssessmentSchemeDocument,
    "\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          actorKind\n          actorName\n          action\n          objectType\n          objectId\n          result\n          requestId\n          ip\n          detail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    auditChainBreak\n  }\n": types.AuditLogDocument,
    "\n  query Retention($first: Int!, $after: String) {\n    retentionPolicy {\n      auditLogDays\n      readNotificationDays\n      source\n      overridden\n      dueAuditRows\n      dueNotifications\n    }\n    retentionPurges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          ranAt\n          kind\n          keepDays\n          cutoff\n          purged\n          firstSeq\n          lastSeq\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RetentionDocument,
    "\n  fragment LastMessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    replyToSeq\n    recalledAt\n    conversationId\n  }\n": types.LastMessageFieldsFragmentDoc,
    "\n  fragment ChatMessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    replyToSeq\n    recalledAt\n    recalledBy\n    conversationId\n    mentionIds\n    mentionsAll\n    mentionsViewer\n    attachment {\n      id\n      name\n      contentType\n      size\n      isImage\n      url\n    }\n    readCount {\n      read\n      of\n    }\n  }\n": types.ChatMessageFieldsFragmentDoc,
    "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    unreadCount\n    lastSeq\n    lastMessage {\n      ...LastMessageFields\n    }\n    organization {\n      id\n    }\n    broadcastOnly\n    pinnedNotice\n    viewerIsAdmin\n  }\n": types.ConversationFieldsFragmentDoc,
    "\n  query Conversations($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  query ChatUnread($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n": types.ChatUnreadDocument,
    "\n  query ChatMessages($conversationId: ID!, $first: Int!, $beforeSeq: Int) {\n    messages(conversationId: $conversationId, first: $first, beforeSeq: $beforeSeq) {\n      ...ChatMessageFields\n    }\n  }\n": types.ChatMessagesDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ChatMessageFields\n      }\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input)\n  }\n": types.MarkConversationReadDocument,
    "\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...ChatMessageFields\n    }\n  }\n": types.MessageAddedDocument,
    "\n  subscription MessageChanged($conversationId: ID!) {\n    messageChanged(conversationId: $conversationId) {\n      ...ChatMessageFields\n    }\n  }\n": types.MessageChangedDocument,
    "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n": types.ConversationDocument,
    "\n  query ConversationMembers($conversationId: ID!, $first: Int!, $offset: Int!) {\n    conversationMembers(conversationId: $conversationId, first: $first, offset: $offset) {\n      items {\n        id\n        name\n        isAdmin\n        muted\n        mutedUntil\n      }\n      totalCount\n    }\n  }\n": types.ConversationMembersDocument,
    "\n  query SearchMessages($conversationId: ID!, $query: String!, $first: Int!, $beforeSeq: Int) {\n    searchMessages(conversationId: $conversationId, query: $query, first: $first, beforeSeq: $beforeSeq) {\n      ...ChatMessageFields\n    }\n  }\n": types.SearchMessagesDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...ConversationFields\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation OpenDirectConversation($memberId: ID!) {\n    openDirectConversation(memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n": types.OpenDirectConversationDocument,
    "\n  mutation AddConversationMembers($input: AddConversationMembersInput!) {\n    addConversationMembers(input: $input)\n  }\n": types.AddConversationMembersDocument,
    "\n  mutation RemoveConversationMember($input: ConversationMemberInput!) {\n    removeConversationMember(input: $input)\n  }\n": types.RemoveConversationMemberDocument,
    "\n  mutation SetConversationAdmin($input: SetConversationAdminInput!) {\n    setConversationAdmin(input: $input)\n  }\n": types.SetConversationAdminDocument,
    "\n  mutation UpdateConversation($input: UpdateConversationInput!) {\n    updateConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n": types.UpdateConversationDocument,
    "\n  mutation RecallMessage($input: MessageRefInput!) {\n    recallMessage(input: $input) {\n      ...ChatMessageFields\n    }\n  }\n": types.RecallMessageDocument,
    "\n  mutation MuteMember($input: MuteMemberInput!) {\n    muteMember(input: $input)\n  }\n": types.MuteMemberDocument,
    "\n  mutation UnmuteMember($input: ConversationMemberInput!) {\n    unmuteMember(input: $input)\n  }\n": types.UnmuteMemberDocument,
    "\n  mutation ReportMessage($input: ReportMessageInput!, $content: ReportContentInput!) {\n    reportMessage(input: $input)\n    reportContent(input: $content) {\n      newReport\n      hidden\n    }\n  }\n": types.ReportMessageDocument,
    "\n  query ChatWords {\n    chatWords {\n      word\n      action\n    }\n  }\n": types.ChatWordsDocument,
    "\n  mutation SetChatWord($input: SetChatWordInput!) {\n    setChatWord(input: $input) {\n      word\n      action\n    }\n  }\n": types.SetChatWordDocument,
    "\n  mutation RemoveChatWord($word: String!) {\n    removeChatWord(word: $word)\n  }\n": types.RemoveChatWordDocument,
    "\n  fragment ContestFields on Contest {\n    id\n    orgId\n    orgName\n    bankId\n    bankName\n    title\n    status\n    questionCount\n    secondsPerQuestion\n    pointsPerQuestion\n    participantCount\n    canHost\n    joined\n    startedAt\n    finishedAt\n    createdAt\n  }\n": types.ContestFieldsFragmentDoc,
    "\n  fragment ContestLiveFields on ContestLive {\n    contestId\n    status\n    phase\n    questionCount\n    serverNow\n    question {\n      position\n      kind\n      stem\n      options\n      blankCount\n      startedAt\n      deadline\n      correctAnswer\n      explanation\n    }\n  }\n": types.ContestLiveFieldsFragmentDoc,
    "\n  fragment ContestStandingFields on ContestStanding {\n    rank\n    memberId\n    memberName\n    orgName\n    score\n    correctCount\n    answeredCount\n    answerMs\n  }\n": types.ContestStandingFieldsFragmentDoc,
    "\n  fragment ContestLeaderboardFields on ContestLeaderboard {\n    contestId\n    participants\n    answeredCurrent\n    members {\n      ...ContestStandingFields\n    }\n    branches {\n      rank\n      orgId\n      orgName\n      participants\n      totalScore\n      averageScore\n    }\n  }\n": types.ContestLeaderboardFieldsFragmentDoc,
    "\n  query Contests($first: Int!, $after: String) {\n    contests(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ContestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ContestsDocument,
    "\n  query Contest($id: ID!) {\n    contest(id: $id) {\n      ...ContestFields\n    }\n  }\n": types.ContestDocument,
    "\n  query ContestLive($contestId: ID!) {\n    contestLive(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n": types.ContestLiveDocument,
    "\n  query ContestLeaderboard($contestId: ID!) {\n    contestLeaderboard(contestId: $contestId) {\n      ...ContestLeaderboardFields\n    }\n  }\n": types.ContestLeaderboardDocument,
    "\n  query MyContestStanding($contestId: ID!) {\n    myContestStanding(contestId: $contestId) {\n      ...ContestStandingFields\n    }\n  }\n": types.MyContestStandingDocument,
    "\n  mutation CreateContest($input: CreateContestInput!) {\n    createContest(input: $input) {\n      ...ContestFields\n    }\n  }\n": types.CreateContestDocument,
    "\n  mutation JoinContest($contestId: ID!) {\n    joinContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n": types.JoinContestDocument,
    "\n  mutation StartContest($contestId: ID!) {\n    startContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n": types.StartContestDocument,
    "\n  mutation NextContestQuestion($contestId: ID!) {\n    nextContestQuestion(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n": types.NextContestQuestionDocument,
    "\n  mutation RevealContestAnswer($contestId: ID!) {\n    revealContestAnswer(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n": types.RevealContestAnswerDocument,
    "\n  mutation FinishContest($contestId: ID!) {\n    finishContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n": types.FinishContestDocument,
    "\n  mutation AnswerContestQuestion($input: AnswerContestQuestionInput!) {\n    answerContestQuestion(input: $input) {\n      position\n      elapsedMs\n    }\n  }\n": types.AnswerContestQuestionDocument,
    "\n  subscription ContestStateChanged($contestId: ID!) {\n    contestStateChanged(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n": types.ContestStateChangedDocument,
    "\n  subscription ContestLeaderboardChanged($contestId: ID!) {\n    contestLeaderboardChanged(contestId: $contestId) {\n      ...ContestLeaderboardFields\n    }\n  }\n": types.ContestLeaderboardChangedDocument,
    "\n  query Dashboard {\n    dashboard {\n      memberTotal\n      membersByLine {\n        key\n        count\n      }\n      membersByPoliticalStatus {\n        key\n        count\n      }\n      organizationsByLine {\n        key\n        count\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  fragment OrgDashboardFields on OrgDashboard {\n    organization {\n      id\n      name\n    }\n    generatedAt\n    asOf\n    members {\n      total\n      byLine {\n        key\n        count\n      }\n      byPoliticalStatus {\n        key\n        count\n      }\n      byGender {\n        key\n        count\n      }\n      byAgeBand {\n        key\n        count\n      }\n      byEducation {\n        key\n        count\n      }\n      byJoinYear {\n        key\n        count\n      }\n    }\n    pipeline {\n      stage\n      members\n      overdue\n      dueSoon\n    }\n    meetings {\n      required\n      done\n      scheduled\n      due\n      overdue\n      missedLast12Months\n      complianceRate\n    }\n    dues {\n      year\n      dueFen\n      paidFen\n      collectionRate\n      arrearsMembers\n      arrearsFen\n    }\n    notices {\n      notices\n      required\n      acknowledged\n      acknowledgementRate\n    }\n    participation {\n      votes\n      voteEligible\n      voteVoted\n      surveys\n      surveyAsked\n      surveyResponded\n      activities\n      activityRegistered\n      activityCheckedIn\n      participants\n      members\n      participationRate\n    }\n    study {\n      plans\n      assigned\n      completed\n      completionRate\n    }\n    points {\n      year\n      yearTotal\n      total\n      earners\n    }\n    grid {\n      total\n      open\n      closed\n      overdue\n      withFeedback\n      onTime\n      onTimeRate\n    }\n    engagement {\n      weekStart\n      label\n      active\n    }\n  }\n": types.OrgDashboardFieldsFragmentDoc,
    "\n  query OrgDashboard($organizationId: ID) {\n    orgDashboard(organizationId: $organizationId) {\n      ...OrgDashboardFields\n    }\n  }\n": types.OrgDashboardDocument,
    "\n  subscription OrgDashboardUpdated($organizationId: ID!) {\n    orgDashboardUpdated(organizationId: $organizationId) {\n      ...OrgDashboardFields\n    }\n  }\n": types.OrgDashboardUpdatedDocument,
    "\n  fragment DuesEntryFields on DuesEntry {\n    id\n    memberId\n    memberName\n    line\n    month\n    kind\n    amountFen\n    method\n    receiptNo\n    ruleKey\n    baseFen\n    note\n    corrects\n    recordedBy\n    createdAt\n  }\n": types.DuesEntryFieldsFragmentDoc,
    "\n  fragment DuesBaseFields on DuesBase {\n    id\n    memberId\n    line\n    category\n    baseFen\n    fromMonth\n    newPayMonth\n    source\n    createdAt\n  }\n": types.DuesBaseFieldsFragmentDoc,
    "\n  query DuesRollup($organizationId: ID, $line: DuesLine!, $fromMonth: String!, $toMonth: String!) {\n    duesRollup(organizationId: $organizationId, line: $line, fromMonth: $fromMonth, toMonth: $toMonth) {\n      orgId\n      orgName\n      month\n      billedFen\n      correctedFen\n      paidFen\n      membersBilled\n      membersPaid\n    }\n  }\n": types.DuesRollupDocument,
    "\n  query DuesArrears($organizationId: ID, $line: DuesLine!) {\n    duesArrears(organizationId: $organizationId, line: $line) {\n      memberId\n      memberName\n      orgName\n      owedFen\n      monthsOwed\n      oldestMonth\n      lapseWarning\n      lapseMonths\n    }\n  }\n": types.DuesArrearsDocument,
    "\n  query DuesBases($memberId: ID!) {\n    duesBases(memberId: $memberId) {\n      ...DuesBaseFields\n    }\n  }\n": types.DuesBasesDocument,
    "\n  query DuesStatement($memberId: ID!, $line: DuesLine!) {\n    duesStatement(memberId: $memberId, line: $line) {\n      ...DuesEntryFields\n    }\n  }\n": types.DuesStatementDocument,
    "\n  query DuesStanding($memberId: ID!, $line: DuesLine!) {\n    duesStanding(memberId: $memberId, line: $line) {\n      paidThrough\n      fromTenantName\n    }\n  }\n": types.DuesStandingDocument,
    "\n  query MyDues($memberId: ID!) {\n    party: duesStatement(memberId: $memberId, line: PARTY) {\n      ...DuesEntryFields\n    }\n    union: duesStatement(memberId: $memberId, line: UNION) {\n      ...DuesEntryFields\n    }\n    youth: duesStatement(memberId: $memberId, line: YOUTH) {\n      ...DuesEntryFields\n    }\n    duesBases(memberId: $memberId) {\n      ...DuesBaseFields\n    }\n  }\n": types.MyDuesDocument,
    "\n  mutation SetDuesBase($input: SetDuesBaseInput!) {\n    setDuesBase(input: $input) {\n      ...DuesBaseFields\n    }\n  }\n": types.SetDuesBaseDocument,
    "\n  mutation GenerateDuesBills($input: GenerateDuesBillsInput!) {\n    generateDuesBills(input: $input) {\n      written\n    }\n  }\n": types.GenerateDuesBillsDocument,
    "\n  mutation RecordDuesPayment($input: RecordDuesPaymentInput!) {\n    recordDuesPayment(input: $input) {\n      ...DuesEntryFields\n    }\n  }\n": types.RecordDuesPaymentDocument,
    "\n  mutation RemindDuesArrears($input: RemindDuesArrearsInput!) {\n    remindDuesArrears(input: $input) {\n      reminded\n    }\n  }\n": types.RemindDuesArrearsDocument,
    "\n  mutation CorrectDuesEntry($input: CorrectDuesEntryInput!) {\n    correctDuesEntry(input: $input) {\n      ...DuesEntryFields\n    }\n  }\n": types.CorrectDuesEntryDocument,
    "\n  mutation ImportDuesBases($input: ImportDuesBasesInput!) {\n    importDuesBases(input: $input) {\n      total\n      imported\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportDuesBasesDocument,
    "\n  fragment EvaluationCampaignFields on EvaluationCampaign {\n    id\n    orgId\n    orgName\n    year\n    title\n    stage\n    memberCount\n    selfAssessedCount\n    peerTurnout\n    excellentCap\n    excellentProposed\n    excellentDecided\n    capWarning\n    capRuleTitle\n    capRuleSource\n    viewerIsOfficer\n    viewerCanManage\n    viewerIsParticipant\n    viewerSelfAssessed\n    viewerPeerSubmitted\n    members {\n      memberId\n      name\n      selfAssessment\n      peerTally {\n        excellent\n        qualified\n        basicallyQualified\n        unqualified\n        total\n      }\n      peerComments\n      proposedGrade\n      proposedReason\n      finalGrade\n      finalReason\n    }\n  }\n": types.EvaluationCampaignFieldsFragmentDoc,
    "\n  query MyEvaluation {\n    myEvaluation {\n      ...EvaluationCampaignFields\n    }\n  }\n": types.MyEvaluationDocument,
    "\n  query EvaluationCampaigns($orgId: ID!) {\n    evaluationCampaigns(orgId: $orgId) {\n      ...EvaluationCampaignFields\n    }\n  }\n": types.EvaluationCampaignsDocument,
    "\n  mutation StartEvaluation($input: StartEvaluationInput!) {\n    startEvaluation(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": types.StartEvaluationDocument,
    "\n  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {\n    submitSelfAssessment(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": types.SubmitSelfAssessmentDocument,
    "\n  mutation SubmitPeerRatings($input: SubmitPeerRatingsInput!) {\n    submitPeerRatings(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": types.SubmitPeerRatingsDocument,
    "\n  mutation AdvanceEvaluation($input: AdvanceEvaluationInput!) {\n    advanceEvaluation(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": types.AdvanceEvaluationDocument,
    "\n  mutation ProposeGrades($input: ProposeGradesInput!) {\n    proposeGrades(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": types.ProposeGradesDocument,
    "\n  mutation DecideGrades($input: DecideGradesInput!) {\n    decideGrades(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n": types.DecideGradesDocument,
    "\n  fragment GridFileFields on GridFile {\n    fileId\n    fileName\n    contentType\n    url\n  }\n": types.GridFileFieldsFragmentDoc,
    "\n  fragment GridCaseListFields on GridCase {\n    id\n    number\n    state\n    stateLabel\n    gridId\n    gridName\n    categoryKey\n    categoryName\n    title\n    assigneeName\n    reportedAt\n    currentDueAt\n    overdue\n    isMine\n    actions\n    photos {\n      ...GridFileFields\n    }\n  }\n": types.GridCaseListFieldsFragmentDoc,
    "\n  fragment GridCaseDetailFields on GridCase {\n    ...GridCaseListFields\n    description\n    location {\n      latitude\n      longitude\n      address\n    }\n    reporterName\n    reporterHidden\n    assigneeMemberId\n    assigneeOrgId\n    dispatcherName\n    acceptDueAt\n    dueAt\n    resolved\n    rating\n    ratingComment\n    acceptedAt\n    dispatchedAt\n    closedAt\n    updatedAt\n    timeline {\n      id\n      kind\n      fromState\n      toState\n      actorName\n      note\n      createdAt\n      files {\n        ...GridFileFields\n      }\n    }\n  }\n": types.GridCaseDetailFieldsFragmentDoc,
    "\n  query GridCaseCategories {\n    gridCaseCategories {\n      key\n      name\n      acceptHours\n      resolveHours\n    }\n  }\n": types.GridCaseCategoriesDocument,
    "\n  query MyGrids {\n    myGrids {\n      id\n      name\n      path\n    }\n  }\n": types.MyGridsDocument,
    "\n  query GridCases(\n    $first: Int\n    $after: String\n    $gridId: ID\n    $state: GridCaseState\n    $categoryKey: String\n    $overdueOnly: Boolean\n    $search: String\n    $mine: Boolean\n  ) {\n    gridCases(\n      first: $first\n      after: $after\n      gridId: $gridId\n      state: $state\n      categoryKey: $categoryKey\n      overdueOnly: $overdueOnly\n      search: $search\n      mine: $mine\n    ) {\n      edges {\n        cursor\n        node {\n          ...GridCaseListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GridCasesDocument,
    "\n  query GridCase($id: ID!) {\n    gridCase(id: $id) {\n      ...GridCaseDetailFields\n    }\n  }\n": types.GridCaseDocument,
    "\n  mutation ReportGridCase($input: ReportGridCaseInput!) {\n    reportGridCase(input: $input) {\n      case {\n        ...GridCaseListFields\n      }\n    }\n  }\n": types.ReportGridCaseDocument,
    "\n  mutation AcceptGridCase($input: AcceptGridCaseInput!) {\n    acceptGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": types.AcceptGridCaseDocument,
    "\n  mutation CancelGridCase($input: CancelGridCaseInput!) {\n    cancelGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": types.CancelGridCaseDocument,
    "\n  mutation DispatchGridCase($input: DispatchGridCaseInput!) {\n    dispatchGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": types.DispatchGridCaseDocument,
    "\n  mutation StartGridCase($input: StartGridCaseInput!) {\n    startGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": types.StartGridCaseDocument,
    "\n  mutation SubmitGridCaseFeedback($input: SubmitGridCaseFeedbackInput!) {\n    submitGridCaseFeedback(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": types.SubmitGridCaseFeedbackDocument,
    "\n  mutation CloseGridCase($input: CloseGridCaseInput!) {\n    closeGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": types.CloseGridCaseDocument,
    "\n  mutation ReopenGridCase($input: ReopenGridCaseInput!) {\n    reopenGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": types.ReopenGridCaseDocument,
    "\n  mutation RateGridCase($input: RateGridCaseInput!) {\n    rateGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n": types.RateGridCaseDocument,
    "\n  fragment TaskBoardCardFields on TaskBoardCard {\n    id\n    kind\n    caseId\n    taskId\n    number\n    title\n    state\n    gridId\n    gridName\n    categoryName\n    assigneeName\n    dueAt\n    overdue\n    secondsLeft\n    thumbnailUrl\n    actions\n  }\n": types.TaskBoardCardFieldsFragmentDoc,
    "\n  fragment TaskBoardColumnFields on TaskBoardColumn {\n    state\n    label\n    count\n    overdueCount\n    endCursor\n    hasMore\n    cards {\n      ...TaskBoardCardFields\n    }\n  }\n": types.TaskBoardColumnFieldsFragmentDoc,
    "\n  query TaskBoard($orgId: ID!, $filter: TaskBoardFilter, $first: Int) {\n    taskBoard(orgId: $orgId, filter: $filter, first: $first) {\n      orgId\n      columns {\n        ...TaskBoardColumnFields\n      }\n    }\n  }\n": types.TaskBoardDocument,
    "\n  query TaskBoardColumn($orgId: ID!, $state: GridCaseState!, $filter: TaskBoardFilter, $first: Int, $after: String) {\n    taskBoardColumn(orgId: $orgId, state: $state, filter: $filter, first: $first, after: $after) {\n      ...TaskBoardColumnFields\n    }\n  }\n": types.TaskBoardColumnDocument,
    "\n  subscription TaskBoardChanged($orgId: ID!) {\n    taskBoardChanged(orgId: $orgId) {\n      kind\n      fromState\n      toState\n      card {\n        ...TaskBoardCardFields\n      }\n    }\n  }\n": types.TaskBoardChangedDocument,
    "\n  query GridStatistics($orgId: ID!, $from: NaiveDate!, $to: NaiveDate!, $gridId: ID) {\n    gridStatistics(orgId: $orgId, from: $from, to: $to, gridId: $gridId) {\n      total\n      resolutionRate\n      onTimeRate\n      medianHoursToAccept\n      medianHoursToClose\n      mediationSuccessRate\n      ratingAverage\n      byCategory {\n        key\n        name\n        count\n      }\n      byState {\n        state\n        label\n        count\n      }\n      perGrid {\n        gridId\n        gridName\n        total\n        closed\n        overdue\n        resolutionRate\n        ratingAverage\n      }\n    }\n  }\n": types.GridStatisticsDocument,
    "\n  fragment GridAssignmentFields on GridAssignment {\n    id\n    gridId\n    gridName\n    memberId\n    memberName\n    role\n    startsOn\n    endsOn\n    active\n  }\n": types.GridAssignmentFieldsFragmentDoc,
    "\n  query GridAssignments($gridId: ID, $memberId: ID, $activeOnly: Boolean) {\n    gridAssignments(gridId: $gridId, memberId: $memberId, activeOnly: $activeOnly) {\n      ...GridAssignmentFields\n    }\n  }\n": types.GridAssignmentsDocument,
    "\n  mutation AssignGridWorker($input: AssignGridWorkerInput!) {\n    assignGridWorker(input: $input) {\n      assignment {\n        ...GridAssignmentFields\n      }\n    }\n  }\n": types.AssignGridWorkerDocument,
    "\n  mutation EndGridAssignment($input: EndGridAssignmentInput!) {\n    endGridAssignment(input: $input) {\n      assignment {\n        ...GridAssignmentFields\n      }\n    }\n  }\n": types.EndGridAssignmentDocument,
    "\n  fragment SupervisionTaskFields on SupervisionTask {\n    id\n    number\n    orgId\n    orgName\n    title\n    description\n    dueAt\n    overdue\n    createdAt\n    createdByName\n    total\n    reported\n    closed\n    files {\n      ...GridFileFields\n    }\n    targets {\n      orgId\n      orgName\n      state\n      report\n      reportedAt\n      reportedByName\n      reviewNote\n      closedAt\n      overdue\n      files {\n        ...GridFileFields\n      }\n    }\n  }\n": types.SupervisionTaskFieldsFragmentDoc,
    "\n  query SupervisionTasks($first: Int, $after: String, $orgId: ID, $state: SupervisionTaskState, $overdueOnly: Boolean) {\n    supervisionTasks(first: $first, after: $after, orgId: $orgId, state: $state, overdueOnly: $overdueOnly) {\n      edges {\n        cursor\n        node {\n          ...SupervisionTaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SupervisionTasksDocument,
    "\n  mutation CreateSupervisionTask($input: CreateSupervisionTaskInput!) {\n    createSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n": types.CreateSupervisionTaskDocument,
    "\n  mutation ReportSupervisionTask($input: ReportSupervisionTaskInput!) {\n    reportSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n": types.ReportSupervisionTaskDocument,
    "\n  mutation ReviewSupervisionTask($input: ReviewSupervisionTaskInput!) {\n    reviewSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n": types.ReviewSupervisionTaskDocument,
    "\n  fragment IdeaCardFields on Idea {\n    id\n    orgName\n    title\n    body\n    anonymous\n    author {\n      id\n      name\n    }\n    status\n    statusLabel\n    decisionReason\n    supportCount\n    commentCount\n    viewerSupports\n    isMine\n    canSupport\n    hidden\n    createdAt\n    actions\n  }\n": types.IdeaCardFieldsFragmentDoc,
    "\n  query Ideas($orgId: ID!, $status: IdeaStatus, $sort: IdeaSort, $first: Int, $after: String) {\n    ideas(orgId: $orgId, status: $status, sort: $sort, first: $first, after: $after) {\n      edges {\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.IdeasDocument,
    "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      timeline {\n        id\n        status\n        statusLabel\n        actorName\n        note\n        createdAt\n      }\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            authorName\n            body\n            hidden\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.IdeaDocument,
    "\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": types.SubmitIdeaDocument,
    "\n  mutation SupportIdea($input: IdeaInput!) {\n    supportIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": types.SupportIdeaDocument,
    "\n  mutation WithdrawIdeaSupport($input: IdeaInput!) {\n    withdrawIdeaSupport(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": types.WithdrawIdeaSupportDocument,
    "\n  mutation ReviewIdea($input: ReviewIdeaInput!) {\n    reviewIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": types.ReviewIdeaDocument,
    "\n  mutation DecideIdea($input: DecideIdeaInput!) {\n    decideIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": types.DecideIdeaDocument,
    "\n  mutation MarkIdeaImplemented($input: MarkIdeaImplementedInput!) {\n    markIdeaImplemented(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n": types.MarkIdeaImplementedDocument,
    "\n  mutation CommentOnIdea($input: CommentOnIdeaInput!) {\n    commentOnIdea(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n": types.CommentOnIdeaDocument,
    "\n  mutation ReportIdeaContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      newReport\n      hidden\n    }\n  }\n": types.ReportIdeaContentDocument,
    "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      name\n      timeZone\n      loginAlerts\n      secondFactorPolicy\n    }\n  }\n": types.UpdateTenantSettingsDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        tenant {\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        tenant {\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        member {\n          name\n        }\n        tenant {\n          name\n        }\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      ip\n      createdAt\n      expiresAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($input: IdInput!) {\n    revokeSession(input: $input)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment InquiryFields on Inquiry {\n    id\n    orgName\n    askerName\n    subject\n    body\n    status\n    statusLabel\n    dueAt\n    overdue\n    answer\n    answererName\n    answeredAt\n    rating\n    ratingComment\n    createdAt\n    isMine\n    canAnswer\n    canRate\n  }\n": types.InquiryFieldsFragmentDoc,
    "\n  query MyInquiries($first: Int, $after: String) {\n    myInquiries(first: $first, after: $after) {\n      edges {\n        node {\n          ...InquiryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyInquiriesDocument,
    "\n  query OrgInquiries($orgId: ID!, $status: InquiryStatus, $first: Int, $after: String) {\n    inquiries(orgId: $orgId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...InquiryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrgInquiriesDocument,
    "\n  mutation AskInquiry($input: AskInquiryInput!) {\n    askInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n": types.AskInquiryDocument,
    "\n  mutation AnswerInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n": types.AnswerInquiryDocument,
    "\n  mutation RateInquiryAnswer($input: RateInquiryAnswerInput!) {\n    rateInquiryAnswer(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n": types.RateInquiryAnswerDocument,
    "\n  fragment JoinApplicationFields on JoinApplication {\n    id\n    memberId\n    memberName\n    line\n    orgId\n    orgName\n    note\n    status\n    createdAt\n    decidedAt\n    decisionNote\n  }\n": types.JoinApplicationFieldsFragmentDoc,
    "\n  query JoinApplications {\n    joinApplications {\n      ...JoinApplicationFields\n    }\n  }\n": types.JoinApplicationsDocument,
    "\n  mutation ApplyToJoin($input: ApplyToJoinInput!) {\n    applyToJoin(input: $input) {\n      ...JoinApplicationFields\n    }\n  }\n": types.ApplyToJoinDocument,
    "\n  mutation DecideJoinApplication($input: DecideJoinApplicationInput!) {\n    decideJoinApplication(input: $input) {\n      ...JoinApplicationFields\n    }\n  }\n": types.DecideJoinApplicationDocument,
    "\n  query LapseRisks($organizationId: ID!, $line: DuesLine!) {\n    lapseRisks(organizationId: $organizationId, line: $line) {\n      memberId\n      name\n      organizationName\n      level\n      lastOrgLifeAt\n      missedMeetings\n      unpaidMonths\n      lapseMonths\n      source\n      grounds {\n        ground\n        months\n        since\n        stageMonths\n        lapsed\n      }\n    }\n  }\n": types.LapseRisksDocument,
    "\n  query LeagueCampaigns {\n    leagueCampaigns {\n      id\n      orgId\n      orgName\n      year\n      closesOn\n      lastRemindedAt\n      members {\n        memberId\n        name\n        orgName\n        registeredAt\n      }\n    }\n  }\n": types.LeagueCampaignsDocument,
    "\n  query LeagueAgeOuts($orgId: ID!) {\n    leagueAgeOuts(orgId: $orgId) {\n      memberId\n      name\n      ageOutOn\n    }\n  }\n": types.LeagueAgeOutsDocument,
    "\n  mutation StartLeagueCampaign($input: StartLeagueCampaignInput!) {\n    startLeagueCampaign(input: $input) {\n      id\n      year\n      orgName\n    }\n  }\n": types.StartLeagueCampaignDocument,
    "\n  mutation RegisterLeagueMembership($input: RegisterLeagueMembershipInput!) {\n    registerLeagueMembership(input: $input)\n  }\n": types.RegisterLeagueMembershipDocument,
    "\n  mutation RemindLeagueCampaign($campaignId: ID!) {\n    remindLeagueCampaign(campaignId: $campaignId)\n  }\n": types.RemindLeagueCampaignDocument,
    "\n  fragment MeetingListFields on Meeting {\n    id\n    orgId\n    orgName\n    line\n    type\n    typeLabel\n    title\n    startsAt\n    endsAt\n    location\n    isElection\n    status\n    held\n    checkInOpen\n    minutesStatus\n    canManage\n    myAttendance {\n      memberId\n      state\n    }\n  }\n": types.MeetingListFieldsFragmentDoc,
    "\n  fragment MeetingAttendeeFields on MeetingAttendee {\n    memberId\n    name\n    state\n    voting\n    leaveReason\n    leaveRefused\n    checkedInAt\n    checkInMethod\n  }\n": types.MeetingAttendeeFieldsFragmentDoc,
    "\n  fragment MeetingAttendanceFields on MeetingAttendance {\n    expected\n    present\n    onLeave\n    leavePending\n    absent\n    quorumShare\n    quorumInclusive\n    quorumMet\n    quorumRuleSource\n  }\n": types.MeetingAttendanceFieldsFragmentDoc,
    "\n  fragment MeetingFields on Meeting {\n    ...MeetingListFields\n    agenda\n    geofence {\n      latitude\n      longitude\n      radiusMeters\n    }\n    cancelReason\n    minutes\n    resolutions\n    approvedAt\n    approvedByName\n    attachments {\n      fileId\n      fileName\n      contentType\n      size\n      url\n    }\n    amendments {\n      id\n      text\n      authorName\n      createdAt\n    }\n    attendance {\n      ...MeetingAttendanceFields\n    }\n    attendees {\n      ...MeetingAttendeeFields\n    }\n    myAttendance {\n      ...MeetingAttendeeFields\n    }\n    createdAt\n  }\n": types.MeetingFieldsFragmentDoc,
    "\n  query MeetingTypes {\n    meetingTypes {\n      type\n      label\n      line\n      frequencyMonths\n      ruleKey\n      ruleSource\n      general\n      committeeOnly\n    }\n  }\n": types.MeetingTypesDocument,
    "\n  query Meetings($first: Int!, $after: String, $orgId: ID, $mine: Boolean, $from: DateTime, $to: DateTime) {\n    meetings(first: $first, after: $after, orgId: $orgId, mine: $mine, from: $from, to: $to) {\n      edges {\n        cursor\n        node {\n          ...MeetingListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MeetingsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n": types.MeetingDocument,
    "\n  query MeetingScreen($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      orgName\n      startsAt\n      endsAt\n      location\n      status\n      checkInOpen\n      canManage\n      attendance {\n        ...MeetingAttendanceFields\n      }\n    }\n  }\n": types.MeetingScreenDocument,
    "\n  query MeetingCheckInCode($meetingId: ID!) {\n    meetingCheckInCode(meetingId: $meetingId) {\n      code\n      url\n      expiresAt\n      refreshInSeconds\n    }\n  }\n": types.MeetingCheckInCodeDocument,
    "\n  query MeetingCompliance($orgId: ID, $behindOnly: Boolean) {\n    meetingCompliance(orgId: $orgId, behindOnly: $behindOnly) {\n      orgId\n      orgName\n      type\n      typeLabel\n      frequencyMonths\n      periodStart\n      periodEnd\n      daysLeft\n      status\n      warning\n      lastHeldAt\n      nextMeetingId\n      missedLast12Months\n      ruleSource\n    }\n  }\n": types.MeetingComplianceDocument,
    "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation RequestMeetingLeave($input: RequestMeetingLeaveInput!) {\n    requestMeetingLeave(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.RequestMeetingLeaveDocument,
    "\n  mutation DecideMeetingLeave($input: DecideMeetingLeaveInput!) {\n    decideMeetingLeave(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.DecideMeetingLeaveDocument,
    "\n  mutation CheckInToMeeting($input: CheckInToMeetingInput!) {\n    checkInToMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.CheckInToMeetingDocument,
    "\n  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {\n    recordMeetingAttendance(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.RecordMeetingAttendanceDocument,
    "\n  mutation SaveMeetingMinutes($input: SaveMeetingMinutesInput!) {\n    saveMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.SaveMeetingMinutesDocument,
    "\n  mutation ApproveMeetingMinutes($input: ApproveMeetingMinutesInput!) {\n    approveMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.ApproveMeetingMinutesDocument,
    "\n  mutation AmendMeetingRecord($input: AmendMeetingRecordInput!) {\n    amendMeetingRecord(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n": types.AmendMeetingRecordDocument,
    "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n": types.MeetingChangedDocument,
    "\n  subscription MeetingCountsChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      checkInOpen\n      attendance {\n        ...MeetingAttendanceFields\n      }\n    }\n  }\n": types.MeetingCountsChangedDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      feed {\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query Members(\n    $first: Int!\n    $after: String\n    $search: String\n    $line: OrgLine\n    $organizationId: ID\n    $politicalStatus: PoliticalStatus\n    $includeDisabled: Boolean\n  ) {\n    members(\n      first: $first\n      after: $after\n      search: $search\n      line: $line\n      organizationId: $organizationId\n      politicalStatus: $politicalStatus\n      includeDisabled: $includeDisabled\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          gender\n          status\n          hasAccount\n          phone\n          politicalStatus\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MembersDocument,
    "\n  query MemberDetail($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Member {\n        name\n        gender\n        status\n        hasAccount\n        posts\n        phone\n        email\n        birthDate\n        politicalStatus\n        createdAt\n        profile {\n          ethnicity\n          ethnicityLabel\n          education\n          occupation\n          partyJoinedOn\n          leagueJoinedOn\n          unionJoinedOn\n        }\n        organization {\n          id\n          name\n        }\n        partyOrganization {\n          id\n          name\n        }\n        unionOrganization {\n          id\n          name\n        }\n        youthOrganization {\n          id\n          name\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MemberDetailDocument,
    "\n  mutation CreateMember($input: MemberInput!) {\n    createMember(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n": types.CreateMemberDocument,
    "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member {\n        id\n        name\n        gender\n        phone\n        email\n        birthDate\n        politicalStatus\n        posts\n      }\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      member {\n        id\n        status\n      }\n    }\n  }\n": types.SetMemberDisabledDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitationUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      total\n      imported\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportMembersDocument,
    "\n  query ProfileCodes {\n    profileCodes {\n      ethnicities {\n        code\n        label\n      }\n      educations {\n        code\n        label\n      }\n      occupations {\n        code\n        label\n      }\n    }\n  }\n": types.ProfileCodesDocument,
    "\n  mutation UpdateMemberProfile($input: UpdateMemberProfileInput!) {\n    updateMemberProfile(input: $input) {\n      memberId\n      ethnicity\n      ethnicityLabel\n      education\n      occupation\n      partyJoinedOn\n      leagueJoinedOn\n      unionJoinedOn\n    }\n  }\n": types.UpdateMemberProfileDocument,
    "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    kind\n    contentId\n    authorName\n    excerpt\n    status\n    hidden\n    pendingReports\n    totalReports\n    createdAt\n    updatedAt\n    reports {\n      reporterName\n      reason\n      createdAt\n    }\n    history {\n      action\n      actorName\n      note\n      createdAt\n    }\n  }\n": types.ModerationItemFieldsFragmentDoc,
    "\n  query ModerationQueue($orgId: ID!, $status: ModerationStatus, $first: Int, $after: String) {\n    moderationQueue(orgId: $orgId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation ModerateContent($input: ModerateContentInput!) {\n    moderateContent(input: $input) {\n      item {\n        ...ModerationItemFields\n      }\n    }\n  }\n": types.ModerateContentDocument,
    "\n  fragment NoticeReceiptFields on NoticeReceipt {\n    deliveredAt\n    readAt\n    acknowledgedAt\n    reply\n  }\n": types.NoticeReceiptFieldsFragmentDoc,
    "\n  fragment NoticeListFields on Notice {\n    id\n    title\n    category\n    importance\n    status\n    ackRequired\n    ackDeadline\n    issuerName\n    author {\n      id\n      name\n    }\n    scheduledAt\n    publishedAt\n    withdrawnAt\n    createdAt\n    myReceipt {\n      ...NoticeReceiptFields\n    }\n  }\n": types.NoticeListFieldsFragmentDoc,
    "\n  fragment NoticeStatsFields on NoticeStats {\n    noticeId\n    recipients\n    read\n    acknowledged\n    byOrg {\n      orgId\n      orgName\n      recipients\n      read\n      acknowledged\n    }\n  }\n": types.NoticeStatsFieldsFragmentDoc,
    "\n  query Notices($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notices(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NoticesDocument,
    "\n  query SentNotices($first: Int!, $after: String, $status: NoticeStatus) {\n    sentNotices(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n          withdrawReason\n          recipientCount\n          reviewer {\n            id\n            name\n          }\n          reviewNote\n          viewerCanManage\n          viewerCanReview\n          viewerCanSeeBoard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SentNoticesDocument,
    "\n  query Notice($id: ID!) {\n    notice(id: $id) {\n      ...NoticeListFields\n      body\n      issuer {\n        id\n        name\n      }\n      reviewer {\n        id\n        name\n      }\n      reviewNote\n      withdrawReason\n      recipientCount\n      attachments {\n        id\n        name\n        contentType\n        size\n        isImage\n        url\n      }\n      viewerCanSeeBoard\n      viewerCanManage\n      viewerCanReview\n      audience {\n        orgs {\n          orgId\n          includeSubtree\n        }\n        lines\n        roles\n        politicalStatuses\n        memberIds\n        excludeMemberIds\n      }\n    }\n  }\n": types.NoticeDocument,
    "\n  query NoticeBoard($id: ID!) {\n    notice(id: $id) {\n      id\n      title\n      status\n      ackRequired\n      ackDeadline\n      issuerName\n      publishedAt\n      recipientCount\n      viewerCanSeeBoard\n      stats {\n        ...NoticeStatsFields\n      }\n    }\n  }\n": types.NoticeBoardDocument,
    "\n  query NoticeResponses($noticeId: ID!, $first: Int!, $after: String, $state: NoticeResponseState) {\n    noticeResponses(noticeId: $noticeId, first: $first, after: $after, state: $state) {\n      edges {\n        cursor\n        node {\n          member {\n            id\n            name\n          }\n          orgName\n          deliveredAt\n          readAt\n          acknowledgedAt\n          reply\n          remindedCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NoticeResponsesDocument,
    "\n  query NoticeAudienceCount($issuerOrgId: ID!, $audience: NoticeAudienceInput!) {\n    noticeAudienceCount(issuerOrgId: $issuerOrgId, audience: $audience)\n  }\n": types.NoticeAudienceCountDocument,
    "\n  mutation SaveNoticeDraft($input: NoticeInput!) {\n    saveNoticeDraft(input: $input) {\n      notice {\n        id\n        status\n      }\n    }\n  }\n": types.SaveNoticeDraftDocument,
    "\n  mutation PublishNotice($input: NoticeInput!) {\n    publishNotice(input: $input) {\n      notice {\n        id\n        status\n        recipientCount\n      }\n    }\n  }\n": types.PublishNoticeDocument,
    "\n  mutation ReviewNotice($input: ReviewNoticeInput!) {\n    reviewNotice(input: $input) {\n      notice {\n        id\n        status\n        reviewNote\n        viewerCanReview\n      }\n    }\n  }\n": types.ReviewNoticeDocument,
    "\n  mutation WithdrawNotice($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) {\n      notice {\n        id\n        status\n        withdrawnAt\n        withdrawReason\n      }\n    }\n  }\n": types.WithdrawNoticeDocument,
    "\n  mutation AcknowledgeNotice($input: AcknowledgeNoticeInput!) {\n    acknowledgeNotice(input: $input) {\n      notice {\n        id\n        myReceipt {\n          ...NoticeReceiptFields\n        }\n      }\n    }\n  }\n": types.AcknowledgeNoticeDocument,
    "\n  mutation RemindNoticeRecipients($input: RemindNoticeInput!) {\n    remindNoticeRecipients(input: $input) {\n      reminded\n    }\n  }\n": types.RemindNoticeRecipientsDocument,
    "\n  subscription NoticeStatsChanged($noticeId: ID!) {\n    noticeStatsChanged(noticeId: $noticeId) {\n      ...NoticeStatsFields\n    }\n  }\n": types.NoticeStatsChangedDocument,
    "\n  query AudienceRoles {\n    roles {\n      name\n      label\n    }\n  }\n": types.AudienceRolesDocument,
    "\n  query UnreadNotificationCount {\n    viewer {\n      unreadNotificationCount\n    }\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          detail\n          noticeId\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($input: IdInput!) {\n    markNotificationRead(input: $input)\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digestFrequency\n    categories {\n      category\n      label\n      description\n      channel\n      defaultChannel\n      chosen\n      mandatoryReason\n    }\n  }\n": types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationChannel($input: SetNotificationChannelInput!) {\n    setNotificationChannel(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.SetNotificationChannelDocument,
    "\n  mutation SetDigestFrequency($input: SetDigestFrequencyInput!) {\n    setDigestFrequency(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.SetDigestFrequencyDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      detail\n      noticeId\n      createdAt\n      readAt\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation OperatorLogIn($input: OperatorLogInInput!) {\n    operatorLogIn(input: $input)\n  }\n": types.OperatorLogInDocument,
    "\n  query QueueHealth {\n    queueHealth {\n      runnable\n      running\n      dead\n      oldestRunnableSeconds\n      deadJobs {\n        id\n        task\n        attempts\n        lastError\n        key\n        createdAt\n        updatedAt\n      }\n    }\n  }\n": types.QueueHealthDocument,
    "\n  query OperatorTenants($first: Int!, $after: String, $search: String) {\n    tenants(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          status\n          memberCount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OperatorTenantsDocument,
    "\n  mutation SetTenantSuspended($input: SetTenantSuspendedInput!) {\n    setTenantSuspended(input: $input)\n  }\n": types.SetTenantSuspendedDocument,
    "\n  query OrganizationPositions($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      positions {\n        id\n        title\n        role\n        termStart\n        termEnd\n        endedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganizationPositionsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        path\n      }\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation RenameOrganization($input: RenameOrganizationInput!) {\n    renameOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.RenameOrganizationDocument,
    "\n  mutation MoveOrganization($input: MoveOrganizationInput!) {\n    moveOrganization(input: $input) {\n      organization {\n        id\n        path\n        depth\n      }\n    }\n  }\n": types.MoveOrganizationDocument,
    "\n  mutation ArchiveOrganization($input: IdInput!) {\n    archiveOrganization(input: $input) {\n      organization {\n        id\n        archivedAt\n      }\n    }\n  }\n": types.ArchiveOrganizationDocument,
    "\n  mutation AssignPosition($input: AssignPositionInput!) {\n    assignPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n": types.AssignPositionDocument,
    "\n  mutation EndPosition($input: IdInput!) {\n    endPosition(input: $input) {\n      position {\n        id\n        endedAt\n      }\n    }\n  }\n": types.EndPositionDocument,
    "\n  query BranchSettingReview($organizationId: ID!) {\n    branchSettingReview(organizationId: $organizationId) {\n      organizationId\n      asOf\n      warningCount\n      sources\n      branches {\n        organizationId\n        organizationName\n        formalMembers\n        probationaryMembers\n        committeeSize\n        termEnd\n        warnings\n        messages\n      }\n    }\n  }\n": types.BranchSettingReviewDocument,
    "\n  query TermOverview($organizationId: ID!) {\n    termOverview(organizationId: $organizationId) {\n      organizationId\n      asOf\n      endedCount\n      endingCount\n      remindBeforeMonths\n      sources\n      organizations {\n        organizationId\n        organizationName\n        kind\n        villageOrCommunity\n        officers\n        termYears\n        termStart\n        termEnd\n        state\n      }\n    }\n  }\n": types.TermOverviewDocument,
    "\n  mutation SetVillageOrCommunity($input: SetVillageOrCommunityInput!) {\n    setVillageOrCommunity(input: $input) {\n      organizationId\n      villageOrCommunity\n      termYears\n      termEnd\n      state\n    }\n  }\n": types.SetVillageOrCommunityDocument,
    "\n  query AnnualStatistics($organizationId: ID!, $asOf: NaiveDate!) {\n    annualStatistics(organizationId: $organizationId, asOf: $asOf) {\n      organizationId\n      organizationName\n      line\n      asOf\n      consistent\n      exportUrl\n      checks {\n        description\n        passed\n      }\n      warnings {\n        message\n        count\n      }\n      tables {\n        key\n        title\n        unitLabel\n        totalLabel\n        groups {\n          label\n          columns {\n            key\n            label\n          }\n        }\n        rows {\n          label\n          organizationId\n          values\n        }\n        totals\n      }\n    }\n  }\n": types.AnnualStatisticsDocument,
    "\n  fragment PersonalDataExportFields on PersonalDataExport {\n    id\n    status\n    progress\n    sectionsDone\n    sectionsTotal\n    requestedBy\n    reason\n    memberName\n    createdAt\n    readyAt\n    expiresAt\n    sizeBytes\n    downloadUrl\n  }\n": types.PersonalDataExportFieldsFragmentDoc,
    "\n  query MyPersonalDataExports($first: Int!, $after: String) {\n    myPersonalDataExports(first: $first, after: $after) {\n      edges {\n        node {\n          ...PersonalDataExportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyPersonalDataExportsDocument,
    "\n  mutation RequestPersonalDataExport {\n    requestPersonalDataExport {\n      ...PersonalDataExportFields\n    }\n  }\n": types.RequestPersonalDataExportDocument,
    "\n  mutation ExportPersonalDataFor($input: ExportPersonalDataForInput!) {\n    exportPersonalDataFor(input: $input) {\n      ...PersonalDataExportFields\n    }\n  }\n": types.ExportPersonalDataForDocument,
    "\n  fragment StageTransitionFields on StageTransition {\n    id\n    memberId\n    memberName\n    orgId\n    orgName\n    fromStage\n    toStage\n    extensionMonths\n    effectiveOn\n    note\n    status\n    publicityUntil\n    approvalDueAt\n    awaitingDecision\n    objectionCount\n    objections {\n      authorName\n      text\n      createdAt\n    }\n    proposedAt\n    decidedAt\n    decisionNote\n  }\n": types.StageTransitionFieldsFragmentDoc,
    "\n  query PartyPipeline($orgId: ID!) {\n    partyPipeline(orgId: $orgId) {\n      entries {\n        memberId\n        name\n        orgId\n        orgName\n        stage\n        since\n        extendedMonths\n        contacts\n        introducers\n        nextStage\n        earliestNext\n        blockedBy\n      }\n      openTransitions {\n        ...StageTransitionFields\n      }\n    }\n  }\n": types.PartyPipelineDocument,
    "\n  query MemberPipeline($memberId: ID!) {\n    memberPipeline(memberId: $memberId) {\n      stages {\n        stage\n        startedOn\n        extensionMonths\n      }\n      transitions {\n        ...StageTransitionFields\n      }\n      contacts {\n        memberId\n        name\n        role\n      }\n      positions {\n        orgName\n        title\n        termStart\n        endedAt\n      }\n    }\n  }\n": types.MemberPipelineDocument,
    "\n  mutation RecordMemberStage($input: RecordMemberStageInput!) {\n    recordMemberStage(input: $input) {\n      stage\n      startedOn\n      extensionMonths\n    }\n  }\n": types.RecordMemberStageDocument,
    "\n  mutation SetPipelineContact($input: SetPipelineContactInput!) {\n    setPipelineContact(input: $input)\n  }\n": types.SetPipelineContactDocument,
    "\n  mutation ProposeStageTransition($input: ProposeStageTransitionInput!) {\n    proposeStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n": types.ProposeStageTransitionDocument,
    "\n  mutation ObjectToStageTransition($input: ObjectToStageTransitionInput!) {\n    objectToStageTransition(input: $input) {\n      id\n      status\n      objectionCount\n    }\n  }\n": types.ObjectToStageTransitionDocument,
    "\n  mutation DecideStageTransition($input: DecideStageTransitionInput!) {\n    decideStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n": types.DecideStageTransitionDocument,
    "\n  mutation WithdrawStageTransition($input: WithdrawStageTransitionInput!) {\n    withdrawStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n": types.WithdrawStageTransitionDocument,
    "\n  fragment PointEntryFields on PointEntry {\n    id\n    year\n    action\n    ruleName\n    requested\n    points\n    cappedReason\n    sourceKind\n    sourceTitle\n    note\n    occurredAt\n    createdAt\n    corrected\n    net\n    explanation\n    correctsEntryId\n    appealStatus\n    appealNote\n    canAppeal\n  }\n": types.PointEntryFieldsFragmentDoc,
    "\n  query MyPoints($year: Int!, $first: Int!, $after: String) {\n    myPoints(year: $year) {\n      memberId\n      memberName\n      year\n      balance\n      years {\n        year\n        balance\n      }\n      entries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MyPointsDocument,
    "\n  mutation AppealPointEntry($input: AppealPointEntryInput!) {\n    appealPointEntry(input: $input) {\n      appeal {\n        id\n        status\n        entry {\n          ...PointEntryFields\n        }\n      }\n    }\n  }\n": types.AppealPointEntryDocument,
    "\n  query PointRankings($orgId: ID!, $year: Int!, $first: Int!) {\n    pointRankings(orgId: $orgId, year: $year, first: $first) {\n      rank\n      memberId\n      memberName\n      points\n    }\n  }\n": types.PointRankingsDocument,
    "\n  query BranchPointRankings($orgId: ID!, $year: Int!) {\n    branchPointRankings(orgId: $orgId, year: $year) {\n      rank\n      organizationId\n      organizationName\n      members\n      total\n      average\n    }\n  }\n": types.BranchPointRankingsDocument,
    "\n  mutation AwardPoints($input: AwardPointsInput!) {\n    awardPoints(input: $input) {\n      entry {\n        ...PointEntryFields\n      }\n    }\n  }\n": types.AwardPointsDocument,
    "\n  query PointAppeals($status: PointAppealStatus, $first: Int!, $after: String) {\n    pointAppeals(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          memberName\n          reason\n          status\n          note\n          decidedAt\n          createdAt\n          entry {\n            ...PointEntryFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PointAppealsDocument,
    "\n  query MyPointAppeals {\n    myPointAppeals {\n      id\n      reason\n      status\n      decidedAt\n      note\n      correctionEntryId\n      createdAt\n      entry {\n        ...PointEntryFields\n      }\n    }\n  }\n": types.MyPointAppealsDocument,
    "\n  mutation DecidePointAppeal($input: DecidePointAppealInput!) {\n    decidePointAppeal(input: $input) {\n      appeal {\n        id\n        status\n        note\n        correctionEntryId\n      }\n    }\n  }\n": types.DecidePointAppealDocument,
    "\n  query PointRules {\n    pointRulesEditable\n    pointRules {\n      id\n      action\n      name\n      points\n      capDay\n      capMonth\n      capYear\n      lines\n      statuses\n      source\n      active\n      updatedAt\n    }\n  }\n": types.PointRulesDocument,
    "\n  mutation UpdatePointRule($input: UpdatePointRuleInput!) {\n    updatePointRule(input: $input) {\n      rule {\n        id\n        name\n        points\n        capDay\n        capMonth\n        capYear\n        lines\n        statuses\n        source\n        active\n        updatedAt\n      }\n    }\n  }\n": types.UpdatePointRuleDocument,
    "\n  fragment PublicityListFields on Publicity {\n    id\n    kind\n    title\n    status\n    organizationName\n    subjectMemberName\n    subjectOrganizationName\n    windowStart\n    windowEnd\n    windowOpen\n    objectionCount\n    canObject\n    canHandle\n  }\n": types.PublicityListFieldsFragmentDoc,
    "\n  fragment PublicityFields on Publicity {\n    ...PublicityListFields\n    organizationId\n    origin\n    body\n    bodyFormat\n    outcomeNote\n    closedAt\n    createdAt\n    audienceCount\n    pendingObjectionCount\n    viewerIsSubject\n    objections {\n      id\n      authorName\n      anonymous\n      mine\n      text\n      status\n      handledNote\n      handledAt\n      createdAt\n    }\n  }\n": types.PublicityFieldsFragmentDoc,
    "\n  query Publicities($organizationId: ID, $status: PublicityStatus, $first: Int!, $after: String) {\n    publicities(organizationId: $organizationId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PublicityListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PublicitiesDocument,
    "\n  query Publicity($id: ID!) {\n    publicity(id: $id) {\n      ...PublicityFields\n    }\n  }\n": types.PublicityDocument,
    "\n  mutation PublishPublicity($input: PublishPublicityInput!) {\n    publishPublicity(input: $input) {\n      publicity {\n        id\n        status\n      }\n    }\n  }\n": types.PublishPublicityDocument,
    "\n  mutation ObjectToPublicity($input: ObjectToPublicityInput!) {\n    objectToPublicity(input: $input) {\n      objection {\n        id\n        anonymous\n        status\n      }\n    }\n  }\n": types.ObjectToPublicityDocument,
    "\n  mutation HandlePublicityObjection($input: HandlePublicityObjectionInput!) {\n    handlePublicityObjection(input: $input) {\n      objection {\n        id\n        status\n        handledNote\n      }\n    }\n  }\n": types.HandlePublicityObjectionDocument,
    "\n  mutation ClosePublicity($input: ClosePublicityInput!) {\n    closePublicity(input: $input) {\n      publicity {\n        ...PublicityFields\n      }\n    }\n  }\n": types.ClosePublicityDocument,
    "\n  fragment HonourFields on Honour {\n    id\n    kind\n    title\n    status\n    year\n    issuer\n    citation\n    memberId\n    memberName\n    recipientOrganizationName\n    organizationName\n    publicityId\n    publicityUntil\n    createdAt\n  }\n": types.HonourFieldsFragmentDoc,
    "\n  query Honours($organizationId: ID!, $year: Int, $first: Int!, $after: String) {\n    honours(organizationId: $organizationId, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...HonourFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HonoursDocument,
    "\n  query MemberHonours($memberId: ID!) {\n    memberHonours(memberId: $memberId) {\n      ...HonourFields\n    }\n  }\n": types.MemberHonoursDocument,
    "\n  mutation ProposeHonour($input: ProposeHonourInput!) {\n    proposeHonour(input: $input) {\n      honour {\n        id\n        status\n        publicityId\n      }\n    }\n  }\n": types.ProposeHonourDocument,
    "\n  query PublishingColumns {\n    columns {\n      id\n      name\n      description\n      organizationName\n      submitPolicy\n      secondReview\n      isPublic\n      viewerCanSubmit\n      viewerCanReview\n      ...ColumnManageFields\n    }\n  }\n": types.PublishingColumnsDocument,
    "\n  fragment ColumnManageFields on Column {\n    id\n    name\n    description\n    organizationId\n    organizationName\n    submitPolicy\n    secondReview\n    isPublic\n    viewerCanReview\n    archivedAt\n  }\n": types.ColumnManageFieldsFragmentDoc,
    "\n  query ArchivedColumns {\n    archivedColumns {\n      ...ColumnManageFields\n    }\n  }\n": types.ArchivedColumnsDocument,
    "\n  mutation CreateColumn($input: CreateColumnInput!) {\n    createColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n": types.CreateColumnDocument,
    "\n  mutation UpdateColumn($input: UpdateColumnInput!) {\n    updateColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n": types.UpdateColumnDocument,
    "\n  mutation ArchiveColumn($input: ColumnRefInput!) {\n    archiveColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n": types.ArchiveColumnDocument,
    "\n  mutation RestoreColumn($input: ColumnRefInput!) {\n    restoreColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n": types.RestoreColumnDocument,
    "\n  fragment ArticleListFields on Article {\n    id\n    title\n    columnName\n    status\n    authorName\n    tags\n    publishedAt\n    submittedAt\n    viewCount\n    likeCount\n    commentCount\n  }\n": types.ArticleListFieldsFragmentDoc,
    "\n  query PublishingArticles($columnId: ID!, $search: String, $after: String) {\n    articles(columnId: $columnId, search: $search, first: 20, after: $after) {\n      edges {\n        node {\n          ...ArticleListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PublishingArticlesDocument,
    "\n  query MyArticles {\n    myArticles {\n      ...ArticleListFields\n    }\n  }\n": types.MyArticlesDocument,
    "\n  query ArticleReviewQueue {\n    articleReviewQueue {\n      ...ArticleListFields\n    }\n  }\n": types.ArticleReviewQueueDocument,
    "\n  query PublishingArticle($id: ID!) {\n    article(id: $id) {\n      ...ArticleListFields\n      columnId\n      bodyHtml\n      contributorName\n      isPublic\n      visibilityOrganizationId\n      visibilityOrganizationName\n      visibilityLine\n      returnNote\n      withdrawReason\n      publishAt\n      commentsOpen\n      viewerLiked\n      viewerIsAuthor\n      viewerCanEdit\n      viewerCanReview\n      contributorId\n      files {\n        id\n        fileName\n        contentType\n        byteSize\n        url\n        cover\n      }\n      history {\n        action\n        toStatus\n        actorName\n        note\n        at\n      }\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            authorName\n            mine\n            body\n            hidden\n            reply\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.PublishingArticleDocument,
    "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n": types.CreateArticleDocument,
    "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n": types.UpdateArticleDocument,
    "\n  mutation SubmitArticle($input: SubmitArticleInput!) {\n    submitArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n": types.SubmitArticleDocument,
    "\n  mutation ReviewArticle($input: ReviewArticleInput!) {\n    reviewArticle(input: $input) {\n      article {\n        id\n        status\n        returnNote\n      }\n    }\n  }\n": types.ReviewArticleDocument,
    "\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      article {\n        id\n        status\n        publishedAt\n        publishAt\n      }\n    }\n  }\n": types.PublishArticleDocument,
    "\n  mutation WithdrawArticle($input: WithdrawArticleInput!) {\n    withdrawArticle(input: $input) {\n      article {\n        id\n        status\n        withdrawReason\n      }\n    }\n  }\n": types.WithdrawArticleDocument,
    "\n  mutation LikeArticle($input: ArticleIdInput!) {\n    likeArticle(input: $input) {\n      article {\n        id\n        likeCount\n        viewerLiked\n      }\n    }\n  }\n": types.LikeArticleDocument,
    "\n  mutation UnlikeArticle($input: ArticleIdInput!) {\n    unlikeArticle(input: $input) {\n      article {\n        id\n        likeCount\n        viewerLiked\n      }\n    }\n  }\n": types.UnlikeArticleDocument,
    "\n  mutation CommentOnArticle($input: CommentOnArticleInput!) {\n    commentOnArticle(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n": types.CommentOnArticleDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        id\n        reply\n      }\n    }\n  }\n": types.ReplyToCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      comment {\n        id\n        hidden\n      }\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      newReport\n      hidden\n    }\n  }\n": types.ReportCommentDocument,
    "\n  mutation SetArticleComments($input: SetArticleCommentsInput!) {\n    setArticleComments(input: $input) {\n      article {\n        id\n        commentsOpen\n      }\n    }\n  }\n": types.SetArticleCommentsDocument,
    "\n  query ContributorStatistics($organizationId: ID, $from: DateTime!, $to: DateTime!) {\n    contributorStatistics(organizationId: $organizationId, from: $from, to: $to) {\n      exportUrl\n      contributors {\n        memberId\n        memberName\n        organizationName\n        submitted\n        adopted\n        returned\n        views\n        likes\n      }\n      organizations {\n        organizationId\n        organizationName\n        submitted\n        adopted\n        returned\n        views\n        likes\n      }\n    }\n  }\n": types.ContributorStatisticsDocument,
    "\n  fragment QuestionBankFields on QuestionBank {\n    id\n    orgId\n    orgName\n    name\n    description\n    questionCount\n    editable\n    updatedAt\n  }\n": types.QuestionBankFieldsFragmentDoc,
    "\n  fragment QuestionFields on Question {\n    id\n    bankId\n    kind\n    stem\n    options\n    answer\n    blanks\n    explanation\n    difficulty\n    tags\n  }\n": types.QuestionFieldsFragmentDoc,
    "\n  fragment QuizFields on Quiz {\n    id\n    orgId\n    orgName\n    bankId\n    bankName\n    title\n    description\n    mode\n    questionCount\n    pointsPerQuestion\n    totalPoints\n    passMark\n    timeLimitMinutes\n    opensAt\n    closesAt\n    maxAttempts\n    status\n    accepting\n    audienceCount\n    canManage\n    canViewResults\n    invited\n    myAttemptCount\n    myAttemptsLeft\n    myBestScore\n    myPassed\n    myOpenAttemptId\n    myLastAttemptId\n    exportUrl\n  }\n": types.QuizFieldsFragmentDoc,
    "\n  fragment QuizAttemptFields on QuizAttempt {\n    id\n    quizId\n    quizTitle\n    number\n    status\n    startedAt\n    deadline\n    serverNow\n    finishedAt\n    score\n    maxScore\n    passMark\n    passed\n    questions {\n      position\n      kind\n      stem\n      options\n      blankCount\n      points\n      myAnswer\n      correctAnswer\n      acceptedBlanks\n      explanation\n      earned\n      correct\n    }\n  }\n": types.QuizAttemptFieldsFragmentDoc,
    "\n  query QuestionBanks($orgId: ID!) {\n    questionBanks(orgId: $orgId) {\n      ...QuestionBankFields\n    }\n  }\n": types.QuestionBanksDocument,
    "\n  query QuestionBank($id: ID!, $first: Int!, $after: String) {\n    questionBank(id: $id) {\n      ...QuestionBankFields\n    }\n    questions(bankId: $id, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuestionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.QuestionBankDocument,
    "\n  mutation CreateQuestionBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      ...QuestionBankFields\n    }\n  }\n": types.CreateQuestionBankDocument,
    "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n": types.CreateQuestionDocument,
    "\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n": types.UpdateQuestionDocument,
    "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n": types.DeleteQuestionDocument,
    "\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      total\n      imported\n      rows {\n        row\n        ok\n        message\n      }\n    }\n  }\n": types.ImportQuestionsDocument,
    "\n  query Quizzes($orgId: ID!, $first: Int!, $after: String) {\n    quizzes(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuizFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.QuizzesDocument,
    "\n  query MyQuizzes($first: Int!, $after: String) {\n    myQuizzes(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuizFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyQuizzesDocument,
    "\n  mutation CreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      ...QuizFields\n    }\n  }\n": types.CreateQuizDocument,
    "\n  mutation UpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      ...QuizFields\n    }\n  }\n": types.UpdateQuizDocument,
    "\n  mutation CloseQuiz($id: ID!) {\n    closeQuiz(id: $id) {\n      ...QuizFields\n    }\n  }\n": types.CloseQuizDocument,
    "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      ...QuizAttemptFields\n    }\n  }\n": types.StartQuizAttemptDocument,
    "\n  query QuizAttempt($id: ID!) {\n    quizAttempt(id: $id) {\n      ...QuizAttemptFields\n    }\n  }\n": types.QuizAttemptDocument,
    "\n  mutation SaveQuizAnswer($input: SaveQuizAnswerInput!) {\n    saveQuizAnswer(input: $input) {\n      id\n      status\n    }\n  }\n": types.SaveQuizAnswerDocument,
    "\n  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {\n    submitQuizAttempt(input: $input) {\n      ...QuizAttemptFields\n    }\n  }\n": types.SubmitQuizAttemptDocument,
    "\n  query QuizResults($quizId: ID!, $orgId: ID, $first: Int!, $after: String) {\n    quizResults(quizId: $quizId, orgId: $orgId, first: $first, after: $after) {\n      quiz {\n        id\n        title\n        totalPoints\n        passMark\n        exportUrl\n      }\n      audience\n      participants\n      passed\n      passRate\n      average\n      edges {\n        cursor\n        node {\n          memberId\n          memberName\n          orgName\n          attempts\n          bestScore\n          passed\n          lastFinishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.QuizResultsDocument,
    "\n  fragment ReportMessageFields on ReportMessage {\n    id\n    author\n    handlerName\n    body\n    createdAt\n  }\n": types.ReportMessageFieldsFragmentDoc,
    "\n  fragment ReporterReportFields on ReporterReport {\n    id\n    title\n    status\n    statusLabel\n    createdAt\n    acceptanceDueAt\n    messages {\n      ...ReportMessageFields\n    }\n  }\n": types.ReporterReportFieldsFragmentDoc,
    "\n  fragment ReportCaseListFields on ReportCase {\n    id\n    title\n    status\n    statusLabel\n    anonymous\n    accusedName\n    subjectOrganizationName\n    handlingOrganizationName\n    routedUp\n    createdAt\n    acceptanceDueAt\n    overdue\n  }\n": types.ReportCaseListFieldsFragmentDoc,
    "\n  fragment ReportCaseFields on ReportCase {\n    ...ReportCaseListFields\n    body\n    reporterName\n    transferDueAt\n    decidedAt\n    closedAt\n    resultDueAt\n    resultNotifiedAt\n    expiresAt\n    availableActions\n    messages {\n      ...ReportMessageFields\n    }\n    steps {\n      id\n      action\n      actionLabel\n      fromStatus\n      toStatus\n      note\n      actorName\n      createdAt\n    }\n    files {\n      id\n      name\n      contentType\n      size\n      url\n    }\n  }\n": types.ReportCaseFieldsFragmentDoc,
    "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      receiptCode\n      report {\n        ...ReporterReportFields\n      }\n    }\n  }\n": types.SubmitReportDocument,
    "\n  query ReportByReceipt($receiptCode: String!) {\n    reportByReceipt(receiptCode: $receiptCode) {\n      ...ReporterReportFields\n    }\n  }\n": types.ReportByReceiptDocument,
    "\n  mutation ReplyByReceipt($input: ReplyByReceiptInput!) {\n    replyByReceipt(input: $input) {\n      ...ReporterReportFields\n    }\n  }\n": types.ReplyByReceiptDocument,
    "\n  query MyReports($first: Int, $after: String) {\n    myReports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReporterReportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyReportsDocument,
    "\n  mutation ReplyToMyReport($input: ReplyToMyReportInput!) {\n    replyToMyReport(input: $input) {\n      ...ReporterReportFields\n    }\n  }\n": types.ReplyToMyReportDocument,
    "\n  query ReportCases($status: ReportStatus, $first: Int, $after: String) {\n    reportCases(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportCaseListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ReportCasesDocument,
    "\n  query ReportCase($id: ID!) {\n    reportCase(id: $id) {\n      ...ReportCaseFields\n    }\n  }\n": types.ReportCaseDocument,
    "\n  mutation HandleReport($input: HandleReportInput!) {\n    handleReport(input: $input) {\n      report {\n        ...ReportCaseFields\n      }\n    }\n  }\n": types.HandleReportDocument,
    "\n  mutation SendReportMessage($input: SendReportMessageInput!) {\n    sendReportMessage(input: $input) {\n      report {\n        ...ReportCaseFields\n      }\n    }\n  }\n": types.SendReportMessageDocument,
    "\n  query Roles {\n    roles {\n      name\n      label\n      description\n      builtin\n      permissions\n    }\n  }\n": types.RolesDocument,
    "\n  query Grants {\n    grants {\n      id\n      role\n      scope\n      source\n      member {\n        id\n        name\n      }\n    }\n  }\n": types.GrantsDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      grant {\n        id\n      }\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeGrant($input: IdInput!) {\n    revokeGrant(input: $input)\n  }\n": types.RevokeGrantDocument,
    "\n  query Rules {\n    rules {\n      key\n      area\n      title\n      source\n      defaultParams\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n": types.RulesDocument,
    "\n  mutation OverrideRule($input: OverrideRuleInput!) {\n    overrideRule(input: $input) {\n      key\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n": types.OverrideRuleDocument,
    "\n  mutation ResetRule($input: ResetRuleInput!) {\n    resetRule(input: $input) {\n      key\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n": types.ResetRuleDocument,
    "\n  fragment CalendarDayFields on CalendarDay {\n    date\n    kind\n    name\n    source\n    overridden\n    nationalKind\n  }\n": types.CalendarDayFieldsFragmentDoc,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      seeded\n      source\n      days {\n        ...CalendarDayFields\n      }\n    }\n  }\n": types.WorkingCalendarDocument,
    "\n  query WorkingDayDeadline($from: DateTime!, $workingDays: Int!) {\n    workingDayDeadline(from: $from, workingDays: $workingDays)\n  }\n": types.WorkingDayDeadlineDocument,
    "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      ...CalendarDayFields\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation ResetCalendarDay($date: NaiveDate!) {\n    resetCalendarDay(date: $date) {\n      ...CalendarDayFields\n    }\n  }\n": types.ResetCalendarDayDocument,
    "\n  query SecondFactorStatus {\n    viewer {\n      secondFactor {\n        enabled\n        enabledAt\n        recoveryCodesLeft\n        required\n      }\n    }\n  }\n": types.SecondFactorStatusDocument,
    "\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n": types.BeginTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input)\n  }\n": types.DisableTotpDocument,
    "\n  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  query MyStudyPlans($first: Int!, $after: String) {\n    myStudyPlans(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          description\n          organizationName\n          deadline\n          status\n          myCompleted\n          materialCount\n          continueMaterialId\n          materials {\n            materialId\n            title\n            requiredSeconds\n            seconds\n            completed\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyStudyPlansDocument,
    "\n  fragment StudyMaterialFields on StudyMaterial {\n    id\n    organizationId\n    organizationName\n    kind\n    title\n    summary\n    body\n    videoUrl\n    durationSeconds\n    fileName\n    requiredSeconds\n    archivedAt\n    createdAt\n    viewerCanManage\n    myProgress {\n      seconds\n      completed\n      completedAt\n    }\n  }\n": types.StudyMaterialFieldsFragmentDoc,
    "\n  query StudyMaterial($id: ID!) {\n    studyMaterial(id: $id) {\n      ...StudyMaterialFields\n      fileUrl\n    }\n  }\n": types.StudyMaterialDocument,
    "\n  mutation OpenStudyMaterial($input: StudyMaterialIdInput!) {\n    openStudyMaterial(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n": types.OpenStudyMaterialDocument,
    "\n  mutation RecordStudyTime($input: RecordStudyTimeInput!) {\n    recordStudyTime(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n": types.RecordStudyTimeDocument,
    "\n  mutation FinishStudyMaterial($input: StudyMaterialIdInput!) {\n    finishStudyMaterial(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n": types.FinishStudyMaterialDocument,
    "\n  query StudyNotes($materialId: ID!, $first: Int!, $after: String) {\n    studyNotes(materialId: $materialId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          memberName\n          body\n          shared\n          mine\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StudyNotesDocument,
    "\n  mutation SaveStudyNote($input: SaveStudyNoteInput!) {\n    saveStudyNote(input: $input) {\n      note {\n        id\n        body\n        shared\n        mine\n        updatedAt\n      }\n    }\n  }\n": types.SaveStudyNoteDocument,
    "\n  query StudyMaterials($orgId: ID!, $first: Int!, $after: String) {\n    studyMaterials(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StudyMaterialFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StudyMaterialsDocument,
    "\n  mutation CreateStudyMaterial($input: CreateStudyMaterialInput!) {\n    createStudyMaterial(input: $input) {\n      material {\n        id\n      }\n    }\n  }\n": types.CreateStudyMaterialDocument,
    "\n  mutation UpdateStudyMaterial($input: UpdateStudyMaterialInput!) {\n    updateStudyMaterial(input: $input) {\n      material {\n        ...StudyMaterialFields\n      }\n    }\n  }\n": types.UpdateStudyMaterialDocument,
    "\n  mutation ArchiveStudyMaterial($input: StudyMaterialIdInput!) {\n    archiveStudyMaterial(input: $input) {\n      material {\n        id\n        archivedAt\n      }\n    }\n  }\n": types.ArchiveStudyMaterialDocument,
    "\n  query StudyCourses($orgId: ID!, $first: Int!, $after: String) {\n    studyCourses(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          materialIds\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StudyCoursesDocument,
    "\n  query ManagedStudyCourses($orgId: ID!, $first: Int!, $after: String) {\n    studyCourses(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          materialIds\n          materials {\n            id\n            title\n            archivedAt\n          }\n          viewerCanManage\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ManagedStudyCoursesDocument,
    "\n  mutation CreateStudyCourse($input: CreateStudyCourseInput!) {\n    createStudyCourse(input: $input) {\n      course {\n        id\n      }\n    }\n  }\n": types.CreateStudyCourseDocument,
    "\n  query StudyPlans($orgId: ID!, $first: Int!, $after: String) {\n    studyPlans(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          deadline\n          status\n          assignedCount\n          completedCount\n          materialCount\n          viewerCanManage\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StudyPlansDocument,
    "\n  mutation CreateStudyPlan($input: CreateStudyPlanInput!) {\n    createStudyPlan(input: $input) {\n      plan {\n        id\n        assignedCount\n      }\n    }\n  }\n": types.CreateStudyPlanDocument,
    "\n  mutation UpdateStudyCourse($input: UpdateStudyCourseInput!) {\n    updateStudyCourse(input: $input) {\n      course {\n        id\n        title\n        summary\n        materialIds\n      }\n    }\n  }\n": types.UpdateStudyCourseDocument,
    "\n  query StudyPlanEdit($id: ID!) {\n    studyPlan(id: $id) {\n      id\n      organizationId\n      title\n      description\n      deadline\n      status\n      audience\n      items {\n        position\n        materialId\n        courseId\n        title\n      }\n    }\n  }\n": types.StudyPlanEditDocument,
    "\n  mutation UpdateStudyPlan($input: UpdateStudyPlanInput!) {\n    updateStudyPlan(input: $input) {\n      plan {\n        id\n        title\n        deadline\n        status\n        assignedCount\n        completedCount\n        materialCount\n      }\n    }\n  }\n": types.UpdateStudyPlanDocument,
    "\n  mutation CloseStudyPlan($input: StudyPlanIdInput!) {\n    closeStudyPlan(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n": types.CloseStudyPlanDocument,
    "\n  query StudyPlanBoard($planId: ID!, $first: Int!, $after: String, $incompleteOnly: Boolean!) {\n    studyPlan(id: $planId) {\n      id\n      title\n      deadline\n      status\n      organizationName\n      viewerCanManage\n      exportUrl\n    }\n    studyPlanCompletion(planId: $planId, first: $first, after: $after, incompleteOnly: $incompleteOnly) {\n      assigned\n      completed\n      organizations {\n        organizationId\n        organizationName\n        assigned\n        completed\n      }\n      people {\n        edges {\n          cursor\n          node {\n            memberId\n            memberName\n            organizationName\n            completedItems\n            totalItems\n            seconds\n            lastStudiedAt\n            completed\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.StudyPlanBoardDocument,
    "\n  mutation RemindStudyPlan($input: StudyPlanIdInput!) {\n    remindStudyPlan(input: $input) {\n      reminded\n    }\n  }\n": types.RemindStudyPlanDocument,
    "\n  fragment SurveyListFields on Survey {\n    id\n    title\n    orgName\n    status\n    anonymous\n    opensAt\n    closesAt\n    myStatus {\n      eligible\n      responded\n    }\n  }\n": types.SurveyListFieldsFragmentDoc,
    "\n  fragment SurveyFields on Survey {\n    id\n    title\n    description\n    orgId\n    orgName\n    status\n    anonymous\n    resultsVisibility\n    resultsVisible\n    opensAt\n    closesAt\n    closedAt\n    questions {\n      id\n      position\n      kind\n      title\n      required\n      options {\n        id\n        label\n      }\n      minChoices\n      maxChoices\n      scaleMin\n      scaleMax\n      minLabel\n      maxLabel\n    }\n    myStatus {\n      eligible\n      responded\n    }\n    turnout {\n      surveyId\n      eligible\n      responded\n    }\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n": types.SurveyFieldsFragmentDoc,
    "\n  query MySurveys($first: Int!, $after: String, $pendingOnly: Boolean) {\n    mySurveys(first: $first, after: $after, pendingOnly: $pendingOnly) {\n      edges {\n        node {\n          ...SurveyListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MySurveysDocument,
    "\n  query OrgSurveys($orgId: ID!, $first: Int!, $after: String) {\n    surveys(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        node {\n          ...SurveyListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrgSurveysDocument,
    "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n": types.SurveyDocument,
    "\n  query SurveyResults($id: ID!) {\n    surveyResults(surveyId: $id) {\n      responses\n      questions {\n        question {\n          id\n          position\n          kind\n          title\n        }\n        answered\n        choices {\n          option {\n            id\n            label\n          }\n          count\n        }\n        ratings {\n          value\n          count\n        }\n        mean\n        texts\n      }\n    }\n  }\n": types.SurveyResultsDocument,
    "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      survey {\n        id\n      }\n    }\n  }\n": types.CreateSurveyDocument,
    "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n": types.SubmitSurveyResponseDocument,
    "\n  mutation CloseSurvey($input: SurveyIdInput!) {\n    closeSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n": types.CloseSurveyDocument,
    "\n  mutation RemindSurveyRespondents($input: SurveyIdInput!) {\n    remindSurveyRespondents(input: $input) {\n      reminded\n    }\n  }\n": types.RemindSurveyRespondentsDocument,
    "\n  query SurveyAudienceCount($orgId: ID!, $audience: SurveyAudienceInput!) {\n    surveyAudienceCount(orgId: $orgId, audience: $audience)\n  }\n": types.SurveyAudienceCountDocument,
    "\n  fragment TransferLetterFields on TransferLetter {\n    id\n    memberId\n    memberName\n    line\n    fromOrgId\n    fromOrgName\n    destination\n    crossProvince\n    code\n    validUntil\n    duesPaidThrough\n    crossing\n    status\n    note\n    issuedAt\n    acceptedAt\n    receipt\n  }\n": types.TransferLetterFieldsFragmentDoc,
    "\n  query TransferLetters {\n    transferLetters {\n      ...TransferLetterFields\n    }\n  }\n": types.TransferLettersDocument,
    "\n  query TransferLetterByCode($code: String!) {\n    transferLetterByCode(code: $code) {\n      fromTenantName\n      fromOrgName\n      memberName\n      line\n      destination\n      validUntil\n      status\n      duesPaidThrough\n      crossing\n    }\n  }\n": types.TransferLetterByCodeDocument,
    "\n  mutation IssueTransferLetter($input: IssueTransferLetterInput!) {\n    issueTransferLetter(input: $input) {\n      ...TransferLetterFields\n    }\n  }\n": types.IssueTransferLetterDocument,
    "\n  mutation CancelTransferLetter($input: CancelTransferLetterInput!) {\n    cancelTransferLetter(input: $input) {\n      ...TransferLetterFields\n    }\n  }\n": types.CancelTransferLetterDocument,
    "\n  mutation AcceptTransferLetter($input: AcceptTransferLetterInput!) {\n    acceptTransferLetter(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptTransferLetterDocument,
    "\n  query UnionCard {\n    unionCard {\n      name\n      orgName\n      tenantName\n      code\n      expiresAt\n    }\n  }\n": types.UnionCardDocument,
    "\n  query VerifyUnionCard($code: String!) {\n    verifyUnionCard(code: $code) {\n      name\n      orgName\n    }\n  }\n": types.VerifyUnionCardDocument,
    "\n  fragment VoteListFields on Vote {\n    id\n    kind\n    title\n    orgName\n    status\n    anonymous\n    opensAt\n    closesAt\n    myStatus {\n      eligible\n      voted\n    }\n  }\n": types.VoteListFieldsFragmentDoc,
    "\n  fragment VoteFields on Vote {\n    id\n    kind\n    title\n    description\n    orgId\n    orgName\n    status\n    anonymous\n    resultsVisibility\n    minChoices\n    maxChoices\n    seats\n    opensAt\n    closesAt\n    closedAt\n    options {\n      id\n      label\n    }\n    myStatus {\n      eligible\n      voted\n    }\n    turnout {\n      voteId\n      eligible\n      voted\n    }\n    results {\n      option {\n        id\n        label\n      }\n      votes\n    }\n    valid\n    invalidReason\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n": types.VoteFieldsFragmentDoc,
    "\n  query MyVotes($first: Int!, $after: String, $pendingOnly: Boolean) {\n    myVotes(first: $first, after: $after, pendingOnly: $pendingOnly) {\n      edges {\n        node {\n          ...VoteListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyVotesDocument,
    "\n  query OrgVotes($orgId: ID!, $first: Int!, $after: String) {\n    votes(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        node {\n          ...VoteListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrgVotesDocument,
    "\n  query Vote($id: ID!) {\n    vote(id: $id) {\n      ...VoteFields\n    }\n  }\n": types.VoteDocument,
    "\n  query VoteNonVoters($id: ID!, $first: Int!, $after: String) {\n    vote(id: $id) {\n      id\n      nonVoters(first: $first, after: $after) {\n        edges {\n          node {\n            memberId\n            name\n            orgName\n            remindedCount\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.VoteNonVotersDocument,
    "\n  query VoteReceipts($id: ID!, $first: Int!, $after: String) {\n    vote(id: $id) {\n      id\n      receipts(first: $first, after: $after) {\n        edges {\n          node\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.VoteReceiptsDocument,
    "\n  query VoteElectorateCount($orgId: ID!, $electorate: ElectorateInput!) {\n    voteElectorateCount(orgId: $orgId, electorate: $electorate)\n  }\n": types.VoteElectorateCountDocument,
    "\n  query VerifyBallotReceipt($voteId: ID!, $receipt: String!) {\n    verifyBallotReceipt(voteId: $voteId, receipt: $receipt) {\n      counted\n      fingerprint\n      options {\n        id\n        label\n      }\n    }\n  }\n": types.VerifyBallotReceiptDocument,
    "\n  mutation CreateVote($input: CreateVoteInput!) {\n    createVote(input: $input) {\n      vote {\n        id\n        options {\n          id\n          label\n        }\n      }\n    }\n  }\n": types.CreateVoteDocument,
    "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      receipt\n    }\n  }\n": types.CastBallotDocument,
    "\n  mutation CloseVote($input: CloseVoteInput!) {\n    closeVote(input: $input) {\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n": types.CloseVoteDocument,
    "\n  mutation RemindVoters($input: RemindVotersInput!) {\n    remindVoters(input: $input) {\n      reminded\n    }\n  }\n": types.RemindVotersDocument,
    "\n  subscription VoteTurnoutChanged($voteId: ID!) {\n    voteTurnoutChanged(voteId: $voteId) {\n      voteId\n      eligible\n      voted\n    }\n  }\n": types.VoteTurnoutChangedDocument,
    "\n  fragment WelfareItemFields on WelfareItem {\n    id\n    name\n    description\n    priceFen\n    subsidyFen\n    memberPriceFen\n    cashLike\n    perMemberLimit\n    orderedQuantity\n    myQuantity\n  }\n": types.WelfareItemFieldsFragmentDoc,
    "\n  fragment WelfareOrderFields on WelfareOrder {\n    id\n    campaignId\n    campaignTitle\n    itemId\n    itemName\n    memberId\n    memberName\n    quantity\n    priceFen\n    subsidyFen\n    memberPayFen\n    category\n    year\n    status\n    refundFen\n    cancelReason\n    createdAt\n    cancelledAt\n  }\n": types.WelfareOrderFieldsFragmentDoc,
    "\n  fragment WelfareCampaignListFields on WelfareCampaign {\n    id\n    organizationId\n    organizationName\n    kind\n    category\n    title\n    thresholdKind\n    threshold\n    deadline\n    status\n    participantCount\n    amountFen\n    progressPercent\n    viewerCanManage\n    settledAt\n    cancelReason\n    createdAt\n  }\n": types.WelfareCampaignListFieldsFragmentDoc,
    "\n  fragment WelfareCampaignFields on WelfareCampaign {\n    ...WelfareCampaignListFields\n    description\n    items {\n      ...WelfareItemFields\n    }\n    myOrders {\n      ...WelfareOrderFields\n    }\n  }\n": types.WelfareCampaignFieldsFragmentDoc,
    "\n  fragment WelfareDistributionFields on WelfareDistribution {\n    id\n    organizationId\n    organizationName\n    memberId\n    memberName\n    category\n    itemName\n    valueFen\n    cashLike\n    distributedOn\n    year\n    note\n    createdAt\n  }\n": types.WelfareDistributionFieldsFragmentDoc,
    "\n  query WelfareCampaigns($organizationId: ID, $status: WelfareCampaignStatus, $first: Int!, $after: String) {\n    welfareCampaigns(organizationId: $organizationId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareCampaignListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WelfareCampaignsDocument,
    "\n  query WelfareCampaign($id: ID!) {\n    welfareCampaign(id: $id) {\n      ...WelfareCampaignFields\n    }\n  }\n": types.WelfareCampaignDocument,
    "\n  query WelfareCampaignOrders($campaignId: ID!, $first: Int!, $after: String) {\n    welfareCampaignOrders(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareOrderFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WelfareCampaignOrdersDocument,
    "\n  query MyWelfareUsage($year: Int) {\n    myWelfareUsage(year: $year) {\n      year\n      cashAllowed\n      categories {\n        category\n        label\n        usedFen\n        capFen\n        remainingFen\n      }\n      orders {\n        ...WelfareOrderFields\n      }\n      distributions {\n        ...WelfareDistributionFields\n      }\n    }\n  }\n": types.MyWelfareUsageDocument,
    "\n  query WelfareDistributions($organizationId: ID!, $year: Int, $first: Int!, $after: String) {\n    welfareDistributions(organizationId: $organizationId, year: $year, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareDistributionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WelfareDistributionsDocument,
    "\n  query WelfareStatistics($organizationId: ID!, $year: Int) {\n    welfareStatistics(organizationId: $organizationId, year: $year) {\n      year\n      organizationId\n      categories {\n        category\n        label\n        subsidyFen\n        memberPayFen\n        memberCount\n      }\n      organizations {\n        organizationId\n        organizationName\n        category\n        label\n        subsidyFen\n        memberCount\n      }\n    }\n  }\n": types.WelfareStatisticsDocument,
    "\n  mutation CreateWelfareCampaign($input: CreateWelfareCampaignInput!) {\n    createWelfareCampaign(input: $input) {\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n": types.CreateWelfareCampaignDocument,
    "\n  mutation CancelWelfareCampaign($id: ID!, $reason: String!) {\n    cancelWelfareCampaign(id: $id, reason: $reason) {\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n": types.CancelWelfareCampaignDocument,
    "\n  mutation PlaceWelfareOrder($input: PlaceWelfareOrderInput!) {\n    placeWelfareOrder(input: $input) {\n      order {\n        ...WelfareOrderFields\n      }\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n": types.PlaceWelfareOrderDocument,
    "\n  mutation CancelWelfareOrder($id: ID!) {\n    cancelWelfareOrder(id: $id) {\n      order {\n        ...WelfareOrderFields\n      }\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n": types.CancelWelfareOrderDocument,
    "\n  mutation RecordWelfareDistribution($input: RecordWelfareDistributionInput!) {\n    recordWelfareDistribution(input: $input) {\n      distribution {\n        ...WelfareDistributionFields\n      }\n    }\n  }\n": types.RecordWelfareDistributionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      member {\n        id\n        name\n        email\n      }\n      tenant {\n        id\n        slug\n        name\n        timeZone\n        loginAlerts\n        secondFactorPolicy\n      }\n      secondFactor {\n        enabled\n        required\n      }\n      permissions\n      permissionsAnywhere\n      grants {\n        id\n        role\n        scope\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      member {\n        id\n        name\n        email\n      }\n      tenant {\n        id\n        slug\n        name\n        timeZone\n        loginAlerts\n        secondFactorPolicy\n      }\n      secondFactor {\n        enabled\n        required\n      }\n      permissions\n      permissionsAnywhere\n      grants {\n        id\n        role\n        scope\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int!, $after: String, $line: OrgLine) {\n    organizations(first: $first, after: $after, line: $line) {\n      edges {\n        node {\n          id\n          name\n          line\n          kind\n          kindLabel\n          path\n          depth\n          isJoint\n          isVirtual\n          archivedAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organizations($first: Int!, $after: String, $line: OrgLine) {\n    organizations(first: $first, after: $after, line: $line) {\n      edges {\n        node {\n          id\n          name\n          line\n          kind\n          kindLabel\n          path\n          depth\n          isJoint\n          isVirtual\n          archivedAt\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberSearch($search: String) {\n    members(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberSearch($search: String) {\n    members(first: 20, search: $search) {\n      edges {\n        node {\n          id\n          name\n          organization {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberName($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Member {\n        name\n        organization {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberName($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Member {\n        name\n        organization {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginUpload($input: BeginUploadInput!) {\n    beginUpload(input: $input) {\n      file {\n        id\n        name\n        contentType\n        size\n        status\n        isImage\n      }\n      url\n      method\n      headers {\n        name\n        value\n      }\n      needsCompletion\n    }\n  }\n"): (typeof documents)["\n  mutation BeginUpload($input: BeginUploadInput!) {\n    beginUpload(input: $input) {\n      file {\n        id\n        name\n        contentType\n        size\n        status\n        isImage\n      }\n      url\n      method\n      headers {\n        name\n        value\n      }\n      needsCompletion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteUpload($fileId: ID!) {\n    completeUpload(fileId: $fileId) {\n      id\n      name\n      contentType\n      size\n      status\n      isImage\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteUpload($fileId: ID!) {\n    completeUpload(fileId: $fileId) {\n      id\n      name\n      contentType\n      size\n      status\n      isImage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FileUrl($id: ID!) {\n    file(id: $id) {\n      url\n    }\n  }\n"): (typeof documents)["\n  query FileUrl($id: ID!) {\n    file(id: $id) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityListFields on Activity {\n    id\n    title\n    kind\n    status\n    orgName\n    place\n    startsAt\n    endsAt\n    registrationDeadline\n    registrationOpen\n    capacity\n    registeredCount\n    waitlistedCount\n    volunteerHours\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      checkedInAt\n      hours\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityListFields on Activity {\n    id\n    title\n    kind\n    status\n    orgName\n    place\n    startsAt\n    endsAt\n    registrationDeadline\n    registrationOpen\n    capacity\n    registeredCount\n    waitlistedCount\n    volunteerHours\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      checkedInAt\n      hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    ...ActivityListFields\n    orgId\n    description\n    approvalRequired\n    pendingCount\n    cancelReason\n    geofence {\n      latitude\n      longitude\n      radiusM\n    }\n    fields {\n      id\n      label\n      kind\n      required\n      options\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      checkedInAt\n      hours\n      answers {\n        fieldId\n        label\n        value\n      }\n    }\n    viewerInvited\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n"): (typeof documents)["\n  fragment ActivityFields on Activity {\n    ...ActivityListFields\n    orgId\n    description\n    approvalRequired\n    pendingCount\n    cancelReason\n    geofence {\n      latitude\n      longitude\n      radiusM\n    }\n    fields {\n      id\n      label\n      kind\n      required\n      options\n    }\n    myRegistration {\n      id\n      status\n      waitlistPosition\n      checkedInAt\n      hours\n      answers {\n        fieldId\n        label\n        value\n      }\n    }\n    viewerInvited\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($orgId: ID, $past: Boolean!, $after: ID) {\n    activities(orgId: $orgId, past: $past, first: 20, after: $after) {\n      ...ActivityListFields\n    }\n  }\n"): (typeof documents)["\n  query Activities($orgId: ID, $past: Boolean!, $after: ID) {\n    activities(orgId: $orgId, past: $past, first: 20, after: $after) {\n      ...ActivityListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivitiesInWindow($orgId: ID, $from: DateTime!, $to: DateTime!) {\n    activities(orgId: $orgId, from: $from, to: $to, first: 100) {\n      ...ActivityListFields\n    }\n  }\n"): (typeof documents)["\n  query ActivitiesInWindow($orgId: ID, $from: DateTime!, $to: DateTime!) {\n    activities(orgId: $orgId, from: $from, to: $to, first: 100) {\n      ...ActivityListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActivities {\n    myActivities {\n      ...ActivityListFields\n    }\n  }\n"): (typeof documents)["\n  query MyActivities {\n    myActivities {\n      ...ActivityListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFields\n    }\n  }\n"): (typeof documents)["\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityRoster($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFields\n      registrations {\n        id\n        memberId\n        memberName\n        status\n        seq\n        registeredAt\n        checkedInAt\n        checkInMethod\n        hours\n        answers {\n          fieldId\n          label\n          value\n        }\n      }\n      statistics {\n        registered\n        waitlisted\n        pending\n        attended\n        noShows\n        rate\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityRoster($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFields\n      registrations {\n        id\n        memberId\n        memberName\n        status\n        seq\n        registeredAt\n        checkedInAt\n        checkInMethod\n        hours\n        answers {\n          fieldId\n          label\n          value\n        }\n      }\n      statistics {\n        registered\n        waitlisted\n        pending\n        attended\n        noShows\n        rate\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForActivity($input: RegisterForActivityInput!) {\n    registerForActivity(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForActivity($input: RegisterForActivityInput!) {\n    registerForActivity(input: $input) {\n      registration {\n        id\n        status\n        waitlistPosition\n      }\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelActivityRegistration($input: CancelActivityRegistrationInput!) {\n    cancelActivityRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelActivityRegistration($input: CancelActivityRegistrationInput!) {\n    cancelActivityRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelActivity($input: CancelActivityInput!) {\n    cancelActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelActivity($input: CancelActivityInput!) {\n    cancelActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideActivityRegistration($input: DecideActivityRegistrationInput!) {\n    decideActivityRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideActivityRegistration($input: DecideActivityRegistrationInput!) {\n    decideActivityRegistration(input: $input) {\n      registration {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordActivityAttendance($input: RecordActivityAttendanceInput!) {\n    recordActivityAttendance(input: $input) {\n      registration {\n        id\n        checkedInAt\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordActivityAttendance($input: RecordActivityAttendanceInput!) {\n    recordActivityAttendance(input: $input) {\n      registration {\n        id\n        checkedInAt\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVolunteerHours($input: SetVolunteerHoursInput!) {\n    setVolunteerHours(input: $input) {\n      registration {\n        id\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetVolunteerHours($input: SetVolunteerHoursInput!) {\n    setVolunteerHours(input: $input) {\n      registration {\n        id\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInToActivity($input: CheckInToActivityInput!) {\n    checkInToActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInToActivity($input: CheckInToActivityInput!) {\n    checkInToActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityCheckInCode($activityId: ID!) {\n    activityCheckInCode(activityId: $activityId) {\n      code\n      url\n      expiresAt\n      refreshInSeconds\n    }\n  }\n"): (typeof documents)["\n  query ActivityCheckInCode($activityId: ID!) {\n    activityCheckInCode(activityId: $activityId) {\n      code\n      url\n      expiresAt\n      refreshInSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVolunteerHours($year: Int) {\n    myVolunteerHours(year: $year) {\n      year\n      totalHours\n      activities\n      entries {\n        id\n        activityId\n        activityTitle\n        orgName\n        startsAt\n        kind\n        hours\n        reason\n        recordedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyVolunteerHours($year: Int) {\n    myVolunteerHours(year: $year) {\n      year\n      totalHours\n      activities\n      entries {\n        id\n        activityId\n        activityTitle\n        orgName\n        startsAt\n        kind\n        hours\n        reason\n        recordedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityStatistics($orgId: ID!, $year: Int) {\n    activityStatistics(orgId: $orgId, year: $year) {\n      year\n      activities\n      totals {\n        registered\n        attended\n        noShows\n        rate\n        hours\n      }\n      lines {\n        activityId\n        title\n        kind\n        startsAt\n        status\n        participation {\n          registered\n          waitlisted\n          attended\n          noShows\n          rate\n          hours\n        }\n      }\n      members {\n        memberId\n        memberName\n        activities\n        hours\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityStatistics($orgId: ID!, $year: Int) {\n    activityStatistics(orgId: $orgId, year: $year) {\n      year\n      activities\n      totals {\n        registered\n        attended\n        noShows\n        rate\n        hours\n      }\n      lines {\n        activityId\n        title\n        kind\n        startsAt\n        status\n        participation {\n          registered\n          waitlisted\n          attended\n          noShows\n          rate\n          hours\n        }\n      }\n      members {\n        memberId\n        memberName\n        activities\n        hours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      activity {\n        ...ActivityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityPhotos($id: ID!) {\n    activity(id: $id) {\n      id\n      viewerCanAddPhotos\n      viewerCanManage\n      photos {\n        id\n        url\n        caption\n        addedByName\n        addedAt\n        viewerCanRemove\n        file {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityPhotos($id: ID!) {\n    activity(id: $id) {\n      id\n      viewerCanAddPhotos\n      viewerCanManage\n      photos {\n        id\n        url\n        caption\n        addedByName\n        addedAt\n        viewerCanRemove\n        file {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActivityPhotos($input: AddActivityPhotosInput!) {\n    addActivityPhotos(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddActivityPhotos($input: AddActivityPhotosInput!) {\n    addActivityPhotos(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveActivityPhoto($input: RemoveActivityPhotoInput!) {\n    removeActivityPhoto(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveActivityPhoto($input: RemoveActivityPhotoInput!) {\n    removeActivityPhoto(input: $input) {\n      activity {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftArticleFromAlbum($input: DraftArticleFromAlbumInput!) {\n    draftArticleFromAlbum(input: $input) {\n      article {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DraftArticleFromAlbum($input: DraftArticleFromAlbumInput!) {\n    draftArticleFromAlbum(input: $input) {\n      article {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      role\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($input: IdInput!) {\n    revokeApiKey(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($input: IdInput!) {\n    revokeApiKey(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentLedgerFields on AssessmentLedger {\n    scheme {\n      id\n      name\n      organizationId\n      organizationName\n      periodKind\n      year\n      quarter\n      targetKind\n      starThresholds\n      status\n      computedAt\n    }\n    fullScore\n    canManage\n    indicators {\n      id\n      position\n      name\n      description\n      weight\n      method\n      metric\n      metricLabel\n      target\n    }\n    results {\n      organizationId\n      organizationName\n      total\n      rank\n      stars\n      scores {\n        indicatorId\n        score\n        numerator\n        denominator\n        recordsTotal\n        note\n        manual\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AssessmentLedgerFields on AssessmentLedger {\n    scheme {\n      id\n      name\n      organizationId\n      organizationName\n      periodKind\n      year\n      quarter\n      targetKind\n      starThresholds\n      status\n      computedAt\n    }\n    fullScore\n    canManage\n    indicators {\n      id\n      position\n      name\n      description\n      weight\n      method\n      metric\n      metricLabel\n      target\n    }\n    results {\n      organizationId\n      organizationName\n      total\n      rank\n      stars\n      scores {\n        indicatorId\n        score\n        numerator\n        denominator\n        recordsTotal\n        note\n        manual\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentSchemes($year: Int) {\n    assessmentSchemes(year: $year) {\n      id\n      name\n      organizationName\n      periodKind\n      year\n      quarter\n      targetKind\n      status\n      computedAt\n    }\n  }\n"): (typeof documents)["\n  query AssessmentSchemes($year: Int) {\n    assessmentSchemes(year: $year) {\n      id\n      name\n      organizationName\n      periodKind\n      year\n      quarter\n      targetKind\n      status\n      computedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentLedger($schemeId: ID!) {\n    assessmentLedger(schemeId: $schemeId) {\n      ...AssessmentLedgerFields\n    }\n  }\n"): (typeof documents)["\n  query AssessmentLedger($schemeId: ID!) {\n    assessmentLedger(schemeId: $schemeId) {\n      ...AssessmentLedgerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentRecords($schemeId: ID!, $indicatorId: ID!, $organizationId: ID!) {\n    assessmentRecords(schemeId: $schemeId, indicatorId: $indicatorId, organizationId: $organizationId) {\n      total\n      records {\n        kind\n        id\n        title\n        on\n        counted\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentRecords($schemeId: ID!, $indicatorId: ID!, $organizationId: ID!) {\n    assessmentRecords(schemeId: $schemeId, indicatorId: $indicatorId, organizationId: $organizationId) {\n      total\n      records {\n        kind\n        id\n        title\n        on\n        counted\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentReports($schemeId: ID!, $organizationId: ID!) {\n    assessmentReports(schemeId: $schemeId, organizationId: $organizationId) {\n      id\n      indicatorId\n      text\n      authorName\n      createdAt\n      files {\n        id\n        fileName\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssessmentReports($schemeId: ID!, $organizationId: ID!) {\n    assessmentReports(schemeId: $schemeId, organizationId: $organizationId) {\n      id\n      indicatorId\n      text\n      authorName\n      createdAt\n      files {\n        id\n        fileName\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssessmentScheme($input: CreateAssessmentSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAssessmentScheme($input: CreateAssessmentSchemeInput!) {\n    createAssessmentScheme(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputeAssessment($schemeId: ID!) {\n    recomputeAssessment(schemeId: $schemeId) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecomputeAssessment($schemeId: ID!) {\n    recomputeAssessment(schemeId: $schemeId) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScoreAssessmentIndicator($input: ScoreAssessmentIndicatorInput!) {\n    scoreAssessmentIndicator(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScoreAssessmentIndicator($input: ScoreAssessmentIndicatorInput!) {\n    scoreAssessmentIndicator(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAssessmentReport($input: SubmitAssessmentReportInput!) {\n    submitAssessmentReport(input: $input) {\n      report {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAssessmentReport($input: SubmitAssessmentReportInput!) {\n    submitAssessmentReport(input: $input) {\n      report {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAssessmentStars($input: SetAssessmentStarsInput!) {\n    setAssessmentStars(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAssessmentStars($input: SetAssessmentStarsInput!) {\n    setAssessmentStars(input: $input) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseAssessmentScheme($schemeId: ID!) {\n    closeAssessmentScheme(schemeId: $schemeId) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseAssessmentScheme($schemeId: ID!) {\n    closeAssessmentScheme(schemeId: $schemeId) {\n      ledger {\n        ...AssessmentLedgerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          actorKind\n          actorName\n          action\n          objectType\n          objectId\n          result\n          requestId\n          ip\n          detail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    auditChainBreak\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $action: String) {\n    auditLog(first: $first, after: $after, action: $action) {\n      edges {\n        cursor\n        node {\n          seq\n          at\n          actorKind\n          actorName\n          action\n          objectType\n          objectId\n          result\n          requestId\n          ip\n          detail\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    auditChainBreak\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Retention($first: Int!, $after: String) {\n    retentionPolicy {\n      auditLogDays\n      readNotificationDays\n      source\n      overridden\n      dueAuditRows\n      dueNotifications\n    }\n    retentionPurges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          ranAt\n          kind\n          keepDays\n          cutoff\n          purged\n          firstSeq\n          lastSeq\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Retention($first: Int!, $after: String) {\n    retentionPolicy {\n      auditLogDays\n      readNotificationDays\n      source\n      overridden\n      dueAuditRows\n      dueNotifications\n    }\n    retentionPurges(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          seq\n          ranAt\n          kind\n          keepDays\n          cutoff\n          purged\n          firstSeq\n          lastSeq\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LastMessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    replyToSeq\n    recalledAt\n    conversationId\n  }\n"): (typeof documents)["\n  fragment LastMessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    replyToSeq\n    recalledAt\n    conversationId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    replyToSeq\n    recalledAt\n    recalledBy\n    conversationId\n    mentionIds\n    mentionsAll\n    mentionsViewer\n    attachment {\n      id\n      name\n      contentType\n      size\n      isImage\n      url\n    }\n    readCount {\n      read\n      of\n    }\n  }\n"): (typeof documents)["\n  fragment ChatMessageFields on Message {\n    id\n    seq\n    body\n    createdAt\n    author {\n      id\n      name\n    }\n    replyToSeq\n    recalledAt\n    recalledBy\n    conversationId\n    mentionIds\n    mentionsAll\n    mentionsViewer\n    attachment {\n      id\n      name\n      contentType\n      size\n      isImage\n      url\n    }\n    readCount {\n      read\n      of\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    unreadCount\n    lastSeq\n    lastMessage {\n      ...LastMessageFields\n    }\n    organization {\n      id\n    }\n    broadcastOnly\n    pinnedNotice\n    viewerIsAdmin\n  }\n"): (typeof documents)["\n  fragment ConversationFields on Conversation {\n    id\n    kind\n    title\n    unreadCount\n    lastSeq\n    lastMessage {\n      ...LastMessageFields\n    }\n    organization {\n      id\n    }\n    broadcastOnly\n    pinnedNotice\n    viewerIsAdmin\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversations($first: Int!, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatUnread($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatUnread($first: Int!) {\n    conversations(first: $first) {\n      edges {\n        node {\n          id\n          unreadCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatMessages($conversationId: ID!, $first: Int!, $beforeSeq: Int) {\n    messages(conversationId: $conversationId, first: $first, beforeSeq: $beforeSeq) {\n      ...ChatMessageFields\n    }\n  }\n"): (typeof documents)["\n  query ChatMessages($conversationId: ID!, $first: Int!, $beforeSeq: Int) {\n    messages(conversationId: $conversationId, first: $first, beforeSeq: $beforeSeq) {\n      ...ChatMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ChatMessageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      message {\n        ...ChatMessageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($input: MarkConversationReadInput!) {\n    markConversationRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...ChatMessageFields\n    }\n  }\n"): (typeof documents)["\n  subscription MessageAdded($conversationId: ID!, $afterSeq: Int) {\n    messageAdded(conversationId: $conversationId, afterSeq: $afterSeq) {\n      ...ChatMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageChanged($conversationId: ID!) {\n    messageChanged(conversationId: $conversationId) {\n      ...ChatMessageFields\n    }\n  }\n"): (typeof documents)["\n  subscription MessageChanged($conversationId: ID!) {\n    messageChanged(conversationId: $conversationId) {\n      ...ChatMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!) {\n    conversation(id: $id) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConversationMembers($conversationId: ID!, $first: Int!, $offset: Int!) {\n    conversationMembers(conversationId: $conversationId, first: $first, offset: $offset) {\n      items {\n        id\n        name\n        isAdmin\n        muted\n        mutedUntil\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ConversationMembers($conversationId: ID!, $first: Int!, $offset: Int!) {\n    conversationMembers(conversationId: $conversationId, first: $first, offset: $offset) {\n      items {\n        id\n        name\n        isAdmin\n        muted\n        mutedUntil\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMessages($conversationId: ID!, $query: String!, $first: Int!, $beforeSeq: Int) {\n    searchMessages(conversationId: $conversationId, query: $query, first: $first, beforeSeq: $beforeSeq) {\n      ...ChatMessageFields\n    }\n  }\n"): (typeof documents)["\n  query SearchMessages($conversationId: ID!, $query: String!, $first: Int!, $beforeSeq: Int) {\n    searchMessages(conversationId: $conversationId, query: $query, first: $first, beforeSeq: $beforeSeq) {\n      ...ChatMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenDirectConversation($memberId: ID!) {\n    openDirectConversation(memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenDirectConversation($memberId: ID!) {\n    openDirectConversation(memberId: $memberId) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConversationMembers($input: AddConversationMembersInput!) {\n    addConversationMembers(input: $input)\n  }\n"): (typeof documents)["\n  mutation AddConversationMembers($input: AddConversationMembersInput!) {\n    addConversationMembers(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConversationMember($input: ConversationMemberInput!) {\n    removeConversationMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveConversationMember($input: ConversationMemberInput!) {\n    removeConversationMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConversationAdmin($input: SetConversationAdminInput!) {\n    setConversationAdmin(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetConversationAdmin($input: SetConversationAdminInput!) {\n    setConversationAdmin(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateConversation($input: UpdateConversationInput!) {\n    updateConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateConversation($input: UpdateConversationInput!) {\n    updateConversation(input: $input) {\n      ...ConversationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecallMessage($input: MessageRefInput!) {\n    recallMessage(input: $input) {\n      ...ChatMessageFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecallMessage($input: MessageRefInput!) {\n    recallMessage(input: $input) {\n      ...ChatMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteMember($input: MuteMemberInput!) {\n    muteMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation MuteMember($input: MuteMemberInput!) {\n    muteMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmuteMember($input: ConversationMemberInput!) {\n    unmuteMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation UnmuteMember($input: ConversationMemberInput!) {\n    unmuteMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMessage($input: ReportMessageInput!, $content: ReportContentInput!) {\n    reportMessage(input: $input)\n    reportContent(input: $content) {\n      newReport\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation ReportMessage($input: ReportMessageInput!, $content: ReportContentInput!) {\n    reportMessage(input: $input)\n    reportContent(input: $content) {\n      newReport\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatWords {\n    chatWords {\n      word\n      action\n    }\n  }\n"): (typeof documents)["\n  query ChatWords {\n    chatWords {\n      word\n      action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChatWord($input: SetChatWordInput!) {\n    setChatWord(input: $input) {\n      word\n      action\n    }\n  }\n"): (typeof documents)["\n  mutation SetChatWord($input: SetChatWordInput!) {\n    setChatWord(input: $input) {\n      word\n      action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveChatWord($word: String!) {\n    removeChatWord(word: $word)\n  }\n"): (typeof documents)["\n  mutation RemoveChatWord($word: String!) {\n    removeChatWord(word: $word)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContestFields on Contest {\n    id\n    orgId\n    orgName\n    bankId\n    bankName\n    title\n    status\n    questionCount\n    secondsPerQuestion\n    pointsPerQuestion\n    participantCount\n    canHost\n    joined\n    startedAt\n    finishedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ContestFields on Contest {\n    id\n    orgId\n    orgName\n    bankId\n    bankName\n    title\n    status\n    questionCount\n    secondsPerQuestion\n    pointsPerQuestion\n    participantCount\n    canHost\n    joined\n    startedAt\n    finishedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContestLiveFields on ContestLive {\n    contestId\n    status\n    phase\n    questionCount\n    serverNow\n    question {\n      position\n      kind\n      stem\n      options\n      blankCount\n      startedAt\n      deadline\n      correctAnswer\n      explanation\n    }\n  }\n"): (typeof documents)["\n  fragment ContestLiveFields on ContestLive {\n    contestId\n    status\n    phase\n    questionCount\n    serverNow\n    question {\n      position\n      kind\n      stem\n      options\n      blankCount\n      startedAt\n      deadline\n      correctAnswer\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContestStandingFields on ContestStanding {\n    rank\n    memberId\n    memberName\n    orgName\n    score\n    correctCount\n    answeredCount\n    answerMs\n  }\n"): (typeof documents)["\n  fragment ContestStandingFields on ContestStanding {\n    rank\n    memberId\n    memberName\n    orgName\n    score\n    correctCount\n    answeredCount\n    answerMs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContestLeaderboardFields on ContestLeaderboard {\n    contestId\n    participants\n    answeredCurrent\n    members {\n      ...ContestStandingFields\n    }\n    branches {\n      rank\n      orgId\n      orgName\n      participants\n      totalScore\n      averageScore\n    }\n  }\n"): (typeof documents)["\n  fragment ContestLeaderboardFields on ContestLeaderboard {\n    contestId\n    participants\n    answeredCurrent\n    members {\n      ...ContestStandingFields\n    }\n    branches {\n      rank\n      orgId\n      orgName\n      participants\n      totalScore\n      averageScore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contests($first: Int!, $after: String) {\n    contests(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ContestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Contests($first: Int!, $after: String) {\n    contests(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ContestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contest($id: ID!) {\n    contest(id: $id) {\n      ...ContestFields\n    }\n  }\n"): (typeof documents)["\n  query Contest($id: ID!) {\n    contest(id: $id) {\n      ...ContestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContestLive($contestId: ID!) {\n    contestLive(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n"): (typeof documents)["\n  query ContestLive($contestId: ID!) {\n    contestLive(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContestLeaderboard($contestId: ID!) {\n    contestLeaderboard(contestId: $contestId) {\n      ...ContestLeaderboardFields\n    }\n  }\n"): (typeof documents)["\n  query ContestLeaderboard($contestId: ID!) {\n    contestLeaderboard(contestId: $contestId) {\n      ...ContestLeaderboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyContestStanding($contestId: ID!) {\n    myContestStanding(contestId: $contestId) {\n      ...ContestStandingFields\n    }\n  }\n"): (typeof documents)["\n  query MyContestStanding($contestId: ID!) {\n    myContestStanding(contestId: $contestId) {\n      ...ContestStandingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContest($input: CreateContestInput!) {\n    createContest(input: $input) {\n      ...ContestFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContest($input: CreateContestInput!) {\n    createContest(input: $input) {\n      ...ContestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinContest($contestId: ID!) {\n    joinContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n"): (typeof documents)["\n  mutation JoinContest($contestId: ID!) {\n    joinContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartContest($contestId: ID!) {\n    startContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartContest($contestId: ID!) {\n    startContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NextContestQuestion($contestId: ID!) {\n    nextContestQuestion(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n"): (typeof documents)["\n  mutation NextContestQuestion($contestId: ID!) {\n    nextContestQuestion(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealContestAnswer($contestId: ID!) {\n    revealContestAnswer(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevealContestAnswer($contestId: ID!) {\n    revealContestAnswer(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishContest($contestId: ID!) {\n    finishContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n"): (typeof documents)["\n  mutation FinishContest($contestId: ID!) {\n    finishContest(contestId: $contestId) {\n      ...ContestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerContestQuestion($input: AnswerContestQuestionInput!) {\n    answerContestQuestion(input: $input) {\n      position\n      elapsedMs\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerContestQuestion($input: AnswerContestQuestionInput!) {\n    answerContestQuestion(input: $input) {\n      position\n      elapsedMs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ContestStateChanged($contestId: ID!) {\n    contestStateChanged(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n"): (typeof documents)["\n  subscription ContestStateChanged($contestId: ID!) {\n    contestStateChanged(contestId: $contestId) {\n      ...ContestLiveFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ContestLeaderboardChanged($contestId: ID!) {\n    contestLeaderboardChanged(contestId: $contestId) {\n      ...ContestLeaderboardFields\n    }\n  }\n"): (typeof documents)["\n  subscription ContestLeaderboardChanged($contestId: ID!) {\n    contestLeaderboardChanged(contestId: $contestId) {\n      ...ContestLeaderboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    dashboard {\n      memberTotal\n      membersByLine {\n        key\n        count\n      }\n      membersByPoliticalStatus {\n        key\n        count\n      }\n      organizationsByLine {\n        key\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    dashboard {\n      memberTotal\n      membersByLine {\n        key\n        count\n      }\n      membersByPoliticalStatus {\n        key\n        count\n      }\n      organizationsByLine {\n        key\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgDashboardFields on OrgDashboard {\n    organization {\n      id\n      name\n    }\n    generatedAt\n    asOf\n    members {\n      total\n      byLine {\n        key\n        count\n      }\n      byPoliticalStatus {\n        key\n        count\n      }\n      byGender {\n        key\n        count\n      }\n      byAgeBand {\n        key\n        count\n      }\n      byEducation {\n        key\n        count\n      }\n      byJoinYear {\n        key\n        count\n      }\n    }\n    pipeline {\n      stage\n      members\n      overdue\n      dueSoon\n    }\n    meetings {\n      required\n      done\n      scheduled\n      due\n      overdue\n      missedLast12Months\n      complianceRate\n    }\n    dues {\n      year\n      dueFen\n      paidFen\n      collectionRate\n      arrearsMembers\n      arrearsFen\n    }\n    notices {\n      notices\n      required\n      acknowledged\n      acknowledgementRate\n    }\n    participation {\n      votes\n      voteEligible\n      voteVoted\n      surveys\n      surveyAsked\n      surveyResponded\n      activities\n      activityRegistered\n      activityCheckedIn\n      participants\n      members\n      participationRate\n    }\n    study {\n      plans\n      assigned\n      completed\n      completionRate\n    }\n    points {\n      year\n      yearTotal\n      total\n      earners\n    }\n    grid {\n      total\n      open\n      closed\n      overdue\n      withFeedback\n      onTime\n      onTimeRate\n    }\n    engagement {\n      weekStart\n      label\n      active\n    }\n  }\n"): (typeof documents)["\n  fragment OrgDashboardFields on OrgDashboard {\n    organization {\n      id\n      name\n    }\n    generatedAt\n    asOf\n    members {\n      total\n      byLine {\n        key\n        count\n      }\n      byPoliticalStatus {\n        key\n        count\n      }\n      byGender {\n        key\n        count\n      }\n      byAgeBand {\n        key\n        count\n      }\n      byEducation {\n        key\n        count\n      }\n      byJoinYear {\n        key\n        count\n      }\n    }\n    pipeline {\n      stage\n      members\n      overdue\n      dueSoon\n    }\n    meetings {\n      required\n      done\n      scheduled\n      due\n      overdue\n      missedLast12Months\n      complianceRate\n    }\n    dues {\n      year\n      dueFen\n      paidFen\n      collectionRate\n      arrearsMembers\n      arrearsFen\n    }\n    notices {\n      notices\n      required\n      acknowledged\n      acknowledgementRate\n    }\n    participation {\n      votes\n      voteEligible\n      voteVoted\n      surveys\n      surveyAsked\n      surveyResponded\n      activities\n      activityRegistered\n      activityCheckedIn\n      participants\n      members\n      participationRate\n    }\n    study {\n      plans\n      assigned\n      completed\n      completionRate\n    }\n    points {\n      year\n      yearTotal\n      total\n      earners\n    }\n    grid {\n      total\n      open\n      closed\n      overdue\n      withFeedback\n      onTime\n      onTimeRate\n    }\n    engagement {\n      weekStart\n      label\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgDashboard($organizationId: ID) {\n    orgDashboard(organizationId: $organizationId) {\n      ...OrgDashboardFields\n    }\n  }\n"): (typeof documents)["\n  query OrgDashboard($organizationId: ID) {\n    orgDashboard(organizationId: $organizationId) {\n      ...OrgDashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrgDashboardUpdated($organizationId: ID!) {\n    orgDashboardUpdated(organizationId: $organizationId) {\n      ...OrgDashboardFields\n    }\n  }\n"): (typeof documents)["\n  subscription OrgDashboardUpdated($organizationId: ID!) {\n    orgDashboardUpdated(organizationId: $organizationId) {\n      ...OrgDashboardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuesEntryFields on DuesEntry {\n    id\n    memberId\n    memberName\n    line\n    month\n    kind\n    amountFen\n    method\n    receiptNo\n    ruleKey\n    baseFen\n    note\n    corrects\n    recordedBy\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DuesEntryFields on DuesEntry {\n    id\n    memberId\n    memberName\n    line\n    month\n    kind\n    amountFen\n    method\n    receiptNo\n    ruleKey\n    baseFen\n    note\n    corrects\n    recordedBy\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuesBaseFields on DuesBase {\n    id\n    memberId\n    line\n    category\n    baseFen\n    fromMonth\n    newPayMonth\n    source\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DuesBaseFields on DuesBase {\n    id\n    memberId\n    line\n    category\n    baseFen\n    fromMonth\n    newPayMonth\n    source\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuesRollup($organizationId: ID, $line: DuesLine!, $fromMonth: String!, $toMonth: String!) {\n    duesRollup(organizationId: $organizationId, line: $line, fromMonth: $fromMonth, toMonth: $toMonth) {\n      orgId\n      orgName\n      month\n      billedFen\n      correctedFen\n      paidFen\n      membersBilled\n      membersPaid\n    }\n  }\n"): (typeof documents)["\n  query DuesRollup($organizationId: ID, $line: DuesLine!, $fromMonth: String!, $toMonth: String!) {\n    duesRollup(organizationId: $organizationId, line: $line, fromMonth: $fromMonth, toMonth: $toMonth) {\n      orgId\n      orgName\n      month\n      billedFen\n      correctedFen\n      paidFen\n      membersBilled\n      membersPaid\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuesArrears($organizationId: ID, $line: DuesLine!) {\n    duesArrears(organizationId: $organizationId, line: $line) {\n      memberId\n      memberName\n      orgName\n      owedFen\n      monthsOwed\n      oldestMonth\n      lapseWarning\n      lapseMonths\n    }\n  }\n"): (typeof documents)["\n  query DuesArrears($organizationId: ID, $line: DuesLine!) {\n    duesArrears(organizationId: $organizationId, line: $line) {\n      memberId\n      memberName\n      orgName\n      owedFen\n      monthsOwed\n      oldestMonth\n      lapseWarning\n      lapseMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuesBases($memberId: ID!) {\n    duesBases(memberId: $memberId) {\n      ...DuesBaseFields\n    }\n  }\n"): (typeof documents)["\n  query DuesBases($memberId: ID!) {\n    duesBases(memberId: $memberId) {\n      ...DuesBaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuesStatement($memberId: ID!, $line: DuesLine!) {\n    duesStatement(memberId: $memberId, line: $line) {\n      ...DuesEntryFields\n    }\n  }\n"): (typeof documents)["\n  query DuesStatement($memberId: ID!, $line: DuesLine!) {\n    duesStatement(memberId: $memberId, line: $line) {\n      ...DuesEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DuesStanding($memberId: ID!, $line: DuesLine!) {\n    duesStanding(memberId: $memberId, line: $line) {\n      paidThrough\n      fromTenantName\n    }\n  }\n"): (typeof documents)["\n  query DuesStanding($memberId: ID!, $line: DuesLine!) {\n    duesStanding(memberId: $memberId, line: $line) {\n      paidThrough\n      fromTenantName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDues($memberId: ID!) {\n    party: duesStatement(memberId: $memberId, line: PARTY) {\n      ...DuesEntryFields\n    }\n    union: duesStatement(memberId: $memberId, line: UNION) {\n      ...DuesEntryFields\n    }\n    youth: duesStatement(memberId: $memberId, line: YOUTH) {\n      ...DuesEntryFields\n    }\n    duesBases(memberId: $memberId) {\n      ...DuesBaseFields\n    }\n  }\n"): (typeof documents)["\n  query MyDues($memberId: ID!) {\n    party: duesStatement(memberId: $memberId, line: PARTY) {\n      ...DuesEntryFields\n    }\n    union: duesStatement(memberId: $memberId, line: UNION) {\n      ...DuesEntryFields\n    }\n    youth: duesStatement(memberId: $memberId, line: YOUTH) {\n      ...DuesEntryFields\n    }\n    duesBases(memberId: $memberId) {\n      ...DuesBaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDuesBase($input: SetDuesBaseInput!) {\n    setDuesBase(input: $input) {\n      ...DuesBaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetDuesBase($input: SetDuesBaseInput!) {\n    setDuesBase(input: $input) {\n      ...DuesBaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateDuesBills($input: GenerateDuesBillsInput!) {\n    generateDuesBills(input: $input) {\n      written\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateDuesBills($input: GenerateDuesBillsInput!) {\n    generateDuesBills(input: $input) {\n      written\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDuesPayment($input: RecordDuesPaymentInput!) {\n    recordDuesPayment(input: $input) {\n      ...DuesEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordDuesPayment($input: RecordDuesPaymentInput!) {\n    recordDuesPayment(input: $input) {\n      ...DuesEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindDuesArrears($input: RemindDuesArrearsInput!) {\n    remindDuesArrears(input: $input) {\n      reminded\n    }\n  }\n"): (typeof documents)["\n  mutation RemindDuesArrears($input: RemindDuesArrearsInput!) {\n    remindDuesArrears(input: $input) {\n      reminded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectDuesEntry($input: CorrectDuesEntryInput!) {\n    correctDuesEntry(input: $input) {\n      ...DuesEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CorrectDuesEntry($input: CorrectDuesEntryInput!) {\n    correctDuesEntry(input: $input) {\n      ...DuesEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDuesBases($input: ImportDuesBasesInput!) {\n    importDuesBases(input: $input) {\n      total\n      imported\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDuesBases($input: ImportDuesBasesInput!) {\n    importDuesBases(input: $input) {\n      total\n      imported\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EvaluationCampaignFields on EvaluationCampaign {\n    id\n    orgId\n    orgName\n    year\n    title\n    stage\n    memberCount\n    selfAssessedCount\n    peerTurnout\n    excellentCap\n    excellentProposed\n    excellentDecided\n    capWarning\n    capRuleTitle\n    capRuleSource\n    viewerIsOfficer\n    viewerCanManage\n    viewerIsParticipant\n    viewerSelfAssessed\n    viewerPeerSubmitted\n    members {\n      memberId\n      name\n      selfAssessment\n      peerTally {\n        excellent\n        qualified\n        basicallyQualified\n        unqualified\n        total\n      }\n      peerComments\n      proposedGrade\n      proposedReason\n      finalGrade\n      finalReason\n    }\n  }\n"): (typeof documents)["\n  fragment EvaluationCampaignFields on EvaluationCampaign {\n    id\n    orgId\n    orgName\n    year\n    title\n    stage\n    memberCount\n    selfAssessedCount\n    peerTurnout\n    excellentCap\n    excellentProposed\n    excellentDecided\n    capWarning\n    capRuleTitle\n    capRuleSource\n    viewerIsOfficer\n    viewerCanManage\n    viewerIsParticipant\n    viewerSelfAssessed\n    viewerPeerSubmitted\n    members {\n      memberId\n      name\n      selfAssessment\n      peerTally {\n        excellent\n        qualified\n        basicallyQualified\n        unqualified\n        total\n      }\n      peerComments\n      proposedGrade\n      proposedReason\n      finalGrade\n      finalReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyEvaluation {\n    myEvaluation {\n      ...EvaluationCampaignFields\n    }\n  }\n"): (typeof documents)["\n  query MyEvaluation {\n    myEvaluation {\n      ...EvaluationCampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationCampaigns($orgId: ID!) {\n    evaluationCampaigns(orgId: $orgId) {\n      ...EvaluationCampaignFields\n    }\n  }\n"): (typeof documents)["\n  query EvaluationCampaigns($orgId: ID!) {\n    evaluationCampaigns(orgId: $orgId) {\n      ...EvaluationCampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartEvaluation($input: StartEvaluationInput!) {\n    startEvaluation(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartEvaluation($input: StartEvaluationInput!) {\n    startEvaluation(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {\n    submitSelfAssessment(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {\n    submitSelfAssessment(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPeerRatings($input: SubmitPeerRatingsInput!) {\n    submitPeerRatings(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPeerRatings($input: SubmitPeerRatingsInput!) {\n    submitPeerRatings(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceEvaluation($input: AdvanceEvaluationInput!) {\n    advanceEvaluation(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceEvaluation($input: AdvanceEvaluationInput!) {\n    advanceEvaluation(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeGrades($input: ProposeGradesInput!) {\n    proposeGrades(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeGrades($input: ProposeGradesInput!) {\n    proposeGrades(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideGrades($input: DecideGradesInput!) {\n    decideGrades(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideGrades($input: DecideGradesInput!) {\n    decideGrades(input: $input) {\n      campaign {\n        ...EvaluationCampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GridFileFields on GridFile {\n    fileId\n    fileName\n    contentType\n    url\n  }\n"): (typeof documents)["\n  fragment GridFileFields on GridFile {\n    fileId\n    fileName\n    contentType\n    url\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GridCaseListFields on GridCase {\n    id\n    number\n    state\n    stateLabel\n    gridId\n    gridName\n    categoryKey\n    categoryName\n    title\n    assigneeName\n    reportedAt\n    currentDueAt\n    overdue\n    isMine\n    actions\n    photos {\n      ...GridFileFields\n    }\n  }\n"): (typeof documents)["\n  fragment GridCaseListFields on GridCase {\n    id\n    number\n    state\n    stateLabel\n    gridId\n    gridName\n    categoryKey\n    categoryName\n    title\n    assigneeName\n    reportedAt\n    currentDueAt\n    overdue\n    isMine\n    actions\n    photos {\n      ...GridFileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GridCaseDetailFields on GridCase {\n    ...GridCaseListFields\n    description\n    location {\n      latitude\n      longitude\n      address\n    }\n    reporterName\n    reporterHidden\n    assigneeMemberId\n    assigneeOrgId\n    dispatcherName\n    acceptDueAt\n    dueAt\n    resolved\n    rating\n    ratingComment\n    acceptedAt\n    dispatchedAt\n    closedAt\n    updatedAt\n    timeline {\n      id\n      kind\n      fromState\n      toState\n      actorName\n      note\n      createdAt\n      files {\n        ...GridFileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment GridCaseDetailFields on GridCase {\n    ...GridCaseListFields\n    description\n    location {\n      latitude\n      longitude\n      address\n    }\n    reporterName\n    reporterHidden\n    assigneeMemberId\n    assigneeOrgId\n    dispatcherName\n    acceptDueAt\n    dueAt\n    resolved\n    rating\n    ratingComment\n    acceptedAt\n    dispatchedAt\n    closedAt\n    updatedAt\n    timeline {\n      id\n      kind\n      fromState\n      toState\n      actorName\n      note\n      createdAt\n      files {\n        ...GridFileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCaseCategories {\n    gridCaseCategories {\n      key\n      name\n      acceptHours\n      resolveHours\n    }\n  }\n"): (typeof documents)["\n  query GridCaseCategories {\n    gridCaseCategories {\n      key\n      name\n      acceptHours\n      resolveHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGrids {\n    myGrids {\n      id\n      name\n      path\n    }\n  }\n"): (typeof documents)["\n  query MyGrids {\n    myGrids {\n      id\n      name\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCases(\n    $first: Int\n    $after: String\n    $gridId: ID\n    $state: GridCaseState\n    $categoryKey: String\n    $overdueOnly: Boolean\n    $search: String\n    $mine: Boolean\n  ) {\n    gridCases(\n      first: $first\n      after: $after\n      gridId: $gridId\n      state: $state\n      categoryKey: $categoryKey\n      overdueOnly: $overdueOnly\n      search: $search\n      mine: $mine\n    ) {\n      edges {\n        cursor\n        node {\n          ...GridCaseListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridCases(\n    $first: Int\n    $after: String\n    $gridId: ID\n    $state: GridCaseState\n    $categoryKey: String\n    $overdueOnly: Boolean\n    $search: String\n    $mine: Boolean\n  ) {\n    gridCases(\n      first: $first\n      after: $after\n      gridId: $gridId\n      state: $state\n      categoryKey: $categoryKey\n      overdueOnly: $overdueOnly\n      search: $search\n      mine: $mine\n    ) {\n      edges {\n        cursor\n        node {\n          ...GridCaseListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCase($id: ID!) {\n    gridCase(id: $id) {\n      ...GridCaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  query GridCase($id: ID!) {\n    gridCase(id: $id) {\n      ...GridCaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportGridCase($input: ReportGridCaseInput!) {\n    reportGridCase(input: $input) {\n      case {\n        ...GridCaseListFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportGridCase($input: ReportGridCaseInput!) {\n    reportGridCase(input: $input) {\n      case {\n        ...GridCaseListFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptGridCase($input: AcceptGridCaseInput!) {\n    acceptGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptGridCase($input: AcceptGridCaseInput!) {\n    acceptGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelGridCase($input: CancelGridCaseInput!) {\n    cancelGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelGridCase($input: CancelGridCaseInput!) {\n    cancelGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchGridCase($input: DispatchGridCaseInput!) {\n    dispatchGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchGridCase($input: DispatchGridCaseInput!) {\n    dispatchGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartGridCase($input: StartGridCaseInput!) {\n    startGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartGridCase($input: StartGridCaseInput!) {\n    startGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitGridCaseFeedback($input: SubmitGridCaseFeedbackInput!) {\n    submitGridCaseFeedback(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitGridCaseFeedback($input: SubmitGridCaseFeedbackInput!) {\n    submitGridCaseFeedback(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseGridCase($input: CloseGridCaseInput!) {\n    closeGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseGridCase($input: CloseGridCaseInput!) {\n    closeGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenGridCase($input: ReopenGridCaseInput!) {\n    reopenGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenGridCase($input: ReopenGridCaseInput!) {\n    reopenGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateGridCase($input: RateGridCaseInput!) {\n    rateGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RateGridCase($input: RateGridCaseInput!) {\n    rateGridCase(input: $input) {\n      case {\n        ...GridCaseDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskBoardCardFields on TaskBoardCard {\n    id\n    kind\n    caseId\n    taskId\n    number\n    title\n    state\n    gridId\n    gridName\n    categoryName\n    assigneeName\n    dueAt\n    overdue\n    secondsLeft\n    thumbnailUrl\n    actions\n  }\n"): (typeof documents)["\n  fragment TaskBoardCardFields on TaskBoardCard {\n    id\n    kind\n    caseId\n    taskId\n    number\n    title\n    state\n    gridId\n    gridName\n    categoryName\n    assigneeName\n    dueAt\n    overdue\n    secondsLeft\n    thumbnailUrl\n    actions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskBoardColumnFields on TaskBoardColumn {\n    state\n    label\n    count\n    overdueCount\n    endCursor\n    hasMore\n    cards {\n      ...TaskBoardCardFields\n    }\n  }\n"): (typeof documents)["\n  fragment TaskBoardColumnFields on TaskBoardColumn {\n    state\n    label\n    count\n    overdueCount\n    endCursor\n    hasMore\n    cards {\n      ...TaskBoardCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskBoard($orgId: ID!, $filter: TaskBoardFilter, $first: Int) {\n    taskBoard(orgId: $orgId, filter: $filter, first: $first) {\n      orgId\n      columns {\n        ...TaskBoardColumnFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskBoard($orgId: ID!, $filter: TaskBoardFilter, $first: Int) {\n    taskBoard(orgId: $orgId, filter: $filter, first: $first) {\n      orgId\n      columns {\n        ...TaskBoardColumnFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskBoardColumn($orgId: ID!, $state: GridCaseState!, $filter: TaskBoardFilter, $first: Int, $after: String) {\n    taskBoardColumn(orgId: $orgId, state: $state, filter: $filter, first: $first, after: $after) {\n      ...TaskBoardColumnFields\n    }\n  }\n"): (typeof documents)["\n  query TaskBoardColumn($orgId: ID!, $state: GridCaseState!, $filter: TaskBoardFilter, $first: Int, $after: String) {\n    taskBoardColumn(orgId: $orgId, state: $state, filter: $filter, first: $first, after: $after) {\n      ...TaskBoardColumnFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TaskBoardChanged($orgId: ID!) {\n    taskBoardChanged(orgId: $orgId) {\n      kind\n      fromState\n      toState\n      card {\n        ...TaskBoardCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TaskBoardChanged($orgId: ID!) {\n    taskBoardChanged(orgId: $orgId) {\n      kind\n      fromState\n      toState\n      card {\n        ...TaskBoardCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridStatistics($orgId: ID!, $from: NaiveDate!, $to: NaiveDate!, $gridId: ID) {\n    gridStatistics(orgId: $orgId, from: $from, to: $to, gridId: $gridId) {\n      total\n      resolutionRate\n      onTimeRate\n      medianHoursToAccept\n      medianHoursToClose\n      mediationSuccessRate\n      ratingAverage\n      byCategory {\n        key\n        name\n        count\n      }\n      byState {\n        state\n        label\n        count\n      }\n      perGrid {\n        gridId\n        gridName\n        total\n        closed\n        overdue\n        resolutionRate\n        ratingAverage\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridStatistics($orgId: ID!, $from: NaiveDate!, $to: NaiveDate!, $gridId: ID) {\n    gridStatistics(orgId: $orgId, from: $from, to: $to, gridId: $gridId) {\n      total\n      resolutionRate\n      onTimeRate\n      medianHoursToAccept\n      medianHoursToClose\n      mediationSuccessRate\n      ratingAverage\n      byCategory {\n        key\n        name\n        count\n      }\n      byState {\n        state\n        label\n        count\n      }\n      perGrid {\n        gridId\n        gridName\n        total\n        closed\n        overdue\n        resolutionRate\n        ratingAverage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GridAssignmentFields on GridAssignment {\n    id\n    gridId\n    gridName\n    memberId\n    memberName\n    role\n    startsOn\n    endsOn\n    active\n  }\n"): (typeof documents)["\n  fragment GridAssignmentFields on GridAssignment {\n    id\n    gridId\n    gridName\n    memberId\n    memberName\n    role\n    startsOn\n    endsOn\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridAssignments($gridId: ID, $memberId: ID, $activeOnly: Boolean) {\n    gridAssignments(gridId: $gridId, memberId: $memberId, activeOnly: $activeOnly) {\n      ...GridAssignmentFields\n    }\n  }\n"): (typeof documents)["\n  query GridAssignments($gridId: ID, $memberId: ID, $activeOnly: Boolean) {\n    gridAssignments(gridId: $gridId, memberId: $memberId, activeOnly: $activeOnly) {\n      ...GridAssignmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignGridWorker($input: AssignGridWorkerInput!) {\n    assignGridWorker(input: $input) {\n      assignment {\n        ...GridAssignmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignGridWorker($input: AssignGridWorkerInput!) {\n    assignGridWorker(input: $input) {\n      assignment {\n        ...GridAssignmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndGridAssignment($input: EndGridAssignmentInput!) {\n    endGridAssignment(input: $input) {\n      assignment {\n        ...GridAssignmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndGridAssignment($input: EndGridAssignmentInput!) {\n    endGridAssignment(input: $input) {\n      assignment {\n        ...GridAssignmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionTaskFields on SupervisionTask {\n    id\n    number\n    orgId\n    orgName\n    title\n    description\n    dueAt\n    overdue\n    createdAt\n    createdByName\n    total\n    reported\n    closed\n    files {\n      ...GridFileFields\n    }\n    targets {\n      orgId\n      orgName\n      state\n      report\n      reportedAt\n      reportedByName\n      reviewNote\n      closedAt\n      overdue\n      files {\n        ...GridFileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionTaskFields on SupervisionTask {\n    id\n    number\n    orgId\n    orgName\n    title\n    description\n    dueAt\n    overdue\n    createdAt\n    createdByName\n    total\n    reported\n    closed\n    files {\n      ...GridFileFields\n    }\n    targets {\n      orgId\n      orgName\n      state\n      report\n      reportedAt\n      reportedByName\n      reviewNote\n      closedAt\n      overdue\n      files {\n        ...GridFileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionTasks($first: Int, $after: String, $orgId: ID, $state: SupervisionTaskState, $overdueOnly: Boolean) {\n    supervisionTasks(first: $first, after: $after, orgId: $orgId, state: $state, overdueOnly: $overdueOnly) {\n      edges {\n        cursor\n        node {\n          ...SupervisionTaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionTasks($first: Int, $after: String, $orgId: ID, $state: SupervisionTaskState, $overdueOnly: Boolean) {\n    supervisionTasks(first: $first, after: $after, orgId: $orgId, state: $state, overdueOnly: $overdueOnly) {\n      edges {\n        cursor\n        node {\n          ...SupervisionTaskFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSupervisionTask($input: CreateSupervisionTaskInput!) {\n    createSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSupervisionTask($input: CreateSupervisionTaskInput!) {\n    createSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSupervisionTask($input: ReportSupervisionTaskInput!) {\n    reportSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportSupervisionTask($input: ReportSupervisionTaskInput!) {\n    reportSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSupervisionTask($input: ReviewSupervisionTaskInput!) {\n    reviewSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewSupervisionTask($input: ReviewSupervisionTaskInput!) {\n    reviewSupervisionTask(input: $input) {\n      task {\n        ...SupervisionTaskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IdeaCardFields on Idea {\n    id\n    orgName\n    title\n    body\n    anonymous\n    author {\n      id\n      name\n    }\n    status\n    statusLabel\n    decisionReason\n    supportCount\n    commentCount\n    viewerSupports\n    isMine\n    canSupport\n    hidden\n    createdAt\n    actions\n  }\n"): (typeof documents)["\n  fragment IdeaCardFields on Idea {\n    id\n    orgName\n    title\n    body\n    anonymous\n    author {\n      id\n      name\n    }\n    status\n    statusLabel\n    decisionReason\n    supportCount\n    commentCount\n    viewerSupports\n    isMine\n    canSupport\n    hidden\n    createdAt\n    actions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ideas($orgId: ID!, $status: IdeaStatus, $sort: IdeaSort, $first: Int, $after: String) {\n    ideas(orgId: $orgId, status: $status, sort: $sort, first: $first, after: $after) {\n      edges {\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Ideas($orgId: ID!, $status: IdeaStatus, $sort: IdeaSort, $first: Int, $after: String) {\n    ideas(orgId: $orgId, status: $status, sort: $sort, first: $first, after: $after) {\n      edges {\n        node {\n          ...IdeaCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      timeline {\n        id\n        status\n        statusLabel\n        actorName\n        note\n        createdAt\n      }\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            authorName\n            body\n            hidden\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Idea($id: ID!) {\n    idea(id: $id) {\n      ...IdeaCardFields\n      timeline {\n        id\n        status\n        statusLabel\n        actorName\n        note\n        createdAt\n      }\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            authorName\n            body\n            hidden\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitIdea($input: SubmitIdeaInput!) {\n    submitIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupportIdea($input: IdeaInput!) {\n    supportIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SupportIdea($input: IdeaInput!) {\n    supportIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawIdeaSupport($input: IdeaInput!) {\n    withdrawIdeaSupport(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawIdeaSupport($input: IdeaInput!) {\n    withdrawIdeaSupport(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewIdea($input: ReviewIdeaInput!) {\n    reviewIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewIdea($input: ReviewIdeaInput!) {\n    reviewIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideIdea($input: DecideIdeaInput!) {\n    decideIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideIdea($input: DecideIdeaInput!) {\n    decideIdea(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkIdeaImplemented($input: MarkIdeaImplementedInput!) {\n    markIdeaImplemented(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkIdeaImplemented($input: MarkIdeaImplementedInput!) {\n    markIdeaImplemented(input: $input) {\n      idea {\n        ...IdeaCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnIdea($input: CommentOnIdeaInput!) {\n    commentOnIdea(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnIdea($input: CommentOnIdeaInput!) {\n    commentOnIdea(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIdeaContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      newReport\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation ReportIdeaContent($input: ReportContentInput!) {\n    reportContent(input: $input) {\n      newReport\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      name\n      timeZone\n      loginAlerts\n      secondFactorPolicy\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {\n    updateTenantSettings(input: $input) {\n      id\n      name\n      timeZone\n      loginAlerts\n      secondFactorPolicy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        tenant {\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      viewer {\n        tenant {\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        tenant {\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      viewer {\n        tenant {\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        member {\n          name\n        }\n        tenant {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      viewer {\n        member {\n          name\n        }\n        tenant {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      ip\n      createdAt\n      expiresAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      ip\n      createdAt\n      expiresAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($input: IdInput!) {\n    revokeSession(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($input: IdInput!) {\n    revokeSession(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InquiryFields on Inquiry {\n    id\n    orgName\n    askerName\n    subject\n    body\n    status\n    statusLabel\n    dueAt\n    overdue\n    answer\n    answererName\n    answeredAt\n    rating\n    ratingComment\n    createdAt\n    isMine\n    canAnswer\n    canRate\n  }\n"): (typeof documents)["\n  fragment InquiryFields on Inquiry {\n    id\n    orgName\n    askerName\n    subject\n    body\n    status\n    statusLabel\n    dueAt\n    overdue\n    answer\n    answererName\n    answeredAt\n    rating\n    ratingComment\n    createdAt\n    isMine\n    canAnswer\n    canRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyInquiries($first: Int, $after: String) {\n    myInquiries(first: $first, after: $after) {\n      edges {\n        node {\n          ...InquiryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyInquiries($first: Int, $after: String) {\n    myInquiries(first: $first, after: $after) {\n      edges {\n        node {\n          ...InquiryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgInquiries($orgId: ID!, $status: InquiryStatus, $first: Int, $after: String) {\n    inquiries(orgId: $orgId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...InquiryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgInquiries($orgId: ID!, $status: InquiryStatus, $first: Int, $after: String) {\n    inquiries(orgId: $orgId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...InquiryFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskInquiry($input: AskInquiryInput!) {\n    askInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AskInquiry($input: AskInquiryInput!) {\n    askInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerInquiry($input: AnswerInquiryInput!) {\n    answerInquiry(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateInquiryAnswer($input: RateInquiryAnswerInput!) {\n    rateInquiryAnswer(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RateInquiryAnswer($input: RateInquiryAnswerInput!) {\n    rateInquiryAnswer(input: $input) {\n      inquiry {\n        ...InquiryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JoinApplicationFields on JoinApplication {\n    id\n    memberId\n    memberName\n    line\n    orgId\n    orgName\n    note\n    status\n    createdAt\n    decidedAt\n    decisionNote\n  }\n"): (typeof documents)["\n  fragment JoinApplicationFields on JoinApplication {\n    id\n    memberId\n    memberName\n    line\n    orgId\n    orgName\n    note\n    status\n    createdAt\n    decidedAt\n    decisionNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JoinApplications {\n    joinApplications {\n      ...JoinApplicationFields\n    }\n  }\n"): (typeof documents)["\n  query JoinApplications {\n    joinApplications {\n      ...JoinApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToJoin($input: ApplyToJoinInput!) {\n    applyToJoin(input: $input) {\n      ...JoinApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyToJoin($input: ApplyToJoinInput!) {\n    applyToJoin(input: $input) {\n      ...JoinApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideJoinApplication($input: DecideJoinApplicationInput!) {\n    decideJoinApplication(input: $input) {\n      ...JoinApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideJoinApplication($input: DecideJoinApplicationInput!) {\n    decideJoinApplication(input: $input) {\n      ...JoinApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LapseRisks($organizationId: ID!, $line: DuesLine!) {\n    lapseRisks(organizationId: $organizationId, line: $line) {\n      memberId\n      name\n      organizationName\n      level\n      lastOrgLifeAt\n      missedMeetings\n      unpaidMonths\n      lapseMonths\n      source\n      grounds {\n        ground\n        months\n        since\n        stageMonths\n        lapsed\n      }\n    }\n  }\n"): (typeof documents)["\n  query LapseRisks($organizationId: ID!, $line: DuesLine!) {\n    lapseRisks(organizationId: $organizationId, line: $line) {\n      memberId\n      name\n      organizationName\n      level\n      lastOrgLifeAt\n      missedMeetings\n      unpaidMonths\n      lapseMonths\n      source\n      grounds {\n        ground\n        months\n        since\n        stageMonths\n        lapsed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeagueCampaigns {\n    leagueCampaigns {\n      id\n      orgId\n      orgName\n      year\n      closesOn\n      lastRemindedAt\n      members {\n        memberId\n        name\n        orgName\n        registeredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeagueCampaigns {\n    leagueCampaigns {\n      id\n      orgId\n      orgName\n      year\n      closesOn\n      lastRemindedAt\n      members {\n        memberId\n        name\n        orgName\n        registeredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeagueAgeOuts($orgId: ID!) {\n    leagueAgeOuts(orgId: $orgId) {\n      memberId\n      name\n      ageOutOn\n    }\n  }\n"): (typeof documents)["\n  query LeagueAgeOuts($orgId: ID!) {\n    leagueAgeOuts(orgId: $orgId) {\n      memberId\n      name\n      ageOutOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLeagueCampaign($input: StartLeagueCampaignInput!) {\n    startLeagueCampaign(input: $input) {\n      id\n      year\n      orgName\n    }\n  }\n"): (typeof documents)["\n  mutation StartLeagueCampaign($input: StartLeagueCampaignInput!) {\n    startLeagueCampaign(input: $input) {\n      id\n      year\n      orgName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterLeagueMembership($input: RegisterLeagueMembershipInput!) {\n    registerLeagueMembership(input: $input)\n  }\n"): (typeof documents)["\n  mutation RegisterLeagueMembership($input: RegisterLeagueMembershipInput!) {\n    registerLeagueMembership(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindLeagueCampaign($campaignId: ID!) {\n    remindLeagueCampaign(campaignId: $campaignId)\n  }\n"): (typeof documents)["\n  mutation RemindLeagueCampaign($campaignId: ID!) {\n    remindLeagueCampaign(campaignId: $campaignId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingListFields on Meeting {\n    id\n    orgId\n    orgName\n    line\n    type\n    typeLabel\n    title\n    startsAt\n    endsAt\n    location\n    isElection\n    status\n    held\n    checkInOpen\n    minutesStatus\n    canManage\n    myAttendance {\n      memberId\n      state\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingListFields on Meeting {\n    id\n    orgId\n    orgName\n    line\n    type\n    typeLabel\n    title\n    startsAt\n    endsAt\n    location\n    isElection\n    status\n    held\n    checkInOpen\n    minutesStatus\n    canManage\n    myAttendance {\n      memberId\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingAttendeeFields on MeetingAttendee {\n    memberId\n    name\n    state\n    voting\n    leaveReason\n    leaveRefused\n    checkedInAt\n    checkInMethod\n  }\n"): (typeof documents)["\n  fragment MeetingAttendeeFields on MeetingAttendee {\n    memberId\n    name\n    state\n    voting\n    leaveReason\n    leaveRefused\n    checkedInAt\n    checkInMethod\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingAttendanceFields on MeetingAttendance {\n    expected\n    present\n    onLeave\n    leavePending\n    absent\n    quorumShare\n    quorumInclusive\n    quorumMet\n    quorumRuleSource\n  }\n"): (typeof documents)["\n  fragment MeetingAttendanceFields on MeetingAttendance {\n    expected\n    present\n    onLeave\n    leavePending\n    absent\n    quorumShare\n    quorumInclusive\n    quorumMet\n    quorumRuleSource\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingFields on Meeting {\n    ...MeetingListFields\n    agenda\n    geofence {\n      latitude\n      longitude\n      radiusMeters\n    }\n    cancelReason\n    minutes\n    resolutions\n    approvedAt\n    approvedByName\n    attachments {\n      fileId\n      fileName\n      contentType\n      size\n      url\n    }\n    amendments {\n      id\n      text\n      authorName\n      createdAt\n    }\n    attendance {\n      ...MeetingAttendanceFields\n    }\n    attendees {\n      ...MeetingAttendeeFields\n    }\n    myAttendance {\n      ...MeetingAttendeeFields\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment MeetingFields on Meeting {\n    ...MeetingListFields\n    agenda\n    geofence {\n      latitude\n      longitude\n      radiusMeters\n    }\n    cancelReason\n    minutes\n    resolutions\n    approvedAt\n    approvedByName\n    attachments {\n      fileId\n      fileName\n      contentType\n      size\n      url\n    }\n    amendments {\n      id\n      text\n      authorName\n      createdAt\n    }\n    attendance {\n      ...MeetingAttendanceFields\n    }\n    attendees {\n      ...MeetingAttendeeFields\n    }\n    myAttendance {\n      ...MeetingAttendeeFields\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingTypes {\n    meetingTypes {\n      type\n      label\n      line\n      frequencyMonths\n      ruleKey\n      ruleSource\n      general\n      committeeOnly\n    }\n  }\n"): (typeof documents)["\n  query MeetingTypes {\n    meetingTypes {\n      type\n      label\n      line\n      frequencyMonths\n      ruleKey\n      ruleSource\n      general\n      committeeOnly\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($first: Int!, $after: String, $orgId: ID, $mine: Boolean, $from: DateTime, $to: DateTime) {\n    meetings(first: $first, after: $after, orgId: $orgId, mine: $mine, from: $from, to: $to) {\n      edges {\n        cursor\n        node {\n          ...MeetingListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meetings($first: Int!, $after: String, $orgId: ID, $mine: Boolean, $from: DateTime, $to: DateTime) {\n    meetings(first: $first, after: $after, orgId: $orgId, mine: $mine, from: $from, to: $to) {\n      edges {\n        cursor\n        node {\n          ...MeetingListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingScreen($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      orgName\n      startsAt\n      endsAt\n      location\n      status\n      checkInOpen\n      canManage\n      attendance {\n        ...MeetingAttendanceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingScreen($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      orgName\n      startsAt\n      endsAt\n      location\n      status\n      checkInOpen\n      canManage\n      attendance {\n        ...MeetingAttendanceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCheckInCode($meetingId: ID!) {\n    meetingCheckInCode(meetingId: $meetingId) {\n      code\n      url\n      expiresAt\n      refreshInSeconds\n    }\n  }\n"): (typeof documents)["\n  query MeetingCheckInCode($meetingId: ID!) {\n    meetingCheckInCode(meetingId: $meetingId) {\n      code\n      url\n      expiresAt\n      refreshInSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCompliance($orgId: ID, $behindOnly: Boolean) {\n    meetingCompliance(orgId: $orgId, behindOnly: $behindOnly) {\n      orgId\n      orgName\n      type\n      typeLabel\n      frequencyMonths\n      periodStart\n      periodEnd\n      daysLeft\n      status\n      warning\n      lastHeldAt\n      nextMeetingId\n      missedLast12Months\n      ruleSource\n    }\n  }\n"): (typeof documents)["\n  query MeetingCompliance($orgId: ID, $behindOnly: Boolean) {\n    meetingCompliance(orgId: $orgId, behindOnly: $behindOnly) {\n      orgId\n      orgName\n      type\n      typeLabel\n      frequencyMonths\n      periodStart\n      periodEnd\n      daysLeft\n      status\n      warning\n      lastHeldAt\n      nextMeetingId\n      missedLast12Months\n      ruleSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($input: ScheduleMeetingInput!) {\n    scheduleMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($input: CancelMeetingInput!) {\n    cancelMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMeetingLeave($input: RequestMeetingLeaveInput!) {\n    requestMeetingLeave(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMeetingLeave($input: RequestMeetingLeaveInput!) {\n    requestMeetingLeave(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMeetingLeave($input: DecideMeetingLeaveInput!) {\n    decideMeetingLeave(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecideMeetingLeave($input: DecideMeetingLeaveInput!) {\n    decideMeetingLeave(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInToMeeting($input: CheckInToMeetingInput!) {\n    checkInToMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInToMeeting($input: CheckInToMeetingInput!) {\n    checkInToMeeting(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {\n    recordMeetingAttendance(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeetingAttendance($input: RecordMeetingAttendanceInput!) {\n    recordMeetingAttendance(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMeetingMinutes($input: SaveMeetingMinutesInput!) {\n    saveMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMeetingMinutes($input: SaveMeetingMinutesInput!) {\n    saveMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveMeetingMinutes($input: ApproveMeetingMinutesInput!) {\n    approveMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveMeetingMinutes($input: ApproveMeetingMinutesInput!) {\n    approveMeetingMinutes(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendMeetingRecord($input: AmendMeetingRecordInput!) {\n    amendMeetingRecord(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AmendMeetingRecord($input: AmendMeetingRecordInput!) {\n    amendMeetingRecord(input: $input) {\n      meeting {\n        ...MeetingFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      ...MeetingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingCountsChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      checkInOpen\n      attendance {\n        ...MeetingAttendanceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingCountsChanged($meetingId: ID!) {\n    meetingChanged(meetingId: $meetingId) {\n      id\n      checkInOpen\n      attendance {\n        ...MeetingAttendanceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    calendarFeed {\n      createdAt\n      lastUsedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      feed {\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed {\n      url\n      feed {\n        createdAt\n        lastUsedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members(\n    $first: Int!\n    $after: String\n    $search: String\n    $line: OrgLine\n    $organizationId: ID\n    $politicalStatus: PoliticalStatus\n    $includeDisabled: Boolean\n  ) {\n    members(\n      first: $first\n      after: $after\n      search: $search\n      line: $line\n      organizationId: $organizationId\n      politicalStatus: $politicalStatus\n      includeDisabled: $includeDisabled\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          gender\n          status\n          hasAccount\n          phone\n          politicalStatus\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Members(\n    $first: Int!\n    $after: String\n    $search: String\n    $line: OrgLine\n    $organizationId: ID\n    $politicalStatus: PoliticalStatus\n    $includeDisabled: Boolean\n  ) {\n    members(\n      first: $first\n      after: $after\n      search: $search\n      line: $line\n      organizationId: $organizationId\n      politicalStatus: $politicalStatus\n      includeDisabled: $includeDisabled\n    ) {\n      edges {\n        cursor\n        node {\n          id\n          name\n          gender\n          status\n          hasAccount\n          phone\n          politicalStatus\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberDetail($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Member {\n        name\n        gender\n        status\n        hasAccount\n        posts\n        phone\n        email\n        birthDate\n        politicalStatus\n        createdAt\n        profile {\n          ethnicity\n          ethnicityLabel\n          education\n          occupation\n          partyJoinedOn\n          leagueJoinedOn\n          unionJoinedOn\n        }\n        organization {\n          id\n          name\n        }\n        partyOrganization {\n          id\n          name\n        }\n        unionOrganization {\n          id\n          name\n        }\n        youthOrganization {\n          id\n          name\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberDetail($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Member {\n        name\n        gender\n        status\n        hasAccount\n        posts\n        phone\n        email\n        birthDate\n        politicalStatus\n        createdAt\n        profile {\n          ethnicity\n          ethnicityLabel\n          education\n          occupation\n          partyJoinedOn\n          leagueJoinedOn\n          unionJoinedOn\n        }\n        organization {\n          id\n          name\n        }\n        partyOrganization {\n          id\n          name\n        }\n        unionOrganization {\n          id\n          name\n        }\n        youthOrganization {\n          id\n          name\n        }\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMember($input: MemberInput!) {\n    createMember(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMember($input: MemberInput!) {\n    createMember(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member {\n        id\n        name\n        gender\n        phone\n        email\n        birthDate\n        politicalStatus\n        posts\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMember($input: UpdateMemberInput!) {\n    updateMember(input: $input) {\n      member {\n        id\n        name\n        gender\n        phone\n        email\n        birthDate\n        politicalStatus\n        posts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      member {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {\n    setMemberDisabled(input: $input) {\n      member {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitationUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      invitationUrl\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      total\n      imported\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportMembers($input: ImportMembersInput!) {\n    importMembers(input: $input) {\n      total\n      imported\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileCodes {\n    profileCodes {\n      ethnicities {\n        code\n        label\n      }\n      educations {\n        code\n        label\n      }\n      occupations {\n        code\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileCodes {\n    profileCodes {\n      ethnicities {\n        code\n        label\n      }\n      educations {\n        code\n        label\n      }\n      occupations {\n        code\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberProfile($input: UpdateMemberProfileInput!) {\n    updateMemberProfile(input: $input) {\n      memberId\n      ethnicity\n      ethnicityLabel\n      education\n      occupation\n      partyJoinedOn\n      leagueJoinedOn\n      unionJoinedOn\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberProfile($input: UpdateMemberProfileInput!) {\n    updateMemberProfile(input: $input) {\n      memberId\n      ethnicity\n      ethnicityLabel\n      education\n      occupation\n      partyJoinedOn\n      leagueJoinedOn\n      unionJoinedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModerationItemFields on ModerationItem {\n    id\n    kind\n    contentId\n    authorName\n    excerpt\n    status\n    hidden\n    pendingReports\n    totalReports\n    createdAt\n    updatedAt\n    reports {\n      reporterName\n      reason\n      createdAt\n    }\n    history {\n      action\n      actorName\n      note\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationItemFields on ModerationItem {\n    id\n    kind\n    contentId\n    authorName\n    excerpt\n    status\n    hidden\n    pendingReports\n    totalReports\n    createdAt\n    updatedAt\n    reports {\n      reporterName\n      reason\n      createdAt\n    }\n    history {\n      action\n      actorName\n      note\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($orgId: ID!, $status: ModerationStatus, $first: Int, $after: String) {\n    moderationQueue(orgId: $orgId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($orgId: ID!, $status: ModerationStatus, $first: Int, $after: String) {\n    moderationQueue(orgId: $orgId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...ModerationItemFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModerateContent($input: ModerateContentInput!) {\n    moderateContent(input: $input) {\n      item {\n        ...ModerationItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModerateContent($input: ModerateContentInput!) {\n    moderateContent(input: $input) {\n      item {\n        ...ModerationItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeReceiptFields on NoticeReceipt {\n    deliveredAt\n    readAt\n    acknowledgedAt\n    reply\n  }\n"): (typeof documents)["\n  fragment NoticeReceiptFields on NoticeReceipt {\n    deliveredAt\n    readAt\n    acknowledgedAt\n    reply\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeListFields on Notice {\n    id\n    title\n    category\n    importance\n    status\n    ackRequired\n    ackDeadline\n    issuerName\n    author {\n      id\n      name\n    }\n    scheduledAt\n    publishedAt\n    withdrawnAt\n    createdAt\n    myReceipt {\n      ...NoticeReceiptFields\n    }\n  }\n"): (typeof documents)["\n  fragment NoticeListFields on Notice {\n    id\n    title\n    category\n    importance\n    status\n    ackRequired\n    ackDeadline\n    issuerName\n    author {\n      id\n      name\n    }\n    scheduledAt\n    publishedAt\n    withdrawnAt\n    createdAt\n    myReceipt {\n      ...NoticeReceiptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeStatsFields on NoticeStats {\n    noticeId\n    recipients\n    read\n    acknowledged\n    byOrg {\n      orgId\n      orgName\n      recipients\n      read\n      acknowledged\n    }\n  }\n"): (typeof documents)["\n  fragment NoticeStatsFields on NoticeStats {\n    noticeId\n    recipients\n    read\n    acknowledged\n    byOrg {\n      orgId\n      orgName\n      recipients\n      read\n      acknowledged\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notices(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notices($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notices(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentNotices($first: Int!, $after: String, $status: NoticeStatus) {\n    sentNotices(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n          withdrawReason\n          recipientCount\n          reviewer {\n            id\n            name\n          }\n          reviewNote\n          viewerCanManage\n          viewerCanReview\n          viewerCanSeeBoard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SentNotices($first: Int!, $after: String, $status: NoticeStatus) {\n    sentNotices(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          ...NoticeListFields\n          withdrawReason\n          recipientCount\n          reviewer {\n            id\n            name\n          }\n          reviewNote\n          viewerCanManage\n          viewerCanReview\n          viewerCanSeeBoard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notice($id: ID!) {\n    notice(id: $id) {\n      ...NoticeListFields\n      body\n      issuer {\n        id\n        name\n      }\n      reviewer {\n        id\n        name\n      }\n      reviewNote\n      withdrawReason\n      recipientCount\n      attachments {\n        id\n        name\n        contentType\n        size\n        isImage\n        url\n      }\n      viewerCanSeeBoard\n      viewerCanManage\n      viewerCanReview\n      audience {\n        orgs {\n          orgId\n          includeSubtree\n        }\n        lines\n        roles\n        politicalStatuses\n        memberIds\n        excludeMemberIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notice($id: ID!) {\n    notice(id: $id) {\n      ...NoticeListFields\n      body\n      issuer {\n        id\n        name\n      }\n      reviewer {\n        id\n        name\n      }\n      reviewNote\n      withdrawReason\n      recipientCount\n      attachments {\n        id\n        name\n        contentType\n        size\n        isImage\n        url\n      }\n      viewerCanSeeBoard\n      viewerCanManage\n      viewerCanReview\n      audience {\n        orgs {\n          orgId\n          includeSubtree\n        }\n        lines\n        roles\n        politicalStatuses\n        memberIds\n        excludeMemberIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeBoard($id: ID!) {\n    notice(id: $id) {\n      id\n      title\n      status\n      ackRequired\n      ackDeadline\n      issuerName\n      publishedAt\n      recipientCount\n      viewerCanSeeBoard\n      stats {\n        ...NoticeStatsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeBoard($id: ID!) {\n    notice(id: $id) {\n      id\n      title\n      status\n      ackRequired\n      ackDeadline\n      issuerName\n      publishedAt\n      recipientCount\n      viewerCanSeeBoard\n      stats {\n        ...NoticeStatsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeResponses($noticeId: ID!, $first: Int!, $after: String, $state: NoticeResponseState) {\n    noticeResponses(noticeId: $noticeId, first: $first, after: $after, state: $state) {\n      edges {\n        cursor\n        node {\n          member {\n            id\n            name\n          }\n          orgName\n          deliveredAt\n          readAt\n          acknowledgedAt\n          reply\n          remindedCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query NoticeResponses($noticeId: ID!, $first: Int!, $after: String, $state: NoticeResponseState) {\n    noticeResponses(noticeId: $noticeId, first: $first, after: $after, state: $state) {\n      edges {\n        cursor\n        node {\n          member {\n            id\n            name\n          }\n          orgName\n          deliveredAt\n          readAt\n          acknowledgedAt\n          reply\n          remindedCount\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NoticeAudienceCount($issuerOrgId: ID!, $audience: NoticeAudienceInput!) {\n    noticeAudienceCount(issuerOrgId: $issuerOrgId, audience: $audience)\n  }\n"): (typeof documents)["\n  query NoticeAudienceCount($issuerOrgId: ID!, $audience: NoticeAudienceInput!) {\n    noticeAudienceCount(issuerOrgId: $issuerOrgId, audience: $audience)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveNoticeDraft($input: NoticeInput!) {\n    saveNoticeDraft(input: $input) {\n      notice {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveNoticeDraft($input: NoticeInput!) {\n    saveNoticeDraft(input: $input) {\n      notice {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishNotice($input: NoticeInput!) {\n    publishNotice(input: $input) {\n      notice {\n        id\n        status\n        recipientCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishNotice($input: NoticeInput!) {\n    publishNotice(input: $input) {\n      notice {\n        id\n        status\n        recipientCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewNotice($input: ReviewNoticeInput!) {\n    reviewNotice(input: $input) {\n      notice {\n        id\n        status\n        reviewNote\n        viewerCanReview\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewNotice($input: ReviewNoticeInput!) {\n    reviewNotice(input: $input) {\n      notice {\n        id\n        status\n        reviewNote\n        viewerCanReview\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawNotice($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) {\n      notice {\n        id\n        status\n        withdrawnAt\n        withdrawReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawNotice($input: WithdrawNoticeInput!) {\n    withdrawNotice(input: $input) {\n      notice {\n        id\n        status\n        withdrawnAt\n        withdrawReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeNotice($input: AcknowledgeNoticeInput!) {\n    acknowledgeNotice(input: $input) {\n      notice {\n        id\n        myReceipt {\n          ...NoticeReceiptFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeNotice($input: AcknowledgeNoticeInput!) {\n    acknowledgeNotice(input: $input) {\n      notice {\n        id\n        myReceipt {\n          ...NoticeReceiptFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindNoticeRecipients($input: RemindNoticeInput!) {\n    remindNoticeRecipients(input: $input) {\n      reminded\n    }\n  }\n"): (typeof documents)["\n  mutation RemindNoticeRecipients($input: RemindNoticeInput!) {\n    remindNoticeRecipients(input: $input) {\n      reminded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NoticeStatsChanged($noticeId: ID!) {\n    noticeStatsChanged(noticeId: $noticeId) {\n      ...NoticeStatsFields\n    }\n  }\n"): (typeof documents)["\n  subscription NoticeStatsChanged($noticeId: ID!) {\n    noticeStatsChanged(noticeId: $noticeId) {\n      ...NoticeStatsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceRoles {\n    roles {\n      name\n      label\n    }\n  }\n"): (typeof documents)["\n  query AudienceRoles {\n    roles {\n      name\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    viewer {\n      unreadNotificationCount\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    viewer {\n      unreadNotificationCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          detail\n          noticeId\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          title\n          body\n          detail\n          noticeId\n          createdAt\n          readAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($input: IdInput!) {\n    markNotificationRead(input: $input)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($input: IdInput!) {\n    markNotificationRead(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digestFrequency\n    categories {\n      category\n      label\n      description\n      channel\n      defaultChannel\n      chosen\n      mandatoryReason\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digestFrequency\n    categories {\n      category\n      label\n      description\n      channel\n      defaultChannel\n      chosen\n      mandatoryReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationChannel($input: SetNotificationChannelInput!) {\n    setNotificationChannel(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationChannel($input: SetNotificationChannelInput!) {\n    setNotificationChannel(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDigestFrequency($input: SetDigestFrequencyInput!) {\n    setDigestFrequency(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetDigestFrequency($input: SetDigestFrequencyInput!) {\n    setDigestFrequency(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      detail\n      noticeId\n      createdAt\n      readAt\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      body\n      detail\n      noticeId\n      createdAt\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OperatorLogIn($input: OperatorLogInInput!) {\n    operatorLogIn(input: $input)\n  }\n"): (typeof documents)["\n  mutation OperatorLogIn($input: OperatorLogInInput!) {\n    operatorLogIn(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueHealth {\n    queueHealth {\n      runnable\n      running\n      dead\n      oldestRunnableSeconds\n      deadJobs {\n        id\n        task\n        attempts\n        lastError\n        key\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query QueueHealth {\n    queueHealth {\n      runnable\n      running\n      dead\n      oldestRunnableSeconds\n      deadJobs {\n        id\n        task\n        attempts\n        lastError\n        key\n        createdAt\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperatorTenants($first: Int!, $after: String, $search: String) {\n    tenants(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          status\n          memberCount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OperatorTenants($first: Int!, $after: String, $search: String) {\n    tenants(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n          status\n          memberCount\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTenantSuspended($input: SetTenantSuspendedInput!) {\n    setTenantSuspended(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetTenantSuspended($input: SetTenantSuspendedInput!) {\n    setTenantSuspended(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPositions($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      positions {\n        id\n        title\n        role\n        termStart\n        termEnd\n        endedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationPositions($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      positions {\n        id\n        title\n        role\n        termStart\n        termEnd\n        endedAt\n        member {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        path\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        path\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameOrganization($input: RenameOrganizationInput!) {\n    renameOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameOrganization($input: RenameOrganizationInput!) {\n    renameOrganization(input: $input) {\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrganization($input: MoveOrganizationInput!) {\n    moveOrganization(input: $input) {\n      organization {\n        id\n        path\n        depth\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveOrganization($input: MoveOrganizationInput!) {\n    moveOrganization(input: $input) {\n      organization {\n        id\n        path\n        depth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveOrganization($input: IdInput!) {\n    archiveOrganization(input: $input) {\n      organization {\n        id\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveOrganization($input: IdInput!) {\n    archiveOrganization(input: $input) {\n      organization {\n        id\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignPosition($input: AssignPositionInput!) {\n    assignPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignPosition($input: AssignPositionInput!) {\n    assignPosition(input: $input) {\n      position {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPosition($input: IdInput!) {\n    endPosition(input: $input) {\n      position {\n        id\n        endedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndPosition($input: IdInput!) {\n    endPosition(input: $input) {\n      position {\n        id\n        endedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchSettingReview($organizationId: ID!) {\n    branchSettingReview(organizationId: $organizationId) {\n      organizationId\n      asOf\n      warningCount\n      sources\n      branches {\n        organizationId\n        organizationName\n        formalMembers\n        probationaryMembers\n        committeeSize\n        termEnd\n        warnings\n        messages\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchSettingReview($organizationId: ID!) {\n    branchSettingReview(organizationId: $organizationId) {\n      organizationId\n      asOf\n      warningCount\n      sources\n      branches {\n        organizationId\n        organizationName\n        formalMembers\n        probationaryMembers\n        committeeSize\n        termEnd\n        warnings\n        messages\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermOverview($organizationId: ID!) {\n    termOverview(organizationId: $organizationId) {\n      organizationId\n      asOf\n      endedCount\n      endingCount\n      remindBeforeMonths\n      sources\n      organizations {\n        organizationId\n        organizationName\n        kind\n        villageOrCommunity\n        officers\n        termYears\n        termStart\n        termEnd\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  query TermOverview($organizationId: ID!) {\n    termOverview(organizationId: $organizationId) {\n      organizationId\n      asOf\n      endedCount\n      endingCount\n      remindBeforeMonths\n      sources\n      organizations {\n        organizationId\n        organizationName\n        kind\n        villageOrCommunity\n        officers\n        termYears\n        termStart\n        termEnd\n        state\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVillageOrCommunity($input: SetVillageOrCommunityInput!) {\n    setVillageOrCommunity(input: $input) {\n      organizationId\n      villageOrCommunity\n      termYears\n      termEnd\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation SetVillageOrCommunity($input: SetVillageOrCommunityInput!) {\n    setVillageOrCommunity(input: $input) {\n      organizationId\n      villageOrCommunity\n      termYears\n      termEnd\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnualStatistics($organizationId: ID!, $asOf: NaiveDate!) {\n    annualStatistics(organizationId: $organizationId, asOf: $asOf) {\n      organizationId\n      organizationName\n      line\n      asOf\n      consistent\n      exportUrl\n      checks {\n        description\n        passed\n      }\n      warnings {\n        message\n        count\n      }\n      tables {\n        key\n        title\n        unitLabel\n        totalLabel\n        groups {\n          label\n          columns {\n            key\n            label\n          }\n        }\n        rows {\n          label\n          organizationId\n          values\n        }\n        totals\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnualStatistics($organizationId: ID!, $asOf: NaiveDate!) {\n    annualStatistics(organizationId: $organizationId, asOf: $asOf) {\n      organizationId\n      organizationName\n      line\n      asOf\n      consistent\n      exportUrl\n      checks {\n        description\n        passed\n      }\n      warnings {\n        message\n        count\n      }\n      tables {\n        key\n        title\n        unitLabel\n        totalLabel\n        groups {\n          label\n          columns {\n            key\n            label\n          }\n        }\n        rows {\n          label\n          organizationId\n          values\n        }\n        totals\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonalDataExportFields on PersonalDataExport {\n    id\n    status\n    progress\n    sectionsDone\n    sectionsTotal\n    requestedBy\n    reason\n    memberName\n    createdAt\n    readyAt\n    expiresAt\n    sizeBytes\n    downloadUrl\n  }\n"): (typeof documents)["\n  fragment PersonalDataExportFields on PersonalDataExport {\n    id\n    status\n    progress\n    sectionsDone\n    sectionsTotal\n    requestedBy\n    reason\n    memberName\n    createdAt\n    readyAt\n    expiresAt\n    sizeBytes\n    downloadUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPersonalDataExports($first: Int!, $after: String) {\n    myPersonalDataExports(first: $first, after: $after) {\n      edges {\n        node {\n          ...PersonalDataExportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPersonalDataExports($first: Int!, $after: String) {\n    myPersonalDataExports(first: $first, after: $after) {\n      edges {\n        node {\n          ...PersonalDataExportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPersonalDataExport {\n    requestPersonalDataExport {\n      ...PersonalDataExportFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPersonalDataExport {\n    requestPersonalDataExport {\n      ...PersonalDataExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportPersonalDataFor($input: ExportPersonalDataForInput!) {\n    exportPersonalDataFor(input: $input) {\n      ...PersonalDataExportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExportPersonalDataFor($input: ExportPersonalDataForInput!) {\n    exportPersonalDataFor(input: $input) {\n      ...PersonalDataExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StageTransitionFields on StageTransition {\n    id\n    memberId\n    memberName\n    orgId\n    orgName\n    fromStage\n    toStage\n    extensionMonths\n    effectiveOn\n    note\n    status\n    publicityUntil\n    approvalDueAt\n    awaitingDecision\n    objectionCount\n    objections {\n      authorName\n      text\n      createdAt\n    }\n    proposedAt\n    decidedAt\n    decisionNote\n  }\n"): (typeof documents)["\n  fragment StageTransitionFields on StageTransition {\n    id\n    memberId\n    memberName\n    orgId\n    orgName\n    fromStage\n    toStage\n    extensionMonths\n    effectiveOn\n    note\n    status\n    publicityUntil\n    approvalDueAt\n    awaitingDecision\n    objectionCount\n    objections {\n      authorName\n      text\n      createdAt\n    }\n    proposedAt\n    decidedAt\n    decisionNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyPipeline($orgId: ID!) {\n    partyPipeline(orgId: $orgId) {\n      entries {\n        memberId\n        name\n        orgId\n        orgName\n        stage\n        since\n        extendedMonths\n        contacts\n        introducers\n        nextStage\n        earliestNext\n        blockedBy\n      }\n      openTransitions {\n        ...StageTransitionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyPipeline($orgId: ID!) {\n    partyPipeline(orgId: $orgId) {\n      entries {\n        memberId\n        name\n        orgId\n        orgName\n        stage\n        since\n        extendedMonths\n        contacts\n        introducers\n        nextStage\n        earliestNext\n        blockedBy\n      }\n      openTransitions {\n        ...StageTransitionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberPipeline($memberId: ID!) {\n    memberPipeline(memberId: $memberId) {\n      stages {\n        stage\n        startedOn\n        extensionMonths\n      }\n      transitions {\n        ...StageTransitionFields\n      }\n      contacts {\n        memberId\n        name\n        role\n      }\n      positions {\n        orgName\n        title\n        termStart\n        endedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MemberPipeline($memberId: ID!) {\n    memberPipeline(memberId: $memberId) {\n      stages {\n        stage\n        startedOn\n        extensionMonths\n      }\n      transitions {\n        ...StageTransitionFields\n      }\n      contacts {\n        memberId\n        name\n        role\n      }\n      positions {\n        orgName\n        title\n        termStart\n        endedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMemberStage($input: RecordMemberStageInput!) {\n    recordMemberStage(input: $input) {\n      stage\n      startedOn\n      extensionMonths\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMemberStage($input: RecordMemberStageInput!) {\n    recordMemberStage(input: $input) {\n      stage\n      startedOn\n      extensionMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPipelineContact($input: SetPipelineContactInput!) {\n    setPipelineContact(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetPipelineContact($input: SetPipelineContactInput!) {\n    setPipelineContact(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeStageTransition($input: ProposeStageTransitionInput!) {\n    proposeStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeStageTransition($input: ProposeStageTransitionInput!) {\n    proposeStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectToStageTransition($input: ObjectToStageTransitionInput!) {\n    objectToStageTransition(input: $input) {\n      id\n      status\n      objectionCount\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectToStageTransition($input: ObjectToStageTransitionInput!) {\n    objectToStageTransition(input: $input) {\n      id\n      status\n      objectionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideStageTransition($input: DecideStageTransitionInput!) {\n    decideStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideStageTransition($input: DecideStageTransitionInput!) {\n    decideStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawStageTransition($input: WithdrawStageTransitionInput!) {\n    withdrawStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawStageTransition($input: WithdrawStageTransitionInput!) {\n    withdrawStageTransition(input: $input) {\n      ...StageTransitionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PointEntryFields on PointEntry {\n    id\n    year\n    action\n    ruleName\n    requested\n    points\n    cappedReason\n    sourceKind\n    sourceTitle\n    note\n    occurredAt\n    createdAt\n    corrected\n    net\n    explanation\n    correctsEntryId\n    appealStatus\n    appealNote\n    canAppeal\n  }\n"): (typeof documents)["\n  fragment PointEntryFields on PointEntry {\n    id\n    year\n    action\n    ruleName\n    requested\n    points\n    cappedReason\n    sourceKind\n    sourceTitle\n    note\n    occurredAt\n    createdAt\n    corrected\n    net\n    explanation\n    correctsEntryId\n    appealStatus\n    appealNote\n    canAppeal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPoints($year: Int!, $first: Int!, $after: String) {\n    myPoints(year: $year) {\n      memberId\n      memberName\n      year\n      balance\n      years {\n        year\n        balance\n      }\n      entries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPoints($year: Int!, $first: Int!, $after: String) {\n    myPoints(year: $year) {\n      memberId\n      memberName\n      year\n      balance\n      years {\n        year\n        balance\n      }\n      entries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...PointEntryFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AppealPointEntry($input: AppealPointEntryInput!) {\n    appealPointEntry(input: $input) {\n      appeal {\n        id\n        status\n        entry {\n          ...PointEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AppealPointEntry($input: AppealPointEntryInput!) {\n    appealPointEntry(input: $input) {\n      appeal {\n        id\n        status\n        entry {\n          ...PointEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointRankings($orgId: ID!, $year: Int!, $first: Int!) {\n    pointRankings(orgId: $orgId, year: $year, first: $first) {\n      rank\n      memberId\n      memberName\n      points\n    }\n  }\n"): (typeof documents)["\n  query PointRankings($orgId: ID!, $year: Int!, $first: Int!) {\n    pointRankings(orgId: $orgId, year: $year, first: $first) {\n      rank\n      memberId\n      memberName\n      points\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchPointRankings($orgId: ID!, $year: Int!) {\n    branchPointRankings(orgId: $orgId, year: $year) {\n      rank\n      organizationId\n      organizationName\n      members\n      total\n      average\n    }\n  }\n"): (typeof documents)["\n  query BranchPointRankings($orgId: ID!, $year: Int!) {\n    branchPointRankings(orgId: $orgId, year: $year) {\n      rank\n      organizationId\n      organizationName\n      members\n      total\n      average\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AwardPoints($input: AwardPointsInput!) {\n    awardPoints(input: $input) {\n      entry {\n        ...PointEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AwardPoints($input: AwardPointsInput!) {\n    awardPoints(input: $input) {\n      entry {\n        ...PointEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointAppeals($status: PointAppealStatus, $first: Int!, $after: String) {\n    pointAppeals(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          memberName\n          reason\n          status\n          note\n          decidedAt\n          createdAt\n          entry {\n            ...PointEntryFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointAppeals($status: PointAppealStatus, $first: Int!, $after: String) {\n    pointAppeals(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          memberName\n          reason\n          status\n          note\n          decidedAt\n          createdAt\n          entry {\n            ...PointEntryFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPointAppeals {\n    myPointAppeals {\n      id\n      reason\n      status\n      decidedAt\n      note\n      correctionEntryId\n      createdAt\n      entry {\n        ...PointEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPointAppeals {\n    myPointAppeals {\n      id\n      reason\n      status\n      decidedAt\n      note\n      correctionEntryId\n      createdAt\n      entry {\n        ...PointEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidePointAppeal($input: DecidePointAppealInput!) {\n    decidePointAppeal(input: $input) {\n      appeal {\n        id\n        status\n        note\n        correctionEntryId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DecidePointAppeal($input: DecidePointAppealInput!) {\n    decidePointAppeal(input: $input) {\n      appeal {\n        id\n        status\n        note\n        correctionEntryId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointRules {\n    pointRulesEditable\n    pointRules {\n      id\n      action\n      name\n      points\n      capDay\n      capMonth\n      capYear\n      lines\n      statuses\n      source\n      active\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query PointRules {\n    pointRulesEditable\n    pointRules {\n      id\n      action\n      name\n      points\n      capDay\n      capMonth\n      capYear\n      lines\n      statuses\n      source\n      active\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePointRule($input: UpdatePointRuleInput!) {\n    updatePointRule(input: $input) {\n      rule {\n        id\n        name\n        points\n        capDay\n        capMonth\n        capYear\n        lines\n        statuses\n        source\n        active\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePointRule($input: UpdatePointRuleInput!) {\n    updatePointRule(input: $input) {\n      rule {\n        id\n        name\n        points\n        capDay\n        capMonth\n        capYear\n        lines\n        statuses\n        source\n        active\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicityListFields on Publicity {\n    id\n    kind\n    title\n    status\n    organizationName\n    subjectMemberName\n    subjectOrganizationName\n    windowStart\n    windowEnd\n    windowOpen\n    objectionCount\n    canObject\n    canHandle\n  }\n"): (typeof documents)["\n  fragment PublicityListFields on Publicity {\n    id\n    kind\n    title\n    status\n    organizationName\n    subjectMemberName\n    subjectOrganizationName\n    windowStart\n    windowEnd\n    windowOpen\n    objectionCount\n    canObject\n    canHandle\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicityFields on Publicity {\n    ...PublicityListFields\n    organizationId\n    origin\n    body\n    bodyFormat\n    outcomeNote\n    closedAt\n    createdAt\n    audienceCount\n    pendingObjectionCount\n    viewerIsSubject\n    objections {\n      id\n      authorName\n      anonymous\n      mine\n      text\n      status\n      handledNote\n      handledAt\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment PublicityFields on Publicity {\n    ...PublicityListFields\n    organizationId\n    origin\n    body\n    bodyFormat\n    outcomeNote\n    closedAt\n    createdAt\n    audienceCount\n    pendingObjectionCount\n    viewerIsSubject\n    objections {\n      id\n      authorName\n      anonymous\n      mine\n      text\n      status\n      handledNote\n      handledAt\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Publicities($organizationId: ID, $status: PublicityStatus, $first: Int!, $after: String) {\n    publicities(organizationId: $organizationId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PublicityListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Publicities($organizationId: ID, $status: PublicityStatus, $first: Int!, $after: String) {\n    publicities(organizationId: $organizationId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PublicityListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Publicity($id: ID!) {\n    publicity(id: $id) {\n      ...PublicityFields\n    }\n  }\n"): (typeof documents)["\n  query Publicity($id: ID!) {\n    publicity(id: $id) {\n      ...PublicityFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPublicity($input: PublishPublicityInput!) {\n    publishPublicity(input: $input) {\n      publicity {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPublicity($input: PublishPublicityInput!) {\n    publishPublicity(input: $input) {\n      publicity {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectToPublicity($input: ObjectToPublicityInput!) {\n    objectToPublicity(input: $input) {\n      objection {\n        id\n        anonymous\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ObjectToPublicity($input: ObjectToPublicityInput!) {\n    objectToPublicity(input: $input) {\n      objection {\n        id\n        anonymous\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandlePublicityObjection($input: HandlePublicityObjectionInput!) {\n    handlePublicityObjection(input: $input) {\n      objection {\n        id\n        status\n        handledNote\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HandlePublicityObjection($input: HandlePublicityObjectionInput!) {\n    handlePublicityObjection(input: $input) {\n      objection {\n        id\n        status\n        handledNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClosePublicity($input: ClosePublicityInput!) {\n    closePublicity(input: $input) {\n      publicity {\n        ...PublicityFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClosePublicity($input: ClosePublicityInput!) {\n    closePublicity(input: $input) {\n      publicity {\n        ...PublicityFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HonourFields on Honour {\n    id\n    kind\n    title\n    status\n    year\n    issuer\n    citation\n    memberId\n    memberName\n    recipientOrganizationName\n    organizationName\n    publicityId\n    publicityUntil\n    createdAt\n  }\n"): (typeof documents)["\n  fragment HonourFields on Honour {\n    id\n    kind\n    title\n    status\n    year\n    issuer\n    citation\n    memberId\n    memberName\n    recipientOrganizationName\n    organizationName\n    publicityId\n    publicityUntil\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Honours($organizationId: ID!, $year: Int, $first: Int!, $after: String) {\n    honours(organizationId: $organizationId, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...HonourFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Honours($organizationId: ID!, $year: Int, $first: Int!, $after: String) {\n    honours(organizationId: $organizationId, year: $year, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...HonourFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberHonours($memberId: ID!) {\n    memberHonours(memberId: $memberId) {\n      ...HonourFields\n    }\n  }\n"): (typeof documents)["\n  query MemberHonours($memberId: ID!) {\n    memberHonours(memberId: $memberId) {\n      ...HonourFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeHonour($input: ProposeHonourInput!) {\n    proposeHonour(input: $input) {\n      honour {\n        id\n        status\n        publicityId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeHonour($input: ProposeHonourInput!) {\n    proposeHonour(input: $input) {\n      honour {\n        id\n        status\n        publicityId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishingColumns {\n    columns {\n      id\n      name\n      description\n      organizationName\n      submitPolicy\n      secondReview\n      isPublic\n      viewerCanSubmit\n      viewerCanReview\n      ...ColumnManageFields\n    }\n  }\n"): (typeof documents)["\n  query PublishingColumns {\n    columns {\n      id\n      name\n      description\n      organizationName\n      submitPolicy\n      secondReview\n      isPublic\n      viewerCanSubmit\n      viewerCanReview\n      ...ColumnManageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ColumnManageFields on Column {\n    id\n    name\n    description\n    organizationId\n    organizationName\n    submitPolicy\n    secondReview\n    isPublic\n    viewerCanReview\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment ColumnManageFields on Column {\n    id\n    name\n    description\n    organizationId\n    organizationName\n    submitPolicy\n    secondReview\n    isPublic\n    viewerCanReview\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArchivedColumns {\n    archivedColumns {\n      ...ColumnManageFields\n    }\n  }\n"): (typeof documents)["\n  query ArchivedColumns {\n    archivedColumns {\n      ...ColumnManageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateColumn($input: CreateColumnInput!) {\n    createColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateColumn($input: CreateColumnInput!) {\n    createColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateColumn($input: UpdateColumnInput!) {\n    updateColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateColumn($input: UpdateColumnInput!) {\n    updateColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveColumn($input: ColumnRefInput!) {\n    archiveColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveColumn($input: ColumnRefInput!) {\n    archiveColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreColumn($input: ColumnRefInput!) {\n    restoreColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreColumn($input: ColumnRefInput!) {\n    restoreColumn(input: $input) {\n      column {\n        ...ColumnManageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleListFields on Article {\n    id\n    title\n    columnName\n    status\n    authorName\n    tags\n    publishedAt\n    submittedAt\n    viewCount\n    likeCount\n    commentCount\n  }\n"): (typeof documents)["\n  fragment ArticleListFields on Article {\n    id\n    title\n    columnName\n    status\n    authorName\n    tags\n    publishedAt\n    submittedAt\n    viewCount\n    likeCount\n    commentCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishingArticles($columnId: ID!, $search: String, $after: String) {\n    articles(columnId: $columnId, search: $search, first: 20, after: $after) {\n      edges {\n        node {\n          ...ArticleListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishingArticles($columnId: ID!, $search: String, $after: String) {\n    articles(columnId: $columnId, search: $search, first: 20, after: $after) {\n      edges {\n        node {\n          ...ArticleListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyArticles {\n    myArticles {\n      ...ArticleListFields\n    }\n  }\n"): (typeof documents)["\n  query MyArticles {\n    myArticles {\n      ...ArticleListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleReviewQueue {\n    articleReviewQueue {\n      ...ArticleListFields\n    }\n  }\n"): (typeof documents)["\n  query ArticleReviewQueue {\n    articleReviewQueue {\n      ...ArticleListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishingArticle($id: ID!) {\n    article(id: $id) {\n      ...ArticleListFields\n      columnId\n      bodyHtml\n      contributorName\n      isPublic\n      visibilityOrganizationId\n      visibilityOrganizationName\n      visibilityLine\n      returnNote\n      withdrawReason\n      publishAt\n      commentsOpen\n      viewerLiked\n      viewerIsAuthor\n      viewerCanEdit\n      viewerCanReview\n      contributorId\n      files {\n        id\n        fileName\n        contentType\n        byteSize\n        url\n        cover\n      }\n      history {\n        action\n        toStatus\n        actorName\n        note\n        at\n      }\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            authorName\n            mine\n            body\n            hidden\n            reply\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishingArticle($id: ID!) {\n    article(id: $id) {\n      ...ArticleListFields\n      columnId\n      bodyHtml\n      contributorName\n      isPublic\n      visibilityOrganizationId\n      visibilityOrganizationName\n      visibilityLine\n      returnNote\n      withdrawReason\n      publishAt\n      commentsOpen\n      viewerLiked\n      viewerIsAuthor\n      viewerCanEdit\n      viewerCanReview\n      contributorId\n      files {\n        id\n        fileName\n        contentType\n        byteSize\n        url\n        cover\n      }\n      history {\n        action\n        toStatus\n        actorName\n        note\n        at\n      }\n      comments(first: 100) {\n        edges {\n          node {\n            id\n            authorName\n            mine\n            body\n            hidden\n            reply\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateArticle($input: UpdateArticleInput!) {\n    updateArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitArticle($input: SubmitArticleInput!) {\n    submitArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitArticle($input: SubmitArticleInput!) {\n    submitArticle(input: $input) {\n      article {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewArticle($input: ReviewArticleInput!) {\n    reviewArticle(input: $input) {\n      article {\n        id\n        status\n        returnNote\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewArticle($input: ReviewArticleInput!) {\n    reviewArticle(input: $input) {\n      article {\n        id\n        status\n        returnNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      article {\n        id\n        status\n        publishedAt\n        publishAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishArticle($input: PublishArticleInput!) {\n    publishArticle(input: $input) {\n      article {\n        id\n        status\n        publishedAt\n        publishAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawArticle($input: WithdrawArticleInput!) {\n    withdrawArticle(input: $input) {\n      article {\n        id\n        status\n        withdrawReason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawArticle($input: WithdrawArticleInput!) {\n    withdrawArticle(input: $input) {\n      article {\n        id\n        status\n        withdrawReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LikeArticle($input: ArticleIdInput!) {\n    likeArticle(input: $input) {\n      article {\n        id\n        likeCount\n        viewerLiked\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LikeArticle($input: ArticleIdInput!) {\n    likeArticle(input: $input) {\n      article {\n        id\n        likeCount\n        viewerLiked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlikeArticle($input: ArticleIdInput!) {\n    unlikeArticle(input: $input) {\n      article {\n        id\n        likeCount\n        viewerLiked\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlikeArticle($input: ArticleIdInput!) {\n    unlikeArticle(input: $input) {\n      article {\n        id\n        likeCount\n        viewerLiked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnArticle($input: CommentOnArticleInput!) {\n    commentOnArticle(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CommentOnArticle($input: CommentOnArticleInput!) {\n    commentOnArticle(input: $input) {\n      comment {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        id\n        reply\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      comment {\n        id\n        reply\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      comment {\n        id\n        hidden\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      comment {\n        id\n        hidden\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      newReport\n      hidden\n    }\n  }\n"): (typeof documents)["\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      newReport\n      hidden\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetArticleComments($input: SetArticleCommentsInput!) {\n    setArticleComments(input: $input) {\n      article {\n        id\n        commentsOpen\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetArticleComments($input: SetArticleCommentsInput!) {\n    setArticleComments(input: $input) {\n      article {\n        id\n        commentsOpen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContributorStatistics($organizationId: ID, $from: DateTime!, $to: DateTime!) {\n    contributorStatistics(organizationId: $organizationId, from: $from, to: $to) {\n      exportUrl\n      contributors {\n        memberId\n        memberName\n        organizationName\n        submitted\n        adopted\n        returned\n        views\n        likes\n      }\n      organizations {\n        organizationId\n        organizationName\n        submitted\n        adopted\n        returned\n        views\n        likes\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContributorStatistics($organizationId: ID, $from: DateTime!, $to: DateTime!) {\n    contributorStatistics(organizationId: $organizationId, from: $from, to: $to) {\n      exportUrl\n      contributors {\n        memberId\n        memberName\n        organizationName\n        submitted\n        adopted\n        returned\n        views\n        likes\n      }\n      organizations {\n        organizationId\n        organizationName\n        submitted\n        adopted\n        returned\n        views\n        likes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionBankFields on QuestionBank {\n    id\n    orgId\n    orgName\n    name\n    description\n    questionCount\n    editable\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment QuestionBankFields on QuestionBank {\n    id\n    orgId\n    orgName\n    name\n    description\n    questionCount\n    editable\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionFields on Question {\n    id\n    bankId\n    kind\n    stem\n    options\n    answer\n    blanks\n    explanation\n    difficulty\n    tags\n  }\n"): (typeof documents)["\n  fragment QuestionFields on Question {\n    id\n    bankId\n    kind\n    stem\n    options\n    answer\n    blanks\n    explanation\n    difficulty\n    tags\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizFields on Quiz {\n    id\n    orgId\n    orgName\n    bankId\n    bankName\n    title\n    description\n    mode\n    questionCount\n    pointsPerQuestion\n    totalPoints\n    passMark\n    timeLimitMinutes\n    opensAt\n    closesAt\n    maxAttempts\n    status\n    accepting\n    audienceCount\n    canManage\n    canViewResults\n    invited\n    myAttemptCount\n    myAttemptsLeft\n    myBestScore\n    myPassed\n    myOpenAttemptId\n    myLastAttemptId\n    exportUrl\n  }\n"): (typeof documents)["\n  fragment QuizFields on Quiz {\n    id\n    orgId\n    orgName\n    bankId\n    bankName\n    title\n    description\n    mode\n    questionCount\n    pointsPerQuestion\n    totalPoints\n    passMark\n    timeLimitMinutes\n    opensAt\n    closesAt\n    maxAttempts\n    status\n    accepting\n    audienceCount\n    canManage\n    canViewResults\n    invited\n    myAttemptCount\n    myAttemptsLeft\n    myBestScore\n    myPassed\n    myOpenAttemptId\n    myLastAttemptId\n    exportUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizAttemptFields on QuizAttempt {\n    id\n    quizId\n    quizTitle\n    number\n    status\n    startedAt\n    deadline\n    serverNow\n    finishedAt\n    score\n    maxScore\n    passMark\n    passed\n    questions {\n      position\n      kind\n      stem\n      options\n      blankCount\n      points\n      myAnswer\n      correctAnswer\n      acceptedBlanks\n      explanation\n      earned\n      correct\n    }\n  }\n"): (typeof documents)["\n  fragment QuizAttemptFields on QuizAttempt {\n    id\n    quizId\n    quizTitle\n    number\n    status\n    startedAt\n    deadline\n    serverNow\n    finishedAt\n    score\n    maxScore\n    passMark\n    passed\n    questions {\n      position\n      kind\n      stem\n      options\n      blankCount\n      points\n      myAnswer\n      correctAnswer\n      acceptedBlanks\n      explanation\n      earned\n      correct\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionBanks($orgId: ID!) {\n    questionBanks(orgId: $orgId) {\n      ...QuestionBankFields\n    }\n  }\n"): (typeof documents)["\n  query QuestionBanks($orgId: ID!) {\n    questionBanks(orgId: $orgId) {\n      ...QuestionBankFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuestionBank($id: ID!, $first: Int!, $after: String) {\n    questionBank(id: $id) {\n      ...QuestionBankFields\n    }\n    questions(bankId: $id, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuestionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuestionBank($id: ID!, $first: Int!, $after: String) {\n    questionBank(id: $id) {\n      ...QuestionBankFields\n    }\n    questions(bankId: $id, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuestionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestionBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      ...QuestionBankFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestionBank($input: CreateQuestionBankInput!) {\n    createQuestionBank(input: $input) {\n      ...QuestionBankFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuestion($input: CreateQuestionInput!) {\n    createQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuestion($input: UpdateQuestionInput!) {\n    updateQuestion(input: $input) {\n      ...QuestionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteQuestion($id: ID!) {\n    deleteQuestion(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      total\n      imported\n      rows {\n        row\n        ok\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportQuestions($input: ImportQuestionsInput!) {\n    importQuestions(input: $input) {\n      total\n      imported\n      rows {\n        row\n        ok\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quizzes($orgId: ID!, $first: Int!, $after: String) {\n    quizzes(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuizFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Quizzes($orgId: ID!, $first: Int!, $after: String) {\n    quizzes(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuizFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQuizzes($first: Int!, $after: String) {\n    myQuizzes(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuizFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyQuizzes($first: Int!, $after: String) {\n    myQuizzes(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...QuizFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      ...QuizFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateQuiz($input: CreateQuizInput!) {\n    createQuiz(input: $input) {\n      ...QuizFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      ...QuizFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateQuiz($input: UpdateQuizInput!) {\n    updateQuiz(input: $input) {\n      ...QuizFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseQuiz($id: ID!) {\n    closeQuiz(id: $id) {\n      ...QuizFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseQuiz($id: ID!) {\n    closeQuiz(id: $id) {\n      ...QuizFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      ...QuizAttemptFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      ...QuizAttemptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuizAttempt($id: ID!) {\n    quizAttempt(id: $id) {\n      ...QuizAttemptFields\n    }\n  }\n"): (typeof documents)["\n  query QuizAttempt($id: ID!) {\n    quizAttempt(id: $id) {\n      ...QuizAttemptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuizAnswer($input: SaveQuizAnswerInput!) {\n    saveQuizAnswer(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQuizAnswer($input: SaveQuizAnswerInput!) {\n    saveQuizAnswer(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {\n    submitQuizAttempt(input: $input) {\n      ...QuizAttemptFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {\n    submitQuizAttempt(input: $input) {\n      ...QuizAttemptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuizResults($quizId: ID!, $orgId: ID, $first: Int!, $after: String) {\n    quizResults(quizId: $quizId, orgId: $orgId, first: $first, after: $after) {\n      quiz {\n        id\n        title\n        totalPoints\n        passMark\n        exportUrl\n      }\n      audience\n      participants\n      passed\n      passRate\n      average\n      edges {\n        cursor\n        node {\n          memberId\n          memberName\n          orgName\n          attempts\n          bestScore\n          passed\n          lastFinishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuizResults($quizId: ID!, $orgId: ID, $first: Int!, $after: String) {\n    quizResults(quizId: $quizId, orgId: $orgId, first: $first, after: $after) {\n      quiz {\n        id\n        title\n        totalPoints\n        passMark\n        exportUrl\n      }\n      audience\n      participants\n      passed\n      passRate\n      average\n      edges {\n        cursor\n        node {\n          memberId\n          memberName\n          orgName\n          attempts\n          bestScore\n          passed\n          lastFinishedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportMessageFields on ReportMessage {\n    id\n    author\n    handlerName\n    body\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ReportMessageFields on ReportMessage {\n    id\n    author\n    handlerName\n    body\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReporterReportFields on ReporterReport {\n    id\n    title\n    status\n    statusLabel\n    createdAt\n    acceptanceDueAt\n    messages {\n      ...ReportMessageFields\n    }\n  }\n"): (typeof documents)["\n  fragment ReporterReportFields on ReporterReport {\n    id\n    title\n    status\n    statusLabel\n    createdAt\n    acceptanceDueAt\n    messages {\n      ...ReportMessageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportCaseListFields on ReportCase {\n    id\n    title\n    status\n    statusLabel\n    anonymous\n    accusedName\n    subjectOrganizationName\n    handlingOrganizationName\n    routedUp\n    createdAt\n    acceptanceDueAt\n    overdue\n  }\n"): (typeof documents)["\n  fragment ReportCaseListFields on ReportCase {\n    id\n    title\n    status\n    statusLabel\n    anonymous\n    accusedName\n    subjectOrganizationName\n    handlingOrganizationName\n    routedUp\n    createdAt\n    acceptanceDueAt\n    overdue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportCaseFields on ReportCase {\n    ...ReportCaseListFields\n    body\n    reporterName\n    transferDueAt\n    decidedAt\n    closedAt\n    resultDueAt\n    resultNotifiedAt\n    expiresAt\n    availableActions\n    messages {\n      ...ReportMessageFields\n    }\n    steps {\n      id\n      action\n      actionLabel\n      fromStatus\n      toStatus\n      note\n      actorName\n      createdAt\n    }\n    files {\n      id\n      name\n      contentType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment ReportCaseFields on ReportCase {\n    ...ReportCaseListFields\n    body\n    reporterName\n    transferDueAt\n    decidedAt\n    closedAt\n    resultDueAt\n    resultNotifiedAt\n    expiresAt\n    availableActions\n    messages {\n      ...ReportMessageFields\n    }\n    steps {\n      id\n      action\n      actionLabel\n      fromStatus\n      toStatus\n      note\n      actorName\n      createdAt\n    }\n    files {\n      id\n      name\n      contentType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      receiptCode\n      report {\n        ...ReporterReportFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      receiptCode\n      report {\n        ...ReporterReportFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportByReceipt($receiptCode: String!) {\n    reportByReceipt(receiptCode: $receiptCode) {\n      ...ReporterReportFields\n    }\n  }\n"): (typeof documents)["\n  query ReportByReceipt($receiptCode: String!) {\n    reportByReceipt(receiptCode: $receiptCode) {\n      ...ReporterReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyByReceipt($input: ReplyByReceiptInput!) {\n    replyByReceipt(input: $input) {\n      ...ReporterReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyByReceipt($input: ReplyByReceiptInput!) {\n    replyByReceipt(input: $input) {\n      ...ReporterReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReports($first: Int, $after: String) {\n    myReports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReporterReportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReports($first: Int, $after: String) {\n    myReports(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReporterReportFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToMyReport($input: ReplyToMyReportInput!) {\n    replyToMyReport(input: $input) {\n      ...ReporterReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToMyReport($input: ReplyToMyReportInput!) {\n    replyToMyReport(input: $input) {\n      ...ReporterReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCases($status: ReportStatus, $first: Int, $after: String) {\n    reportCases(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportCaseListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportCases($status: ReportStatus, $first: Int, $after: String) {\n    reportCases(status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ReportCaseListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportCase($id: ID!) {\n    reportCase(id: $id) {\n      ...ReportCaseFields\n    }\n  }\n"): (typeof documents)["\n  query ReportCase($id: ID!) {\n    reportCase(id: $id) {\n      ...ReportCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandleReport($input: HandleReportInput!) {\n    handleReport(input: $input) {\n      report {\n        ...ReportCaseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HandleReport($input: HandleReportInput!) {\n    handleReport(input: $input) {\n      report {\n        ...ReportCaseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReportMessage($input: SendReportMessageInput!) {\n    sendReportMessage(input: $input) {\n      report {\n        ...ReportCaseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendReportMessage($input: SendReportMessageInput!) {\n    sendReportMessage(input: $input) {\n      report {\n        ...ReportCaseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      name\n      label\n      description\n      builtin\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query Roles {\n    roles {\n      name\n      label\n      description\n      builtin\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Grants {\n    grants {\n      id\n      role\n      scope\n      source\n      member {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Grants {\n    grants {\n      id\n      role\n      scope\n      source\n      member {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      grant {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      grant {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeGrant($input: IdInput!) {\n    revokeGrant(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokeGrant($input: IdInput!) {\n    revokeGrant(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rules {\n    rules {\n      key\n      area\n      title\n      source\n      defaultParams\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n"): (typeof documents)["\n  query Rules {\n    rules {\n      key\n      area\n      title\n      source\n      defaultParams\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverrideRule($input: OverrideRuleInput!) {\n    overrideRule(input: $input) {\n      key\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n"): (typeof documents)["\n  mutation OverrideRule($input: OverrideRuleInput!) {\n    overrideRule(input: $input) {\n      key\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetRule($input: ResetRuleInput!) {\n    resetRule(input: $input) {\n      key\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResetRule($input: ResetRuleInput!) {\n    resetRule(input: $input) {\n      key\n      effectiveParams\n      effectiveSource\n      overridden\n      overriddenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarDayFields on CalendarDay {\n    date\n    kind\n    name\n    source\n    overridden\n    nationalKind\n  }\n"): (typeof documents)["\n  fragment CalendarDayFields on CalendarDay {\n    date\n    kind\n    name\n    source\n    overridden\n    nationalKind\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      seeded\n      source\n      days {\n        ...CalendarDayFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      year\n      seeded\n      source\n      days {\n        ...CalendarDayFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingDayDeadline($from: DateTime!, $workingDays: Int!) {\n    workingDayDeadline(from: $from, workingDays: $workingDays)\n  }\n"): (typeof documents)["\n  query WorkingDayDeadline($from: DateTime!, $workingDays: Int!) {\n    workingDayDeadline(from: $from, workingDays: $workingDays)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      ...CalendarDayFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($input: SetCalendarDayInput!) {\n    setCalendarDay(input: $input) {\n      ...CalendarDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarDay($date: NaiveDate!) {\n    resetCalendarDay(date: $date) {\n      ...CalendarDayFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetCalendarDay($date: NaiveDate!) {\n    resetCalendarDay(date: $date) {\n      ...CalendarDayFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecondFactorStatus {\n    viewer {\n      secondFactor {\n        enabled\n        enabledAt\n        recoveryCodesLeft\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecondFactorStatus {\n    viewer {\n      secondFactor {\n        enabled\n        enabledAt\n        recoveryCodesLeft\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation BeginTotpEnrolment {\n    beginTotpEnrolment {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {\n    confirmTotpEnrolment(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input)\n  }\n"): (typeof documents)["\n  mutation DisableTotp($input: DisableTotpInput!) {\n    disableTotp(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {\n    regenerateRecoveryCodes(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyStudyPlans($first: Int!, $after: String) {\n    myStudyPlans(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          description\n          organizationName\n          deadline\n          status\n          myCompleted\n          materialCount\n          continueMaterialId\n          materials {\n            materialId\n            title\n            requiredSeconds\n            seconds\n            completed\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyStudyPlans($first: Int!, $after: String) {\n    myStudyPlans(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          description\n          organizationName\n          deadline\n          status\n          myCompleted\n          materialCount\n          continueMaterialId\n          materials {\n            materialId\n            title\n            requiredSeconds\n            seconds\n            completed\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudyMaterialFields on StudyMaterial {\n    id\n    organizationId\n    organizationName\n    kind\n    title\n    summary\n    body\n    videoUrl\n    durationSeconds\n    fileName\n    requiredSeconds\n    archivedAt\n    createdAt\n    viewerCanManage\n    myProgress {\n      seconds\n      completed\n      completedAt\n    }\n  }\n"): (typeof documents)["\n  fragment StudyMaterialFields on StudyMaterial {\n    id\n    organizationId\n    organizationName\n    kind\n    title\n    summary\n    body\n    videoUrl\n    durationSeconds\n    fileName\n    requiredSeconds\n    archivedAt\n    createdAt\n    viewerCanManage\n    myProgress {\n      seconds\n      completed\n      completedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyMaterial($id: ID!) {\n    studyMaterial(id: $id) {\n      ...StudyMaterialFields\n      fileUrl\n    }\n  }\n"): (typeof documents)["\n  query StudyMaterial($id: ID!) {\n    studyMaterial(id: $id) {\n      ...StudyMaterialFields\n      fileUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenStudyMaterial($input: StudyMaterialIdInput!) {\n    openStudyMaterial(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OpenStudyMaterial($input: StudyMaterialIdInput!) {\n    openStudyMaterial(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordStudyTime($input: RecordStudyTimeInput!) {\n    recordStudyTime(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordStudyTime($input: RecordStudyTimeInput!) {\n    recordStudyTime(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinishStudyMaterial($input: StudyMaterialIdInput!) {\n    finishStudyMaterial(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FinishStudyMaterial($input: StudyMaterialIdInput!) {\n    finishStudyMaterial(input: $input) {\n      material {\n        id\n        myProgress {\n          seconds\n          completed\n          completedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyNotes($materialId: ID!, $first: Int!, $after: String) {\n    studyNotes(materialId: $materialId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          memberName\n          body\n          shared\n          mine\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudyNotes($materialId: ID!, $first: Int!, $after: String) {\n    studyNotes(materialId: $materialId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          memberName\n          body\n          shared\n          mine\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveStudyNote($input: SaveStudyNoteInput!) {\n    saveStudyNote(input: $input) {\n      note {\n        id\n        body\n        shared\n        mine\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveStudyNote($input: SaveStudyNoteInput!) {\n    saveStudyNote(input: $input) {\n      note {\n        id\n        body\n        shared\n        mine\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyMaterials($orgId: ID!, $first: Int!, $after: String) {\n    studyMaterials(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StudyMaterialFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudyMaterials($orgId: ID!, $first: Int!, $after: String) {\n    studyMaterials(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...StudyMaterialFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStudyMaterial($input: CreateStudyMaterialInput!) {\n    createStudyMaterial(input: $input) {\n      material {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStudyMaterial($input: CreateStudyMaterialInput!) {\n    createStudyMaterial(input: $input) {\n      material {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStudyMaterial($input: UpdateStudyMaterialInput!) {\n    updateStudyMaterial(input: $input) {\n      material {\n        ...StudyMaterialFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStudyMaterial($input: UpdateStudyMaterialInput!) {\n    updateStudyMaterial(input: $input) {\n      material {\n        ...StudyMaterialFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveStudyMaterial($input: StudyMaterialIdInput!) {\n    archiveStudyMaterial(input: $input) {\n      material {\n        id\n        archivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveStudyMaterial($input: StudyMaterialIdInput!) {\n    archiveStudyMaterial(input: $input) {\n      material {\n        id\n        archivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyCourses($orgId: ID!, $first: Int!, $after: String) {\n    studyCourses(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          materialIds\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudyCourses($orgId: ID!, $first: Int!, $after: String) {\n    studyCourses(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          materialIds\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagedStudyCourses($orgId: ID!, $first: Int!, $after: String) {\n    studyCourses(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          materialIds\n          materials {\n            id\n            title\n            archivedAt\n          }\n          viewerCanManage\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagedStudyCourses($orgId: ID!, $first: Int!, $after: String) {\n    studyCourses(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          summary\n          materialIds\n          materials {\n            id\n            title\n            archivedAt\n          }\n          viewerCanManage\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStudyCourse($input: CreateStudyCourseInput!) {\n    createStudyCourse(input: $input) {\n      course {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStudyCourse($input: CreateStudyCourseInput!) {\n    createStudyCourse(input: $input) {\n      course {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyPlans($orgId: ID!, $first: Int!, $after: String) {\n    studyPlans(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          deadline\n          status\n          assignedCount\n          completedCount\n          materialCount\n          viewerCanManage\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudyPlans($orgId: ID!, $first: Int!, $after: String) {\n    studyPlans(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          title\n          deadline\n          status\n          assignedCount\n          completedCount\n          materialCount\n          viewerCanManage\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStudyPlan($input: CreateStudyPlanInput!) {\n    createStudyPlan(input: $input) {\n      plan {\n        id\n        assignedCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStudyPlan($input: CreateStudyPlanInput!) {\n    createStudyPlan(input: $input) {\n      plan {\n        id\n        assignedCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStudyCourse($input: UpdateStudyCourseInput!) {\n    updateStudyCourse(input: $input) {\n      course {\n        id\n        title\n        summary\n        materialIds\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStudyCourse($input: UpdateStudyCourseInput!) {\n    updateStudyCourse(input: $input) {\n      course {\n        id\n        title\n        summary\n        materialIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyPlanEdit($id: ID!) {\n    studyPlan(id: $id) {\n      id\n      organizationId\n      title\n      description\n      deadline\n      status\n      audience\n      items {\n        position\n        materialId\n        courseId\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudyPlanEdit($id: ID!) {\n    studyPlan(id: $id) {\n      id\n      organizationId\n      title\n      description\n      deadline\n      status\n      audience\n      items {\n        position\n        materialId\n        courseId\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStudyPlan($input: UpdateStudyPlanInput!) {\n    updateStudyPlan(input: $input) {\n      plan {\n        id\n        title\n        deadline\n        status\n        assignedCount\n        completedCount\n        materialCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStudyPlan($input: UpdateStudyPlanInput!) {\n    updateStudyPlan(input: $input) {\n      plan {\n        id\n        title\n        deadline\n        status\n        assignedCount\n        completedCount\n        materialCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseStudyPlan($input: StudyPlanIdInput!) {\n    closeStudyPlan(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseStudyPlan($input: StudyPlanIdInput!) {\n    closeStudyPlan(input: $input) {\n      plan {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudyPlanBoard($planId: ID!, $first: Int!, $after: String, $incompleteOnly: Boolean!) {\n    studyPlan(id: $planId) {\n      id\n      title\n      deadline\n      status\n      organizationName\n      viewerCanManage\n      exportUrl\n    }\n    studyPlanCompletion(planId: $planId, first: $first, after: $after, incompleteOnly: $incompleteOnly) {\n      assigned\n      completed\n      organizations {\n        organizationId\n        organizationName\n        assigned\n        completed\n      }\n      people {\n        edges {\n          cursor\n          node {\n            memberId\n            memberName\n            organizationName\n            completedItems\n            totalItems\n            seconds\n            lastStudiedAt\n            completed\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudyPlanBoard($planId: ID!, $first: Int!, $after: String, $incompleteOnly: Boolean!) {\n    studyPlan(id: $planId) {\n      id\n      title\n      deadline\n      status\n      organizationName\n      viewerCanManage\n      exportUrl\n    }\n    studyPlanCompletion(planId: $planId, first: $first, after: $after, incompleteOnly: $incompleteOnly) {\n      assigned\n      completed\n      organizations {\n        organizationId\n        organizationName\n        assigned\n        completed\n      }\n      people {\n        edges {\n          cursor\n          node {\n            memberId\n            memberName\n            organizationName\n            completedItems\n            totalItems\n            seconds\n            lastStudiedAt\n            completed\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindStudyPlan($input: StudyPlanIdInput!) {\n    remindStudyPlan(input: $input) {\n      reminded\n    }\n  }\n"): (typeof documents)["\n  mutation RemindStudyPlan($input: StudyPlanIdInput!) {\n    remindStudyPlan(input: $input) {\n      reminded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyListFields on Survey {\n    id\n    title\n    orgName\n    status\n    anonymous\n    opensAt\n    closesAt\n    myStatus {\n      eligible\n      responded\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyListFields on Survey {\n    id\n    title\n    orgName\n    status\n    anonymous\n    opensAt\n    closesAt\n    myStatus {\n      eligible\n      responded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyFields on Survey {\n    id\n    title\n    description\n    orgId\n    orgName\n    status\n    anonymous\n    resultsVisibility\n    resultsVisible\n    opensAt\n    closesAt\n    closedAt\n    questions {\n      id\n      position\n      kind\n      title\n      required\n      options {\n        id\n        label\n      }\n      minChoices\n      maxChoices\n      scaleMin\n      scaleMax\n      minLabel\n      maxLabel\n    }\n    myStatus {\n      eligible\n      responded\n    }\n    turnout {\n      surveyId\n      eligible\n      responded\n    }\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n"): (typeof documents)["\n  fragment SurveyFields on Survey {\n    id\n    title\n    description\n    orgId\n    orgName\n    status\n    anonymous\n    resultsVisibility\n    resultsVisible\n    opensAt\n    closesAt\n    closedAt\n    questions {\n      id\n      position\n      kind\n      title\n      required\n      options {\n        id\n        label\n      }\n      minChoices\n      maxChoices\n      scaleMin\n      scaleMax\n      minLabel\n      maxLabel\n    }\n    myStatus {\n      eligible\n      responded\n    }\n    turnout {\n      surveyId\n      eligible\n      responded\n    }\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySurveys($first: Int!, $after: String, $pendingOnly: Boolean) {\n    mySurveys(first: $first, after: $after, pendingOnly: $pendingOnly) {\n      edges {\n        node {\n          ...SurveyListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySurveys($first: Int!, $after: String, $pendingOnly: Boolean) {\n    mySurveys(first: $first, after: $after, pendingOnly: $pendingOnly) {\n      edges {\n        node {\n          ...SurveyListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgSurveys($orgId: ID!, $first: Int!, $after: String) {\n    surveys(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        node {\n          ...SurveyListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgSurveys($orgId: ID!, $first: Int!, $after: String) {\n    surveys(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        node {\n          ...SurveyListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"): (typeof documents)["\n  query Survey($id: ID!) {\n    survey(id: $id) {\n      ...SurveyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyResults($id: ID!) {\n    surveyResults(surveyId: $id) {\n      responses\n      questions {\n        question {\n          id\n          position\n          kind\n          title\n        }\n        answered\n        choices {\n          option {\n            id\n            label\n          }\n          count\n        }\n        ratings {\n          value\n          count\n        }\n        mean\n        texts\n      }\n    }\n  }\n"): (typeof documents)["\n  query SurveyResults($id: ID!) {\n    surveyResults(surveyId: $id) {\n      responses\n      questions {\n        question {\n          id\n          position\n          kind\n          title\n        }\n        answered\n        choices {\n          option {\n            id\n            label\n          }\n          count\n        }\n        ratings {\n          value\n          count\n        }\n        mean\n        texts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      survey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSurvey($input: CreateSurveyInput!) {\n    createSurvey(input: $input) {\n      survey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {\n    submitSurveyResponse(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSurvey($input: SurveyIdInput!) {\n    closeSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSurvey($input: SurveyIdInput!) {\n    closeSurvey(input: $input) {\n      survey {\n        ...SurveyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindSurveyRespondents($input: SurveyIdInput!) {\n    remindSurveyRespondents(input: $input) {\n      reminded\n    }\n  }\n"): (typeof documents)["\n  mutation RemindSurveyRespondents($input: SurveyIdInput!) {\n    remindSurveyRespondents(input: $input) {\n      reminded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SurveyAudienceCount($orgId: ID!, $audience: SurveyAudienceInput!) {\n    surveyAudienceCount(orgId: $orgId, audience: $audience)\n  }\n"): (typeof documents)["\n  query SurveyAudienceCount($orgId: ID!, $audience: SurveyAudienceInput!) {\n    surveyAudienceCount(orgId: $orgId, audience: $audience)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferLetterFields on TransferLetter {\n    id\n    memberId\n    memberName\n    line\n    fromOrgId\n    fromOrgName\n    destination\n    crossProvince\n    code\n    validUntil\n    duesPaidThrough\n    crossing\n    status\n    note\n    issuedAt\n    acceptedAt\n    receipt\n  }\n"): (typeof documents)["\n  fragment TransferLetterFields on TransferLetter {\n    id\n    memberId\n    memberName\n    line\n    fromOrgId\n    fromOrgName\n    destination\n    crossProvince\n    code\n    validUntil\n    duesPaidThrough\n    crossing\n    status\n    note\n    issuedAt\n    acceptedAt\n    receipt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferLetters {\n    transferLetters {\n      ...TransferLetterFields\n    }\n  }\n"): (typeof documents)["\n  query TransferLetters {\n    transferLetters {\n      ...TransferLetterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransferLetterByCode($code: String!) {\n    transferLetterByCode(code: $code) {\n      fromTenantName\n      fromOrgName\n      memberName\n      line\n      destination\n      validUntil\n      status\n      duesPaidThrough\n      crossing\n    }\n  }\n"): (typeof documents)["\n  query TransferLetterByCode($code: String!) {\n    transferLetterByCode(code: $code) {\n      fromTenantName\n      fromOrgName\n      memberName\n      line\n      destination\n      validUntil\n      status\n      duesPaidThrough\n      crossing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueTransferLetter($input: IssueTransferLetterInput!) {\n    issueTransferLetter(input: $input) {\n      ...TransferLetterFields\n    }\n  }\n"): (typeof documents)["\n  mutation IssueTransferLetter($input: IssueTransferLetterInput!) {\n    issueTransferLetter(input: $input) {\n      ...TransferLetterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTransferLetter($input: CancelTransferLetterInput!) {\n    cancelTransferLetter(input: $input) {\n      ...TransferLetterFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTransferLetter($input: CancelTransferLetterInput!) {\n    cancelTransferLetter(input: $input) {\n      ...TransferLetterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTransferLetter($input: AcceptTransferLetterInput!) {\n    acceptTransferLetter(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptTransferLetter($input: AcceptTransferLetterInput!) {\n    acceptTransferLetter(input: $input) {\n      member {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnionCard {\n    unionCard {\n      name\n      orgName\n      tenantName\n      code\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query UnionCard {\n    unionCard {\n      name\n      orgName\n      tenantName\n      code\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyUnionCard($code: String!) {\n    verifyUnionCard(code: $code) {\n      name\n      orgName\n    }\n  }\n"): (typeof documents)["\n  query VerifyUnionCard($code: String!) {\n    verifyUnionCard(code: $code) {\n      name\n      orgName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteListFields on Vote {\n    id\n    kind\n    title\n    orgName\n    status\n    anonymous\n    opensAt\n    closesAt\n    myStatus {\n      eligible\n      voted\n    }\n  }\n"): (typeof documents)["\n  fragment VoteListFields on Vote {\n    id\n    kind\n    title\n    orgName\n    status\n    anonymous\n    opensAt\n    closesAt\n    myStatus {\n      eligible\n      voted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteFields on Vote {\n    id\n    kind\n    title\n    description\n    orgId\n    orgName\n    status\n    anonymous\n    resultsVisibility\n    minChoices\n    maxChoices\n    seats\n    opensAt\n    closesAt\n    closedAt\n    options {\n      id\n      label\n    }\n    myStatus {\n      eligible\n      voted\n    }\n    turnout {\n      voteId\n      eligible\n      voted\n    }\n    results {\n      option {\n        id\n        label\n      }\n      votes\n    }\n    valid\n    invalidReason\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n"): (typeof documents)["\n  fragment VoteFields on Vote {\n    id\n    kind\n    title\n    description\n    orgId\n    orgName\n    status\n    anonymous\n    resultsVisibility\n    minChoices\n    maxChoices\n    seats\n    opensAt\n    closesAt\n    closedAt\n    options {\n      id\n      label\n    }\n    myStatus {\n      eligible\n      voted\n    }\n    turnout {\n      voteId\n      eligible\n      voted\n    }\n    results {\n      option {\n        id\n        label\n      }\n      votes\n    }\n    valid\n    invalidReason\n    viewerCanManage\n    viewerIsOfficer\n    exportUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVotes($first: Int!, $after: String, $pendingOnly: Boolean) {\n    myVotes(first: $first, after: $after, pendingOnly: $pendingOnly) {\n      edges {\n        node {\n          ...VoteListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyVotes($first: Int!, $after: String, $pendingOnly: Boolean) {\n    myVotes(first: $first, after: $after, pendingOnly: $pendingOnly) {\n      edges {\n        node {\n          ...VoteListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgVotes($orgId: ID!, $first: Int!, $after: String) {\n    votes(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        node {\n          ...VoteListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgVotes($orgId: ID!, $first: Int!, $after: String) {\n    votes(orgId: $orgId, first: $first, after: $after) {\n      edges {\n        node {\n          ...VoteListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Vote($id: ID!) {\n    vote(id: $id) {\n      ...VoteFields\n    }\n  }\n"): (typeof documents)["\n  query Vote($id: ID!) {\n    vote(id: $id) {\n      ...VoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteNonVoters($id: ID!, $first: Int!, $after: String) {\n    vote(id: $id) {\n      id\n      nonVoters(first: $first, after: $after) {\n        edges {\n          node {\n            memberId\n            name\n            orgName\n            remindedCount\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VoteNonVoters($id: ID!, $first: Int!, $after: String) {\n    vote(id: $id) {\n      id\n      nonVoters(first: $first, after: $after) {\n        edges {\n          node {\n            memberId\n            name\n            orgName\n            remindedCount\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteReceipts($id: ID!, $first: Int!, $after: String) {\n    vote(id: $id) {\n      id\n      receipts(first: $first, after: $after) {\n        edges {\n          node\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VoteReceipts($id: ID!, $first: Int!, $after: String) {\n    vote(id: $id) {\n      id\n      receipts(first: $first, after: $after) {\n        edges {\n          node\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoteElectorateCount($orgId: ID!, $electorate: ElectorateInput!) {\n    voteElectorateCount(orgId: $orgId, electorate: $electorate)\n  }\n"): (typeof documents)["\n  query VoteElectorateCount($orgId: ID!, $electorate: ElectorateInput!) {\n    voteElectorateCount(orgId: $orgId, electorate: $electorate)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyBallotReceipt($voteId: ID!, $receipt: String!) {\n    verifyBallotReceipt(voteId: $voteId, receipt: $receipt) {\n      counted\n      fingerprint\n      options {\n        id\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyBallotReceipt($voteId: ID!, $receipt: String!) {\n    verifyBallotReceipt(voteId: $voteId, receipt: $receipt) {\n      counted\n      fingerprint\n      options {\n        id\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVote($input: CreateVoteInput!) {\n    createVote(input: $input) {\n      vote {\n        id\n        options {\n          id\n          label\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVote($input: CreateVoteInput!) {\n    createVote(input: $input) {\n      vote {\n        id\n        options {\n          id\n          label\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      receipt\n    }\n  }\n"): (typeof documents)["\n  mutation CastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      receipt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseVote($input: CloseVoteInput!) {\n    closeVote(input: $input) {\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseVote($input: CloseVoteInput!) {\n    closeVote(input: $input) {\n      vote {\n        ...VoteFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindVoters($input: RemindVotersInput!) {\n    remindVoters(input: $input) {\n      reminded\n    }\n  }\n"): (typeof documents)["\n  mutation RemindVoters($input: RemindVotersInput!) {\n    remindVoters(input: $input) {\n      reminded\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VoteTurnoutChanged($voteId: ID!) {\n    voteTurnoutChanged(voteId: $voteId) {\n      voteId\n      eligible\n      voted\n    }\n  }\n"): (typeof documents)["\n  subscription VoteTurnoutChanged($voteId: ID!) {\n    voteTurnoutChanged(voteId: $voteId) {\n      voteId\n      eligible\n      voted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WelfareItemFields on WelfareItem {\n    id\n    name\n    description\n    priceFen\n    subsidyFen\n    memberPriceFen\n    cashLike\n    perMemberLimit\n    orderedQuantity\n    myQuantity\n  }\n"): (typeof documents)["\n  fragment WelfareItemFields on WelfareItem {\n    id\n    name\n    description\n    priceFen\n    subsidyFen\n    memberPriceFen\n    cashLike\n    perMemberLimit\n    orderedQuantity\n    myQuantity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WelfareOrderFields on WelfareOrder {\n    id\n    campaignId\n    campaignTitle\n    itemId\n    itemName\n    memberId\n    memberName\n    quantity\n    priceFen\n    subsidyFen\n    memberPayFen\n    category\n    year\n    status\n    refundFen\n    cancelReason\n    createdAt\n    cancelledAt\n  }\n"): (typeof documents)["\n  fragment WelfareOrderFields on WelfareOrder {\n    id\n    campaignId\n    campaignTitle\n    itemId\n    itemName\n    memberId\n    memberName\n    quantity\n    priceFen\n    subsidyFen\n    memberPayFen\n    category\n    year\n    status\n    refundFen\n    cancelReason\n    createdAt\n    cancelledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WelfareCampaignListFields on WelfareCampaign {\n    id\n    organizationId\n    organizationName\n    kind\n    category\n    title\n    thresholdKind\n    threshold\n    deadline\n    status\n    participantCount\n    amountFen\n    progressPercent\n    viewerCanManage\n    settledAt\n    cancelReason\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WelfareCampaignListFields on WelfareCampaign {\n    id\n    organizationId\n    organizationName\n    kind\n    category\n    title\n    thresholdKind\n    threshold\n    deadline\n    status\n    participantCount\n    amountFen\n    progressPercent\n    viewerCanManage\n    settledAt\n    cancelReason\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WelfareCampaignFields on WelfareCampaign {\n    ...WelfareCampaignListFields\n    description\n    items {\n      ...WelfareItemFields\n    }\n    myOrders {\n      ...WelfareOrderFields\n    }\n  }\n"): (typeof documents)["\n  fragment WelfareCampaignFields on WelfareCampaign {\n    ...WelfareCampaignListFields\n    description\n    items {\n      ...WelfareItemFields\n    }\n    myOrders {\n      ...WelfareOrderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WelfareDistributionFields on WelfareDistribution {\n    id\n    organizationId\n    organizationName\n    memberId\n    memberName\n    category\n    itemName\n    valueFen\n    cashLike\n    distributedOn\n    year\n    note\n    createdAt\n  }\n"): (typeof documents)["\n  fragment WelfareDistributionFields on WelfareDistribution {\n    id\n    organizationId\n    organizationName\n    memberId\n    memberName\n    category\n    itemName\n    valueFen\n    cashLike\n    distributedOn\n    year\n    note\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WelfareCampaigns($organizationId: ID, $status: WelfareCampaignStatus, $first: Int!, $after: String) {\n    welfareCampaigns(organizationId: $organizationId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareCampaignListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WelfareCampaigns($organizationId: ID, $status: WelfareCampaignStatus, $first: Int!, $after: String) {\n    welfareCampaigns(organizationId: $organizationId, status: $status, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareCampaignListFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WelfareCampaign($id: ID!) {\n    welfareCampaign(id: $id) {\n      ...WelfareCampaignFields\n    }\n  }\n"): (typeof documents)["\n  query WelfareCampaign($id: ID!) {\n    welfareCampaign(id: $id) {\n      ...WelfareCampaignFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WelfareCampaignOrders($campaignId: ID!, $first: Int!, $after: String) {\n    welfareCampaignOrders(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareOrderFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WelfareCampaignOrders($campaignId: ID!, $first: Int!, $after: String) {\n    welfareCampaignOrders(campaignId: $campaignId, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareOrderFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWelfareUsage($year: Int) {\n    myWelfareUsage(year: $year) {\n      year\n      cashAllowed\n      categories {\n        category\n        label\n        usedFen\n        capFen\n        remainingFen\n      }\n      orders {\n        ...WelfareOrderFields\n      }\n      distributions {\n        ...WelfareDistributionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWelfareUsage($year: Int) {\n    myWelfareUsage(year: $year) {\n      year\n      cashAllowed\n      categories {\n        category\n        label\n        usedFen\n        capFen\n        remainingFen\n      }\n      orders {\n        ...WelfareOrderFields\n      }\n      distributions {\n        ...WelfareDistributionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WelfareDistributions($organizationId: ID!, $year: Int, $first: Int!, $after: String) {\n    welfareDistributions(organizationId: $organizationId, year: $year, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareDistributionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WelfareDistributions($organizationId: ID!, $year: Int, $first: Int!, $after: String) {\n    welfareDistributions(organizationId: $organizationId, year: $year, first: $first, after: $after) {\n      edges {\n        node {\n          ...WelfareDistributionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WelfareStatistics($organizationId: ID!, $year: Int) {\n    welfareStatistics(organizationId: $organizationId, year: $year) {\n      year\n      organizationId\n      categories {\n        category\n        label\n        subsidyFen\n        memberPayFen\n        memberCount\n      }\n      organizations {\n        organizationId\n        organizationName\n        category\n        label\n        subsidyFen\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query WelfareStatistics($organizationId: ID!, $year: Int) {\n    welfareStatistics(organizationId: $organizationId, year: $year) {\n      year\n      organizationId\n      categories {\n        category\n        label\n        subsidyFen\n        memberPayFen\n        memberCount\n      }\n      organizations {\n        organizationId\n        organizationName\n        category\n        label\n        subsidyFen\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWelfareCampaign($input: CreateWelfareCampaignInput!) {\n    createWelfareCampaign(input: $input) {\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWelfareCampaign($input: CreateWelfareCampaignInput!) {\n    createWelfareCampaign(input: $input) {\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWelfareCampaign($id: ID!, $reason: String!) {\n    cancelWelfareCampaign(id: $id, reason: $reason) {\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelWelfareCampaign($id: ID!, $reason: String!) {\n    cancelWelfareCampaign(id: $id, reason: $reason) {\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceWelfareOrder($input: PlaceWelfareOrderInput!) {\n    placeWelfareOrder(input: $input) {\n      order {\n        ...WelfareOrderFields\n      }\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceWelfareOrder($input: PlaceWelfareOrderInput!) {\n    placeWelfareOrder(input: $input) {\n      order {\n        ...WelfareOrderFields\n      }\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWelfareOrder($id: ID!) {\n    cancelWelfareOrder(id: $id) {\n      order {\n        ...WelfareOrderFields\n      }\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelWelfareOrder($id: ID!) {\n    cancelWelfareOrder(id: $id) {\n      order {\n        ...WelfareOrderFields\n      }\n      campaign {\n        ...WelfareCampaignFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWelfareDistribution($input: RecordWelfareDistributionInput!) {\n    recordWelfareDistribution(input: $input) {\n      distribution {\n        ...WelfareDistributionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordWelfareDistribution($input: RecordWelfareDistributionInput!) {\n    recordWelfareDistribution(input: $input) {\n      distribution {\n        ...WelfareDistributionFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;