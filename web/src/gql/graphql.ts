/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Implement the DateTime<Utc> scalar
   *
   * The input/output is a string in RFC3339 format.
   */
  DateTime: { input: string; output: string; }
  /** A scalar that can represent any JSON value. */
  JSON: { input: any; output: any; }
  /**
   * ISO 8601 calendar date without timezone.
   * Format: %Y-%m-%d
   *
   * # Examples
   *
   * * `1994-11-13`
   * * `2000-02-24`
   */
  NaiveDate: { input: string; output: string; }
};

/** Accept a case (立案). */
export type AcceptGridCaseInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `acceptInvitation`. */
export type AcceptInvitationInput = {
  /** Name to use (defaults to the invited name). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New password, or the existing account's password. */
  password: Scalars['String']['input'];
  /** Token from the link. */
  token: Scalars['String']['input'];
};

/** Accepting a letter. */
export type AcceptTransferLetterInput = {
  /** The code on the letter (case, spaces and dashes do not matter). */
  code: Scalars['String']['input'];
  /** The receiving org (`member:write` there; same line as the letter). */
  orgId: Scalars['ID']['input'];
};

/** The member after acceptance. */
export type AcceptTransferLetterPayload = {
  __typename?: 'AcceptTransferLetterPayload';
  /** The member in the receiving tenant (moved, or newly begun). */
  member: Member;
};

/** Input of `acknowledgeNotice`. */
export type AcknowledgeNoticeInput = {
  /** The notice. */
  noticeId: Scalars['ID']['input'];
  /** A short reply, at most 200 characters. */
  reply?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `addConversationMembers`. */
export type AddConversationMembersInput = {
  /** A custom group. */
  conversationId: Scalars['ID']['input'];
  /** Members to add (at most 500). */
  memberIds: Array<Scalars['ID']['input']>;
};

/** Input of `advanceEvaluation`. */
export type AdvanceEvaluationInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** The stage the caller sees; CONFLICT when the campaign is no longer there. */
  fromStage?: InputMaybe<EvaluationStage>;
};

/** An amendment to approved minutes. */
export type AmendMeetingRecordInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** The correction, 1–5,000 characters. */
  text: Scalars['String']['input'];
};

/** Answer an inquiry. */
export type AnswerInquiryInput = {
  /** The answer, 1–5,000 characters. */
  answer: Scalars['String']['input'];
  /** The inquiry. */
  inquiryId: Scalars['ID']['input'];
};

/** An integrator's API key (the secret is shown only once, at creation). */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** Created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Last used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What it is for. */
  name: Scalars['String']['output'];
  /** The first characters, to recognise the key. */
  prefix: Scalars['String']['output'];
  /** Revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The role it holds tenant-wide. */
  role: Scalars['String']['output'];
};

/** Where an application stands. */
export type ApplicationStatus =
  /** Approved: the applicant is a member. */
  | 'APPROVED'
  /** Waiting for the org. */
  | 'PENDING'
  /** Refused. */
  | 'REFUSED';

/** Applying to join. */
export type ApplyToJoinInput = {
  /** The union or the league. */
  line: JoinLine;
  /** Note, at most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The org of that line to join. */
  orgId: Scalars['ID']['input'];
};

/** Approving the minutes (they lock). */
export type ApproveMeetingMinutesInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
};

/** Ask an org a question. */
export type AskInquiryInput = {
  /** The question, 1–5,000 characters. */
  body: Scalars['String']['input'];
  /** The org (the asker's own or one above it). */
  orgId: Scalars['ID']['input'];
  /** Subject, 1–100 characters. */
  subject: Scalars['String']['input'];
};

/** Assign a member to a grid. */
export type AssignGridWorkerInput = {
  /** The day it ends, no longer active from then (open when absent). */
  endsOn?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** The grid. */
  gridId: Scalars['ID']['input'];
  /** An active member of the tenant. */
  memberId: Scalars['ID']['input'];
  /** Worker (default) or responsible party member. */
  role?: InputMaybe<GridAssignmentRole>;
  /** First day (today when absent). */
  startsOn?: InputMaybe<Scalars['NaiveDate']['input']>;
};

/** Input of `assignPosition`. */
export type AssignPositionInput = {
  /** Holder. */
  memberId: Scalars['ID']['input'];
  /** Unit. */
  organizationId: Scalars['ID']['input'];
  /** Role granted over the unit's sub-tree (default `officer`). */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Planned term end. */
  termEnd?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** Term start. */
  termStart: Scalars['NaiveDate']['input'];
  /** Title, e.g. 支部书记. */
  title: Scalars['String']['input'];
};

/** A file attached to a message. */
export type Attachment = {
  __typename?: 'Attachment';
  /** Content type. */
  contentType: Scalars['String']['output'];
  /** The file's global ID. */
  id: Scalars['ID']['output'];
  /** Shown inline (PNG, JPEG, GIF, WebP). */
  isImage: Scalars['Boolean']['output'];
  /** File name. */
  name: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** A download link valid for five minutes. */
  url: Scalars['String']['output'];
};

/** An invitee's attendance. */
export type AttendeeState =
  /** Invited, not (yet) present. */
  | 'INVITED'
  /** Asked for leave, not decided. */
  | 'LEAVE_PENDING'
  /** Leave granted. */
  | 'ON_LEAVE'
  /** Checked in. */
  | 'PRESENT';

/** One org of an audience, as saved. */
export type AudienceOrg = {
  __typename?: 'AudienceOrg';
  /** Its sub-tree too. */
  includeSubtree: Scalars['Boolean']['output'];
  /** The org's global ID. */
  orgId: Scalars['ID']['output'];
};

/** One org of an audience. */
export type AudienceOrgInput = {
  /** Its sub-tree too. */
  includeSubtree?: Scalars['Boolean']['input'];
  /** The org. */
  orgId: Scalars['ID']['input'];
};

/** One row of the tamper-evident audit log. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Action, e.g. `member.update`. */
  action: Scalars['String']['output'];
  /** `member`, `api_key` or `system`. */
  actorKind: Scalars['String']['output'];
  /** The acting member's name, when a member acted. */
  actorName?: Maybe<Scalars['String']['output']>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Extra facts as JSON. */
  detail: Scalars['String']['output'];
  /** Client address. */
  ip?: Maybe<Scalars['String']['output']>;
  /** Object id. */
  objectId?: Maybe<Scalars['String']['output']>;
  /** Object type. */
  objectType: Scalars['String']['output'];
  /** Request id, to correlate with logs. */
  requestId?: Maybe<Scalars['String']['output']>;
  /** `OK`, `DENIED` or `FAILED`. */
  result: Scalars['String']['output'];
  /** Position in the tenant's hash chain. */
  seq: Scalars['Int']['output'];
};

/** A page of audit rows, newest first. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** Items with cursors. */
  edges: Array<AuditEntryEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of audit rows, newest first. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: AuditEntry;
};

/** A new session: the token (also set as an HttpOnly cookie) and the viewer. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Bearer token for API clients; browsers use the cookie. */
  token: Scalars['String']['output'];
  /** The signed-in viewer. */
  viewer: Viewer;
};

/** Who wrote a message. */
export type Author = {
  __typename?: 'Author';
  /** The member's global ID. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
};

/** The answer of `verifyBallotReceipt`. */
export type BallotVerification = {
  __typename?: 'BallotVerification';
  /** Whether a ballot with this receipt is in the count (false for any other string). */
  counted: Scalars['Boolean']['output'];
  /** The receipt's SHA-256 in hex, as `Vote.receipts` lists it (when counted). */
  fingerprint?: Maybe<Scalars['String']['output']>;
  /** After the close, the options the ballot holds (null before, and when not counted). */
  options?: Maybe<Array<VoteOption>>;
};

/** Input of `beginUpload`. */
export type BeginUploadInput = {
  /**
   * Content type: PNG, JPEG, GIF or WebP images (≤ 10 MB); PDF, Word, Excel, PowerPoint,
   * plain text or ZIP (≤ 50 MB).
   */
  contentType: Scalars['String']['input'];
  /** File name, 1–200 characters. */
  name: Scalars['String']['input'];
  /** Exact size in bytes. */
  size: Scalars['Int']['input'];
};

/** The viewer's calendar feed. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  /** Created (or last renewed). */
  createdAt: Scalars['DateTime']['output'];
  /** Last fetched by a calendar app. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A new feed and its secret address (shown once). */
export type CalendarFeedPayload = {
  __typename?: 'CalendarFeedPayload';
  /** The feed. */
  feed: CalendarFeed;
  /** The feed's path, `/calendar/<secret>.ics` (put the site's origin before it). */
  url: Scalars['String']['output'];
};

/** A league member in a registration campaign. */
export type CampaignMember = {
  __typename?: 'CampaignMember';
  /** Member. */
  memberId: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Their league org. */
  orgName: Scalars['String']['output'];
  /** Registered (null: not yet). */
  registeredAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Refuse a case (不予立案). */
export type CancelGridCaseInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** Why (required). */
  reason: Scalars['String']['input'];
};

/** Calling a meeting off. */
export type CancelMeetingInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** Why (told to the invitees). */
  reason: Scalars['String']['input'];
};

/** Cancelling a letter. */
export type CancelTransferLetterInput = {
  /** The letter. */
  letterId: Scalars['ID']['input'];
};

/** The form of `castBallot`. */
export type CastBallotInput = {
  /** The chosen options, distinct, between the vote's `minChoices` and `maxChoices`. */
  optionIds: Array<Scalars['ID']['input']>;
  /** The vote. */
  voteId: Scalars['ID']['input'];
};

/** The result of `castBallot`. */
export type CastBallotPayload = {
  __typename?: 'CastBallotPayload';
  /**
   * The receipt: shown this once and stored nowhere in readable form; keep it to check
   * that the ballot was counted (`verifyBallotReceipt`).
   */
  receipt: Scalars['String']['output'];
};

/** Input of `changePassword`. */
export type ChangePasswordInput = {
  /** Current password. */
  currentPassword: Scalars['String']['input'];
  /** New password. */
  newPassword: Scalars['String']['input'];
};

/** A word of the tenant's sensitive-word list. */
export type ChatWord = {
  __typename?: 'ChatWord';
  /** Block or mask. */
  action: ChatWordAction;
  /** The word (matched ignoring ASCII case). */
  word: Scalars['String']['output'];
};

/** What happens to a message containing a sensitive word. */
export type ChatWordAction =
  /** The message is refused and the sender told which word. */
  | 'BLOCK'
  /** The word is replaced by asterisks. */
  | 'MASK';

/** How an invitee was checked in. */
export type CheckInMethod =
  /** Marked present by an officer. */
  | 'MANUAL'
  /** Scanned the rotating code. */
  | 'QR';

/** Checking in with the code on the meeting's screen. */
export type CheckInToMeetingInput = {
  /** The code from the QR. */
  code: Scalars['String']['input'];
  /** The viewer's latitude (required when the meeting has a geofence). */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** The viewer's longitude. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
};

/** Verify and close (核查结案). */
export type CloseGridCaseInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Whether the problem (a dispute) was settled; true when absent. */
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Withdraw an open inquiry. */
export type CloseInquiryInput = {
  /** The inquiry. */
  inquiryId: Scalars['ID']['input'];
};

/** The form of `closeVote`. */
export type CloseVoteInput = {
  /** The vote. */
  voteId: Scalars['ID']['input'];
};

/** Comment on an idea. */
export type CommentOnIdeaInput = {
  /** Text, 1–500 characters. */
  body: Scalars['String']['input'];
  /** The idea. */
  ideaId: Scalars['ID']['input'];
};

/** One org and required type in the current period. */
export type ComplianceRow = {
  __typename?: 'ComplianceRow';
  /** Days until the period ends. */
  daysLeft: Scalars['Int']['output'];
  /** Required at least once every this many months. */
  frequencyMonths: Scalars['Int']['output'];
  /** The last one held. */
  lastHeldAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whole periods of the last twelve months with none held (since the org existed). */
  missedLast12Months: Scalars['Int']['output'];
  /** The next one scheduled. */
  nextMeetingId?: Maybe<Scalars['ID']['output']>;
  /** The org. */
  orgId: Scalars['ID']['output'];
  /** Its name. */
  orgName: Scalars['String']['output'];
  /** Last day of the current period. */
  periodEnd: Scalars['String']['output'];
  /** First day of the current period (`YYYY-MM-DD`, the tenant's time zone). */
  periodStart: Scalars['String']['output'];
  /** The frequency rule's source. */
  ruleSource: Scalars['String']['output'];
  /** Where it stands. */
  status: ComplianceStatus;
  /** The type. */
  type: MeetingType;
  /** The type's Chinese name. */
  typeLabel: Scalars['String']['output'];
  /** Behind, or due within the warning window of `meeting.compliance`. */
  warning: Scalars['Boolean']['output'];
};

/** Where an org stands with a required meeting type. */
export type ComplianceStatus =
  /** Held in the current period. */
  | 'DONE'
  /** Neither held nor scheduled. */
  | 'DUE'
  /** The last period was missed, and none is held yet in this one. */
  | 'OVERDUE'
  /** Not held yet, one is scheduled within the period. */
  | 'SCHEDULED';

/** One member's report. */
export type ContentReport = {
  __typename?: 'ContentReport';
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Why. */
  reason: Scalars['String']['output'];
  /** The reporter's name. */
  reporterName: Scalars['String']['output'];
};

/** A conversation the viewer takes part in: an org unit's group, a custom group or a direct chat. */
export type Conversation = {
  __typename?: 'Conversation';
  /** Only admins post. */
  broadcastOnly: Scalars['Boolean']['output'];
  /** The department of a joint group. */
  department?: Maybe<ConversationOrganization>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /**
   * `ORG` (an org unit's group), `JOINT` (a department's party, union and league group),
   * `GROUP` (a custom group) or `DIRECT` (two members).
   */
  kind: Scalars['String']['output'];
  /** The newest message. */
  lastMessage?: Maybe<Message>;
  /** The seq of the newest message (0 when none). */
  lastSeq: Scalars['Int']['output'];
  /** The org unit, for org groups. */
  organization?: Maybe<ConversationOrganization>;
  /** The pinned group notice (群公告). */
  pinnedNotice?: Maybe<Scalars['String']['output']>;
  /** Title (an org group carries its unit's name). */
  title: Scalars['String']['output'];
  /** Messages after the viewer's read cursor. */
  unreadCount: Scalars['Int']['output'];
  /**
   * The viewer administers it: may post in broadcast-only groups, @all, recall any message,
   * mute, pin a notice, and (custom groups) manage members.
   */
  viewerIsAdmin: Scalars['Boolean']['output'];
};

/** A page of the viewer's conversations. */
export type ConversationConnection = {
  __typename?: 'ConversationConnection';
  /** Items with cursors. */
  edges: Array<ConversationEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A conversation with its cursor. */
export type ConversationEdge = {
  __typename?: 'ConversationEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Conversation;
};

/** Input naming one member of one conversation. */
export type ConversationMemberInput = {
  /** Conversation. */
  conversationId: Scalars['ID']['input'];
  /** Member. */
  memberId: Scalars['ID']['input'];
};

/** The org unit an org group belongs to. */
export type ConversationOrganization = {
  __typename?: 'ConversationOrganization';
  /** The unit's global ID. */
  id: Scalars['ID']['output'];
};

/** Input of `correctDuesEntry`. */
export type CorrectDuesEntryInput = {
  /** Added to what is owed for that month, in fen (negative to reduce it; not 0). */
  amountFen: Scalars['Int']['input'];
  /** The entry to correct. */
  entryId: Scalars['ID']['input'];
  /** Why (required, ≤ 500 characters). */
  note: Scalars['String']['input'];
};

/** A count under a label. */
export type Count = {
  __typename?: 'Count';
  /** Count. */
  count: Scalars['Int']['output'];
  /** Code, e.g. `PARTY` or `FULL_MEMBER`. */
  key: Scalars['String']['output'];
};

/** Input of `createApiKey`. */
export type CreateApiKeyInput = {
  /** What it is for. */
  name: Scalars['String']['input'];
  /** Role it holds tenant-wide (default `integrator`). */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** Payload of `createApiKey`. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key. */
  apiKey: ApiKey;
  /** The secret, shown only now; use it as `Authorization: Bearer …`. */
  secret: Scalars['String']['output'];
};

/** Input of `createDueItem`. */
export type CreateDueItemInput = {
  /** Due time. */
  dueAt: Scalars['DateTime']['input'];
  /** Module-defined kind (default `task`). */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** The member it concerns. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** The org it concerns (its officers get escalations). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The rule behind the deadline (its source is shown on every reminder). */
  ruleKey?: InputMaybe<Scalars['String']['input']>;
  /** Title shown in reminders. */
  title: Scalars['String']['input'];
};

/** Input of `createGroup`. */
export type CreateGroupInput = {
  /** Only admins post. */
  broadcastOnly?: Scalars['Boolean']['input'];
  /** Members to add besides the creator (at most 500), who becomes the group's admin. */
  memberIds: Array<Scalars['ID']['input']>;
  /** Group name, 1–100 characters. */
  title: Scalars['String']['input'];
};

/** Input of `createJointGroup`. */
export type CreateJointGroupInput = {
  /** The department (an org unit of the administrative line). */
  departmentId: Scalars['ID']['input'];
  /** Group name, 1–100 characters. */
  title: Scalars['String']['input'];
  /** Its party, union and league units. */
  unitIds: Array<Scalars['ID']['input']>;
};

/** Input of `createOrganization`. */
export type CreateOrganizationInput = {
  /** 联合 unit. */
  isJoint?: InputMaybe<Scalars['Boolean']['input']>;
  /** Virtual or temporary unit. */
  isVirtual?: InputMaybe<Scalars['Boolean']['input']>;
  /** Kind; defaults from line and parent. */
  kind?: InputMaybe<OrgKind>;
  /** Line. */
  line: OrgLine;
  /** Name. */
  name: Scalars['String']['input'];
  /** Parent unit; null makes a top-level unit. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `createSupervisionTask`. */
export type CreateSupervisionTaskInput = {
  /** What to do and what to report, up to 5,000 characters. */
  description: Scalars['String']['input'];
  /** Deadline for the reports (in the future, within a year). */
  dueAt: Scalars['DateTime']['input'];
  /** The issuer's uploaded files (READY), up to 9. */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The issuing org (the issuer needs `grid:write` there). */
  orgId: Scalars['ID']['input'];
  /** The receiving orgs: 1–200 orgs under the issuing org (not itself); duplicates count once. */
  targetOrgIds: Array<Scalars['ID']['input']>;
  /** Title, 1–100 characters. */
  title: Scalars['String']['input'];
};

/** The form of `createSurvey`. */
export type CreateSurveyInput = {
  /**
   * Anonymous (the default): answers are never linked to who gave them, the export has no
   * respondent column and text answers come shuffled.
   */
  anonymous?: Scalars['Boolean']['input'];
  /** Who is asked. */
  audience: SurveyAudienceInput;
  /** Closes at (the worker closes it then), within a year. */
  closesAt: Scalars['DateTime']['input'];
  /** Description, at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Opens at (now when absent); who is asked is frozen then. */
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The issuing org; the author needs `survey` write there and wherever the audience reaches. */
  orgId: Scalars['ID']['input'];
  /** The questions, 1–50, in order. */
  questions: Array<SurveyQuestionInput>;
  /** When results may be seen (default `AFTER_CLOSE`). */
  resultsVisibility?: ResultsVisibility;
  /** Title, 1–100 characters. */
  title: Scalars['String']['input'];
};

/** The form of `createVote`. */
export type CreateVoteInput = {
  /**
   * Secret ballot (the default): choices are never linked to voters, and officers see only
   * how many have not voted, not who.
   */
  anonymous?: Scalars['Boolean']['input'];
  /** Closes at (the worker closes it then), within a year. */
  closesAt: Scalars['DateTime']['input'];
  /** Description, at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Who may vote. */
  electorate: ElectorateInput;
  /** What it decides (default `POLL`). */
  kind?: VoteKind;
  /** Most options a ballot holds (at most the options, and the seats when given). */
  maxChoices?: Scalars['Int']['input'];
  /** The meeting the vote is held at. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** Fewest options a ballot holds (at least 1). */
  minChoices?: Scalars['Int']['input'];
  /** Opens at (now when absent); the electorate is frozen then. */
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Option labels (candidates' names), 2–100, distinct, each 1–100 characters. */
  options: Array<Scalars['String']['input']>;
  /** The issuing org; the author needs `vote` write there and wherever the electorate reaches. */
  orgId: Scalars['ID']['input'];
  /** When results may be seen (default `AFTER_CLOSE`). */
  resultsVisibility?: ResultsVisibility;
  /** 应选人数, required for `RECOMMENDATION` and `ELECTION`. */
  seats?: InputMaybe<Scalars['Int']['input']>;
  /** Title, 1–100 characters. */
  title: Scalars['String']['input'];
};

/** Figures for the home dashboard. */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Active members. */
  memberTotal: Scalars['Int']['output'];
  /** Active members per line (members placed in a unit of that line). */
  membersByLine: Array<Count>;
  /** Active members per political status. */
  membersByPoliticalStatus: Array<Count>;
  /** Active org units per line. */
  organizationsByLine: Array<Count>;
};

/** A background job that used up its attempts. */
export type DeadJob = {
  __typename?: 'DeadJob';
  /** Attempts made. */
  attempts: Scalars['Int']['output'];
  /** Enqueued. */
  createdAt: Scalars['DateTime']['output'];
  /** Queue id. */
  id: Scalars['String']['output'];
  /** Job key. */
  key?: Maybe<Scalars['String']['output']>;
  /** The last error. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Task, e.g. `send_mail`. */
  task: Scalars['String']['output'];
  /** Last attempt. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Input of `decideGrades`. */
export type DecideGradesInput = {
  /** The campaign (at DECISION). */
  campaignId: Scalars['ID']['input'];
  /** A grade for every member; at most the cap of EXCELLENT. */
  grades: Array<EvaluationGradeInput>;
  /** The branch meeting that decided (a meeting of the branch), if recorded. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
};

/** Decide an idea under review. */
export type DecideIdeaInput = {
  /** Adopted (采纳) or not (不予采纳). */
  adopted: Scalars['Boolean']['input'];
  /** The idea. */
  ideaId: Scalars['ID']['input'];
  /** Why; required when not adopted (up to 2,000 characters). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Deciding an application. */
export type DecideJoinApplicationInput = {
  /** The application. */
  applicationId: Scalars['ID']['input'];
  /** Approve (or refuse). */
  approve: Scalars['Boolean']['input'];
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Deciding a leave request. */
export type DecideMeetingLeaveInput = {
  /** Grant it (or refuse). */
  approve: Scalars['Boolean']['input'];
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** Who asked. */
  memberId: Scalars['ID']['input'];
};

/** The upper org's decision. */
export type DecideStageTransitionInput = {
  /** Approve (or refuse). */
  approve: Scalars['Boolean']['input'];
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The transition. */
  transitionId: Scalars['ID']['input'];
};

/** How often the digest email comes. */
export type DigestFrequency =
  /** Every morning (07:00 in the enterprise's time zone). */
  | 'DAILY'
  /** No digest email. */
  | 'OFF'
  /** Monday mornings. */
  | 'WEEKLY';

/** Dispatch a case (派遣) to exactly one of a member or an org. */
export type DispatchGridCaseInput = {
  /** An active member of the tenant. */
  assigneeMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** An org unit of the tenant (its officers are notified). */
  assigneeOrgId?: InputMaybe<Scalars['ID']['input']>;
  /** The case. */
  caseId: Scalars['ID']['input'];
  /**
   * A deadline other than the category's SLA: earlier always, later only with the right to
   * extend (recorded as an extension).
   */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A note for the assignee. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Something with a deadline that reminds before it is late and escalates after. */
export type DueItem = {
  __typename?: 'DueItem';
  /** Completed or cancelled. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Due time. */
  dueAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Module-defined kind, e.g. `thought_report`. */
  kind: Scalars['String']['output'];
  /** The member it concerns. */
  member?: Maybe<Member>;
  /** The org it concerns. */
  organization?: Maybe<Organization>;
  /** Reminder offsets in minutes (negative before the due time, positive for escalation). */
  reminderOffsetsMinutes: Array<Scalars['Int']['output']>;
  /** Key of the rule behind the deadline. */
  ruleKey?: Maybe<Scalars['String']['output']>;
  /** `OPEN`, `DONE` or `CANCELLED`. */
  status: Scalars['String']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** A page of due items. */
export type DueItemConnection = {
  __typename?: 'DueItemConnection';
  /** Items with cursors. */
  edges: Array<DueItemEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of due items. */
export type DueItemEdge = {
  __typename?: 'DueItemEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: DueItem;
};

/** A member who owes. */
export type DuesArrear = {
  __typename?: 'DuesArrear';
  /** After how many months without dues the rule treats a member as having left. */
  lapseMonths: Scalars['Int']['output'];
  /** Months owed have reached the first warning of the lapse rule (`membership.lapse`). */
  lapseWarning: Scalars['Boolean']['output'];
  /** The member. */
  memberId: Scalars['ID']['output'];
  /** Name. */
  memberName: Scalars['String']['output'];
  /** Months with something owed. */
  monthsOwed: Scalars['Int']['output'];
  /** The oldest such month (`YYYY-MM`). */
  oldestMonth?: Maybe<Scalars['String']['output']>;
  /** Their org on the line. */
  orgName: Scalars['String']['output'];
  /** Owed in fen. */
  owedFen: Scalars['Int']['output'];
};

/** A monthly base in a member's history. */
export type DuesBase = {
  __typename?: 'DuesBase';
  /** Monthly base in fen. */
  baseFen: Scalars['Int']['output'];
  /** Category code (`EMPLOYED`, `RETIRED`, …). */
  category: Scalars['String']['output'];
  /** Set. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * In force from this month (`YYYY-MM`): the month `party.dues.start` derives from
   * `newPayMonth` (the same month by statute; party dues only, the other lines apply a base
   * from the month given).
   */
  fromMonth: Scalars['String']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** `PARTY`, `UNION` or `YOUTH`. */
  line: Scalars['String']['output'];
  /** The member. */
  memberId: Scalars['ID']['output'];
  /**
   * The month the new pay was first paid (`YYYY-MM`), as given when the base was set;
   * null on bases recorded before this was kept.
   */
  newPayMonth?: Maybe<Scalars['String']['output']>;
  /** `MANUAL`, `IMPORT` or `API`. */
  source: Scalars['String']['output'];
};

/** What a member's base is, which decides the rule that applies. */
export type DuesCategory =
  /** 在职: post-tax regular monthly salary, by the employed brackets. */
  | 'EMPLOYED'
  /** 农民: the base is the chosen flat amount, kept within the rule's range. */
  | 'FARMER'
  /** 下岗失业: flat. */
  | 'LAID_OFF'
  /** 依靠救济: flat. */
  | 'RELIEF'
  /** 离退休: monthly basic pension, by the retired brackets. */
  | 'RETIRED'
  /** 学生: flat. */
  | 'STUDENT';

/**
 * An entry of the append-only dues ledger: bills and corrections add to what is owed,
 * payments take from it.
 */
export type DuesEntry = {
  __typename?: 'DuesEntry';
  /** Amount in fen (corrections may be negative). */
  amountFen: Scalars['Int']['output'];
  /** The base a bill was computed from, in fen. */
  baseFen?: Maybe<Scalars['Int']['output']>;
  /** The entry a correction corrects. */
  corrects?: Maybe<Scalars['ID']['output']>;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID (pass it to `correctDuesEntry`). */
  id: Scalars['ID']['output'];
  /** `BILL`, `PAYMENT` or `CORRECTION`. */
  kind: Scalars['String']['output'];
  /** Line. */
  line: Scalars['String']['output'];
  /** The member. */
  memberId: Scalars['ID']['output'];
  /** The member's name. */
  memberName: Scalars['String']['output'];
  /** Payment method. */
  method?: Maybe<Scalars['String']['output']>;
  /** The month it concerns (`YYYY-MM`). */
  month: Scalars['String']['output'];
  /** Note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Receipt number. */
  receiptNo?: Maybe<Scalars['String']['output']>;
  /** Who recorded it (null for the monthly run). */
  recordedBy?: Maybe<Scalars['ID']['output']>;
  /** The rule a bill was computed by. */
  ruleKey?: Maybe<Scalars['String']['output']>;
};

/** A dues line. */
export type DuesLine =
  /** 党费. */
  | 'PARTY'
  /** 会费. */
  | 'UNION'
  /** 团费. */
  | 'YOUTH';

/** How a payment was made (online payment is not offered yet). */
export type DuesPaymentMethod =
  /** 现金. */
  | 'CASH'
  /** 工资代扣. */
  | 'PAYROLL'
  /** 转账. */
  | 'TRANSFER';

/** Sums of one org and month. */
export type DuesRollup = {
  __typename?: 'DuesRollup';
  /** Billed, in fen. */
  billedFen: Scalars['Int']['output'];
  /** Corrections, in fen (signed). */
  correctedFen: Scalars['Int']['output'];
  /** Members billed. */
  membersBilled: Scalars['Int']['output'];
  /** Members who paid. */
  membersPaid: Scalars['Int']['output'];
  /** Month (`YYYY-MM`). */
  month: Scalars['String']['output'];
  /** The org (null for members without one). */
  orgId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  orgName: Scalars['String']['output'];
  /** Paid, in fen. */
  paidFen: Scalars['Int']['output'];
};

/**
 * The standing a member brought on a line when received by introduction letter from another
 * tenant: their dues there were paid through `paidThrough`, so no bill is written here for
 * that month or any before it.
 */
export type DuesStanding = {
  __typename?: 'DuesStanding';
  /** The enterprise it was paid in, as named when the member was received. */
  fromTenantName: Scalars['String']['output'];
  /** The last month paid (`YYYY-MM`). */
  paidThrough: Scalars['String']['output'];
  /** When the member was received. */
  recordedAt: Scalars['DateTime']['output'];
};

/**
 * Who may vote: members placed in the orgs (with their sub-trees), narrowed by lines, roles
 * and political statuses when given (with no orgs the whole tenant is narrowed, which needs
 * tenant-wide rights), plus `memberIds`. Frozen when the vote opens.
 */
export type ElectorateInput = {
  /** Only members of these lines. */
  lines?: Array<OrgLine>;
  /** These members too. */
  memberIds?: Array<Scalars['ID']['input']>;
  /** Orgs, each with its sub-tree. */
  orgIds?: Array<Scalars['ID']['input']>;
  /** Only members of these political statuses. */
  politicalStatuses?: Array<PoliticalStatus>;
  /** Only holders of these roles (role template names). */
  roles?: Array<Scalars['String']['input']>;
};

/** End an assignment. */
export type EndGridAssignmentInput = {
  /** The assignment's id. */
  assignmentId: Scalars['ID']['input'];
  /** The day it ends (today when absent; not later than today). */
  endsOn?: InputMaybe<Scalars['NaiveDate']['input']>;
};

/** A democratic-evaluation campaign of a branch for a year, as the viewer may see it. */
export type EvaluationCampaign = {
  __typename?: 'EvaluationCampaign';
  /** The cap rule's source in force. */
  capRuleSource: Scalars['String']['output'];
  /** The cap rule's title. */
  capRuleTitle: Scalars['String']['output'];
  /** Why the committee's proposal breaks the 优秀 cap, when it does (officers). */
  capWarning?: Maybe<Scalars['String']['output']>;
  /** Started. */
  createdAt: Scalars['DateTime']['output'];
  /** The most members that may be graded 优秀 (`evaluation.excellent_cap`). */
  excellentCap: Scalars['Int']['output'];
  /** 优秀 grades the meeting decided (officers). */
  excellentDecided?: Maybe<Scalars['Int']['output']>;
  /** 优秀 grades the committee proposed (officers). */
  excellentProposed?: Maybe<Scalars['Int']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The branch meeting that decided, when linked. */
  meetingId?: Maybe<Scalars['ID']['output']>;
  /** How many members are evaluated. */
  memberCount: Scalars['Int']['output'];
  /** The members evaluated (the full and probationary members frozen at the start). */
  members: Array<EvaluationMember>;
  /** The branch. */
  orgId: Scalars['ID']['output'];
  /** The branch's name. */
  orgName: Scalars['String']['output'];
  /** How many submitted peer ratings (officers; live). */
  peerTurnout?: Maybe<Scalars['Int']['output']>;
  /** How many wrote a self-assessment. */
  selfAssessedCount: Scalars['Int']['output'];
  /** Where it stands. */
  stage: EvaluationStage;
  /** Title. */
  title: Scalars['String']['output'];
  /** Last stage change. */
  updatedAt: Scalars['DateTime']['output'];
  /** Whether the viewer may advance, propose and decide. */
  viewerCanManage: Scalars['Boolean']['output'];
  /**
   * Whether the viewer sees the branch's side (turnout, self-assessments, tallies,
   * proposals).
   */
  viewerIsOfficer: Scalars['Boolean']['output'];
  /** Whether the viewer is one of the members evaluated. */
  viewerIsParticipant: Scalars['Boolean']['output'];
  /** Whether the viewer has submitted their peer ratings (once per campaign). */
  viewerPeerSubmitted: Scalars['Boolean']['output'];
  /** Whether the viewer has written a self-assessment. */
  viewerSelfAssessed: Scalars['Boolean']['output'];
  /** The year evaluated. */
  year: Scalars['Int']['output'];
};

/** A grade of democratic evaluation. */
export type EvaluationGrade =
  /** 基本合格. */
  | 'BASICALLY_QUALIFIED'
  /** 优秀 (at most the share of the `evaluation.excellent_cap` rule). */
  | 'EXCELLENT'
  /** 合格. */
  | 'QUALIFIED'
  /** 不合格 (needs a reason). */
  | 'UNQUALIFIED';

/** One member's grade, proposed or decided. */
export type EvaluationGradeInput = {
  /** The grade. */
  grade: EvaluationGrade;
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** The reason, up to 1,000 characters; required for UNQUALIFIED. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** One member of a campaign; fields the viewer may not see are null. */
export type EvaluationMember = {
  __typename?: 'EvaluationMember';
  /** The decided grade (officers; the member themselves once CLOSED). */
  finalGrade?: Maybe<EvaluationGrade>;
  /** The reason given with the decision (officers; the member themselves once CLOSED). */
  finalReason?: Maybe<Scalars['String']['output']>;
  /** The member. */
  memberId: Scalars['ID']['output'];
  /** Their name. */
  name: Scalars['String']['output'];
  /** The peer comments they received, sorted by text (officers, from COMMITTEE on). */
  peerComments?: Maybe<Array<Scalars['String']['output']>>;
  /** The peer ratings they received, counted per grade (officers, from COMMITTEE on). */
  peerTally?: Maybe<PeerTally>;
  /** The committee's proposed grade (officers). */
  proposedGrade?: Maybe<EvaluationGrade>;
  /** The reason given with the proposal (officers). */
  proposedReason?: Maybe<Scalars['String']['output']>;
  /** When they wrote it (officers, and the member themselves). */
  selfAssessedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Their self-assessment (officers, and the member themselves). */
  selfAssessment?: Maybe<Scalars['String']['output']>;
};

/** The result of an evaluation mutation. */
export type EvaluationPayload = {
  __typename?: 'EvaluationPayload';
  /** The campaign as it is now. */
  campaign: EvaluationCampaign;
};

/** Where a campaign stands. */
export type EvaluationStage =
  /** 已结束: final grades are set. */
  | 'CLOSED'
  /** 支委会提出意见: the branch committee proposes a grade per member. */
  | 'COMMITTEE'
  /** 党员大会决定: the branch meeting decides the final grades. */
  | 'DECISION'
  /** 党员互评: each member rates every other member, anonymously, once. */
  | 'PEER_REVIEW'
  /** 个人自评: each member writes a self-assessment. */
  | 'SELF_ASSESSMENT';

/** An uploaded file. */
export type File = {
  __typename?: 'File';
  /** Content type. */
  contentType: Scalars['String']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Shown inline (PNG, JPEG, GIF, WebP). */
  isImage: Scalars['Boolean']['output'];
  /** File name. */
  name: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** `PENDING` until its bytes are stored, then `READY` (only READY files can be attached). */
  status: Scalars['String']['output'];
};

/** A file with a download link. */
export type FileWithUrl = {
  __typename?: 'FileWithUrl';
  /** The file. */
  file: File;
  /** A download link valid for five minutes. */
  url: Scalars['String']['output'];
};

/** A letter found by its code, as a receiving org sees it before accepting. */
export type FoundTransferLetter = {
  __typename?: 'FoundTransferLetter';
  /** What would cross. */
  crossing: Scalars['JSON']['output'];
  /** Addressed to. */
  destination: Scalars['String']['output'];
  /** Dues paid through (`YYYY-MM`). */
  duesPaidThrough?: Maybe<Scalars['String']['output']>;
  /** The sending org. */
  fromOrgName: Scalars['String']['output'];
  /** The sending unit (tenant). */
  fromTenantName: Scalars['String']['output'];
  /** `PARTY`, `UNION` or `YOUTH`. */
  line: Scalars['String']['output'];
  /** The member. */
  memberName: Scalars['String']['output'];
  /** Where it stands. */
  status: TransferLetterStatus;
  /** Valid until. */
  validUntil: Scalars['DateTime']['output'];
};

/** Input of `generateDuesBills`. */
export type GenerateDuesBillsInput = {
  /** Line. */
  line: DuesLine;
  /** Month (`YYYY-MM`, not in the future). */
  month: Scalars['String']['input'];
  /** Only members under this org (null: the whole tenant, which needs tenant-wide rights). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of `generateDuesBills`. */
export type GenerateDuesBillsPayload = {
  __typename?: 'GenerateDuesBillsPayload';
  /** Bills written now (members billed before are left alone). */
  written: Scalars['Int']['output'];
};

/** Where check-in is allowed. */
export type Geofence = {
  __typename?: 'Geofence';
  /** Latitude (WGS-84). */
  latitude: Scalars['Float']['output'];
  /** Longitude (WGS-84). */
  longitude: Scalars['Float']['output'];
  /** Radius in metres (20–5,000). */
  radiusMeters: Scalars['Int']['output'];
};

/** Where check-in is allowed. */
export type GeofenceInput = {
  /** Latitude (WGS-84). */
  latitude: Scalars['Float']['input'];
  /** Longitude (WGS-84). */
  longitude: Scalars['Float']['input'];
  /** Radius in metres (20–5,000). */
  radiusMeters: Scalars['Int']['input'];
};

/** A role held by a member (or key) over a scope. */
export type Grant = {
  __typename?: 'Grant';
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The member holding it, when a member does. */
  member?: Maybe<Member>;
  /** Role name. */
  role: Scalars['String']['output'];
  /** The scope: `tenant` or the org path it covers with its sub-tree. */
  scope: Scalars['String']['output'];
  /** What produced it: `signup`, `invitation`, `grant`, `position:<id>`, `api_key:<id>`. */
  source?: Maybe<Scalars['String']['output']>;
};

/** Payload with one grant. */
export type GrantPayload = {
  __typename?: 'GrantPayload';
  /** The grant. */
  grant: Grant;
};

/** Input of `grantRole`. */
export type GrantRoleInput = {
  /** Member. */
  memberId: Scalars['ID']['input'];
  /** Unit whose sub-tree the grant covers; null for tenant-wide. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Role name. */
  role: Scalars['String']['input'];
};

/** A member's assignment to a grid (定人定岗定责). */
export type GridAssignment = {
  __typename?: 'GridAssignment';
  /** Whether it covers today. */
  active: Scalars['Boolean']['output'];
  /** The day it ends (no longer active from that day), if set. */
  endsOn?: Maybe<Scalars['NaiveDate']['output']>;
  /** The grid's global ID. */
  gridId: Scalars['ID']['output'];
  /** The grid's name. */
  gridName: Scalars['String']['output'];
  /** Opaque id (for `endGridAssignment`). */
  id: Scalars['ID']['output'];
  /** The member's global ID. */
  memberId: Scalars['ID']['output'];
  /** The member's name. */
  memberName: Scalars['String']['output'];
  /** Worker or responsible party member. */
  role: GridAssignmentRole;
  /** First day. */
  startsOn: Scalars['NaiveDate']['output'];
};

/** The result of an assignment mutation. */
export type GridAssignmentPayload = {
  __typename?: 'GridAssignmentPayload';
  /** The assignment as it is now. */
  assignment: GridAssignment;
};

/** What a grid assignment makes its member. */
export type GridAssignmentRole =
  /** 包联党员: the party member responsible for the grid. */
  | 'PARTY_MEMBER'
  /** 网格员. */
  | 'WORKER';

/** A grid case (网格事件) as the viewer may see it. */
export type GridCase = Node & {
  __typename?: 'GridCase';
  /** Deadline for acceptance (立案), from the category's SLA. */
  acceptDueAt: Scalars['DateTime']['output'];
  /** Accepted. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the viewer may do now (state × permission). */
  actions: Array<GridCaseAction>;
  /** The assignee member's global ID, when dispatched to a member. */
  assigneeMemberId?: Maybe<Scalars['ID']['output']>;
  /** The assignee's name (member or org). */
  assigneeName?: Maybe<Scalars['String']['output']>;
  /** The assignee org's global ID, when dispatched to an org. */
  assigneeOrgId?: Maybe<Scalars['ID']['output']>;
  /** Category key. */
  categoryKey: Scalars['String']['output'];
  /** Category name when reported. */
  categoryName: Scalars['String']['output'];
  /** Closed (or refused). */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The deadline that matters now: acceptance while reported, resolution while dispatched
   * or in progress, none otherwise.
   */
  currentDueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Description. */
  description: Scalars['String']['output'];
  /** First dispatched. */
  dispatchedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who dispatched it last. */
  dispatcherName?: Maybe<Scalars['String']['output']>;
  /** Deadline for resolution, set at dispatch. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The grid's global ID (an Organization on the GRID line). */
  gridId: Scalars['ID']['output'];
  /** The grid's name. */
  gridName: Scalars['String']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Whether the viewer reported it or it is dispatched to them. */
  isMine: Scalars['Boolean']['output'];
  /** Where (null when neither coordinates nor address were given). */
  location?: Maybe<GridLocation>;
  /** Readable number, per tenant and year (`WG-2026-000123`). */
  number: Scalars['String']['output'];
  /** Whether the current deadline has passed (computed when read). */
  overdue: Scalars['Boolean']['output'];
  /** Photos taken when reporting. */
  photos: Array<GridFile>;
  /** The reporter's rating, 1–5. */
  rating?: Maybe<Scalars['Int']['output']>;
  /** The reporter's comment. */
  ratingComment?: Maybe<Scalars['String']['output']>;
  /** Reported. */
  reportedAt: Scalars['DateTime']['output'];
  /**
   * Whether the reporter is hidden from this viewer (they asked handlers not to see them;
   * supervisors of the grid and the reporter still do).
   */
  reporterHidden: Scalars['Boolean']['output'];
  /** The reporter's member global ID; null when hidden from this viewer. */
  reporterId?: Maybe<Scalars['ID']['output']>;
  /** The reporter's name; null when hidden from this viewer. */
  reporterName?: Maybe<Scalars['String']['output']>;
  /** Whether a dispute was settled (set at closing). */
  resolved?: Maybe<Scalars['Boolean']['output']>;
  /** State. */
  state: GridCaseState;
  /** The state's Chinese label. */
  stateLabel: Scalars['String']['output'];
  /** Every step so far, oldest first. */
  timeline: Array<GridCaseEvent>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
};

/** What a viewer may do to a case. */
export type GridCaseAction =
  /** 立案 (`acceptGridCase`). */
  | 'ACCEPT'
  /** 不予立案 (`cancelGridCase`, with a reason). */
  | 'CANCEL'
  /** 核查结案 (`closeGridCase`). */
  | 'CLOSE'
  /** 派遣 (`dispatchGridCase`). */
  | 'DISPATCH'
  /** 处理反馈 (`submitGridCaseFeedback`, with a note). */
  | 'FEEDBACK'
  /** 评价 (`rateGridCase`). */
  | 'RATE'
  /** 核查不通过 (`reopenGridCase`, with a reason). */
  | 'REOPEN'
  /** 开始处置 (`startGridCase`). */
  | 'START';

/** A case category with its SLA, from the tenant's effective `grid.case` rule. */
export type GridCaseCategory = {
  __typename?: 'GridCaseCategory';
  /** Hours from report to acceptance (立案). */
  acceptHours: Scalars['Int']['output'];
  /** Stable key (`SAFETY`). */
  key: Scalars['String']['output'];
  /** Chinese name (安全隐患). */
  name: Scalars['String']['output'];
  /** Hours from dispatch to resolution (反馈). */
  resolveHours: Scalars['Int']['output'];
};

/** A page of grid cases, newest first. */
export type GridCaseConnection = {
  __typename?: 'GridCaseConnection';
  /** Items with cursors. */
  edges: Array<GridCaseEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of grid cases, newest first. */
export type GridCaseEdge = {
  __typename?: 'GridCaseEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: GridCase;
};

/** One entry of a case's timeline (append-only). */
export type GridCaseEvent = {
  __typename?: 'GridCaseEvent';
  /** Who did it (null for the worker's 督办 steps, and for a hidden reporter). */
  actorName?: Maybe<Scalars['String']['output']>;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Photos or files attached to the step. */
  files: Array<GridFile>;
  /** State before (null for the report). */
  fromState?: Maybe<GridCaseState>;
  /** Opaque id of the entry (the id live boards' events name). */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: GridCaseEventKind;
  /** Note or reason. */
  note?: Maybe<Scalars['String']['output']>;
  /** State after. */
  toState: GridCaseState;
};

/** What happened to a case: a transition or a step of supervision (督办). */
export type GridCaseEventKind =
  /** Accepted (立案). */
  | 'ACCEPTED'
  /** Refused (不予立案). */
  | 'CANCELLED'
  /** Verified and closed (核查结案). */
  | 'CLOSED'
  /** Dispatched (派遣), or dispatched again. */
  | 'DISPATCHED'
  /** Escalated to the officers one level up. */
  | 'ESCALATED'
  /** The deadline was set later than the SLA (`detail`: SLA due, new due). */
  | 'EXTENDED'
  /** Result reported (反馈). */
  | 'FEEDBACK'
  /** The deadline passed (督办). */
  | 'OVERDUE'
  /** Rated by the reporter (评价). */
  | 'RATED'
  /** Verification failed, back to work (核查不通过). */
  | 'REOPENED'
  /** Reported (采集). */
  | 'REPORTED'
  /** Work started (处置). */
  | 'STARTED'
  /** Warned before the deadline. */
  | 'WARNED';

/** The result of a case mutation. */
export type GridCasePayload = {
  __typename?: 'GridCasePayload';
  /** The case as it is now. */
  case: GridCase;
};

/** Where a case stands in the seven steps. */
export type GridCaseState =
  /** 待派遣: accepted, waiting to be dispatched. */
  | 'ACCEPTED'
  /** 不予立案: refused with a reason (final). */
  | 'CANCELLED'
  /** 已结案: verified and closed. */
  | 'CLOSED'
  /** 已派遣: sent to a member or an org; the resolve timer runs. */
  | 'DISPATCHED'
  /** 待核查: the result is reported, waiting for verification. */
  | 'FEEDBACK'
  /** 处置中: being worked on. */
  | 'IN_PROGRESS'
  /** 已评价: rated by the reporter (final). */
  | 'RATED'
  /** 待立案: reported, waiting to be accepted. */
  | 'REPORTED';

/** Cases of one category in a period. */
export type GridCategoryCount = {
  __typename?: 'GridCategoryCount';
  /** Cases reported. */
  count: Scalars['Int']['output'];
  /** Category key. */
  key: Scalars['String']['output'];
  /** Category name. */
  name: Scalars['String']['output'];
};

/**
 * A photo or file of a case, with a download link signed for this viewer (valid a few
 * minutes; read it again for a fresh one).
 */
export type GridFile = {
  __typename?: 'GridFile';
  /** MIME type. */
  contentType: Scalars['String']['output'];
  /** The file's global ID. */
  fileId: Scalars['ID']['output'];
  /** File name. */
  fileName: Scalars['String']['output'];
  /** Download link for this viewer. */
  url: Scalars['String']['output'];
};

/** Where a case was found. */
export type GridLocation = {
  __typename?: 'GridLocation';
  /** Address as typed or resolved. */
  address?: Maybe<Scalars['String']['output']>;
  /** Latitude (WGS-84). */
  latitude?: Maybe<Scalars['Float']['output']>;
  /** Longitude (WGS-84). */
  longitude?: Maybe<Scalars['Float']['output']>;
};

/** Where a case was found: both coordinates or neither, and/or an address. */
export type GridLocationInput = {
  /** Address (up to 200 characters), e.g. when the phone gives no position. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** Latitude (WGS-84), −90…90. */
  latitude?: InputMaybe<Scalars['Float']['input']>;
  /** Longitude (WGS-84), −180…180. */
  longitude?: InputMaybe<Scalars['Float']['input']>;
};

/** Cases in one state. */
export type GridStateCount = {
  __typename?: 'GridStateCount';
  /** Cases of the period now in it. */
  count: Scalars['Int']['output'];
  /** Its label. */
  label: Scalars['String']['output'];
  /** The state. */
  state: GridCaseState;
};

/**
 * The statistics of the cases reported in a period (rates are fractions 0–1; none when
 * nothing counts towards them).
 */
export type GridStatistics = {
  __typename?: 'GridStatistics';
  /** Per category, most first. */
  byCategory: Array<GridCategoryCount>;
  /** Per state, in board order. */
  byState: Array<GridStateCount>;
  /** Median hours from report to acceptance (立案). */
  medianHoursToAccept?: Maybe<Scalars['Float']['output']>;
  /** Median hours from report to closing (结案). */
  medianHoursToClose?: Maybe<Scalars['Float']['output']>;
  /** 矛盾纠纷 closed as settled ÷ 矛盾纠纷 closed (调解成功率). */
  mediationSuccessRate?: Maybe<Scalars['Float']['output']>;
  /** Feedback at or before the deadline ÷ cases with a feedback. */
  onTimeRate?: Maybe<Scalars['Float']['output']>;
  /** Per grid with cases, by name. */
  perGrid: Array<GridStatisticsRow>;
  /** Average rating (1–5). */
  ratingAverage?: Maybe<Scalars['Float']['output']>;
  /** Closed or rated ÷ accepted or later. */
  resolutionRate?: Maybe<Scalars['Float']['output']>;
  /** Cases reported in the period. */
  total: Scalars['Int']['output'];
};

/** The figures of one grid in a period. */
export type GridStatisticsRow = {
  __typename?: 'GridStatisticsRow';
  /** Closed or rated. */
  closed: Scalars['Int']['output'];
  /** The grid. */
  gridId: Scalars['ID']['output'];
  /** Its name. */
  gridName: Scalars['String']['output'];
  /** Open and past their deadline now. */
  overdue: Scalars['Int']['output'];
  /** Average rating (1–5). */
  ratingAverage?: Maybe<Scalars['Float']['output']>;
  /** Closed or rated ÷ accepted or later (none without accepted cases). */
  resolutionRate?: Maybe<Scalars['Float']['output']>;
  /** Cases reported. */
  total: Scalars['Int']['output'];
};

/** Input of `archiveOrganization`. */
export type IdInput = {
  /** The object. */
  id: Scalars['ID']['input'];
};

/** An idea (金点子) as the viewer may see it. */
export type Idea = {
  __typename?: 'Idea';
  /** The handler's steps the viewer may take now. */
  actions: Array<IdeaAction>;
  /** Whether the author asked to be anonymous to other members. */
  anonymous: Scalars['Boolean']['output'];
  /**
   * The author: null for an anonymous idea seen by other members; always present for the
   * author and the org's handlers.
   */
  author?: Maybe<IdeaAuthor>;
  /** Body. */
  body: Scalars['String']['output'];
  /** Whether the viewer may support it now (not theirs, still open). */
  canSupport: Scalars['Boolean']['output'];
  /** How many comments it has. */
  commentCount: Scalars['Int']['output'];
  /** Comments, oldest first. */
  comments: IdeaCommentConnection;
  /** Submitted. */
  createdAt: Scalars['DateTime']['output'];
  /** The decision's reason (required when not adopted). */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** Whether moderation hid it (only handlers still see it). */
  hidden: Scalars['Boolean']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Whether the viewer submitted it. */
  isMine: Scalars['Boolean']['output'];
  /** The org it was submitted to. */
  orgId: Scalars['ID']['output'];
  /** The org's name. */
  orgName: Scalars['String']['output'];
  /** Status. */
  status: IdeaStatus;
  /** The status's Chinese label. */
  statusLabel: Scalars['String']['output'];
  /** How many members support it. */
  supportCount: Scalars['Int']['output'];
  /** Every step so far, oldest first. */
  timeline: Array<IdeaEvent>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
  /** Whether the viewer supports it. */
  viewerSupports: Scalars['Boolean']['output'];
};


/** An idea (金点子) as the viewer may see it. */
export type IdeaCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A handler's step. */
export type IdeaAction =
  /** 采纳 (`decideIdea` with `adopted: true`). */
  | 'ADOPT'
  /** 标记已落实 (`markIdeaImplemented`). */
  | 'IMPLEMENT'
  /** 不予采纳 (`decideIdea` with `adopted: false` and a reason). */
  | 'REJECT'
  /** 开始研究 (`reviewIdea`). */
  | 'REVIEW';

/** Who submitted an idea (shown unless anonymous to this viewer). */
export type IdeaAuthor = {
  __typename?: 'IdeaAuthor';
  /** The member's global ID. */
  id: Scalars['ID']['output'];
  /** The member's name. */
  name: Scalars['String']['output'];
};

/** A comment on an idea. */
export type IdeaComment = {
  __typename?: 'IdeaComment';
  /** The author's member global ID. */
  authorId: Scalars['ID']['output'];
  /** The author's name. */
  authorName: Scalars['String']['output'];
  /** Text. */
  body: Scalars['String']['output'];
  /** Written. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether moderation hid it (only handlers see hidden comments). */
  hidden: Scalars['Boolean']['output'];
  /** Global ID (what `reportContent` takes with kind IDEA_COMMENT). */
  id: Scalars['ID']['output'];
};

/** A page of an idea's comments, oldest first. */
export type IdeaCommentConnection = {
  __typename?: 'IdeaCommentConnection';
  /** Items with cursors. */
  edges: Array<IdeaCommentEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of an idea's comments, oldest first. */
export type IdeaCommentEdge = {
  __typename?: 'IdeaCommentEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: IdeaComment;
};

/** The result of `commentOnIdea`. */
export type IdeaCommentPayload = {
  __typename?: 'IdeaCommentPayload';
  /** The new comment. */
  comment: IdeaComment;
};

/** A page of ideas. */
export type IdeaConnection = {
  __typename?: 'IdeaConnection';
  /** Items with cursors. */
  edges: Array<IdeaEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of ideas. */
export type IdeaEdge = {
  __typename?: 'IdeaEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Idea;
};

/** One step of an idea's timeline. */
export type IdeaEvent = {
  __typename?: 'IdeaEvent';
  /** Who did it (null for an anonymous author seen by other members). */
  actorName?: Maybe<Scalars['String']['output']>;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** The status before (null for the submission). */
  fromStatus?: Maybe<IdeaStatus>;
  /** Opaque id of the entry (the id of an adoption's bus event). */
  id: Scalars['ID']['output'];
  /** Note or reason. */
  note?: Maybe<Scalars['String']['output']>;
  /** The status reached. */
  status: IdeaStatus;
  /** The status's Chinese label. */
  statusLabel: Scalars['String']['output'];
};

/** An idea to act on. */
export type IdeaInput = {
  /** The idea. */
  ideaId: Scalars['ID']['input'];
};

/** The result of an idea mutation. */
export type IdeaPayload = {
  __typename?: 'IdeaPayload';
  /** The idea as it is now. */
  idea: Idea;
};

/** The order of the ideas wall. */
export type IdeaSort =
  /** Most supports first, then newest. */
  | 'MOST_SUPPORTED'
  /** Newest first. */
  | 'NEWEST';

/** Where an idea stands. */
export type IdeaStatus =
  /** 已采纳. */
  | 'ADOPTED'
  /** 已落实 (final). */
  | 'IMPLEMENTED'
  /** 未采纳, with a reason (final). */
  | 'NOT_ADOPTED'
  /** 已提交: waiting for the handlers. */
  | 'SUBMITTED'
  /** 研究中: under review. */
  | 'UNDER_REVIEW';

/** Input of `importDuesBases`. */
export type ImportDuesBasesInput = {
  /** File content, base64. */
  contentBase64: Scalars['String']['input'];
  /**
   * File name, ending in .csv or .xlsx; columns 姓名, 手机 or 邮箱 (to find the member),
   * 类别 (在职, 离退休, 学生, 下岗失业, 依靠救济, 农民) and 基数（元）.
   */
  fileName: Scalars['String']['input'];
  /** The month the new pay was first paid (`YYYY-MM`); applied as `setDuesBase` applies it. */
  fromMonth: Scalars['String']['input'];
  /** Line. */
  line: DuesLine;
};

/** The result of `importDuesBases`: all rows or none. */
export type ImportDuesBasesPayload = {
  __typename?: 'ImportDuesBasesPayload';
  /** Problems, by row. */
  errors: Array<ImportRowError>;
  /** Bases written (0 when any row is bad). */
  imported: Scalars['Int']['output'];
  /** Data rows read. */
  total: Scalars['Int']['output'];
};

/** Input of `importMembers`. */
export type ImportMembersInput = {
  /** File content, base64. */
  contentBase64: Scalars['String']['input'];
  /** File name, ending in .csv or .xlsx. */
  fileName: Scalars['String']['input'];
  /** Bad-row handling (default ALL_OR_NOTHING). */
  mode?: InputMaybe<ImportModeInput>;
};

/** The result of a member import. */
export type ImportMembersPayload = {
  __typename?: 'ImportMembersPayload';
  /** Problems by row; with ALL_OR_NOTHING, any problem means nothing was imported. */
  errors: Array<ImportRowError>;
  /** Members created. */
  imported: Scalars['Int']['output'];
  /** Data rows read. */
  total: Scalars['Int']['output'];
};

/** How to treat bad rows in an import. */
export type ImportModeInput =
  /** Import nothing unless every row is good. */
  | 'ALL_OR_NOTHING'
  /** Import the good rows, report the bad ones. */
  | 'VALID_ROWS';

/** A problem in one row of an import file. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** Column header. */
  column: Scalars['String']['output'];
  /** What is wrong. */
  message: Scalars['String']['output'];
  /** Row number in the file (the header is row 1). */
  row: Scalars['Int']['output'];
};

/** An inquiry (党员问询) as the viewer may see it. */
export type Inquiry = {
  __typename?: 'Inquiry';
  /** The answer. */
  answer?: Maybe<Scalars['String']['output']>;
  /** When answered. */
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who answered. */
  answererName?: Maybe<Scalars['String']['output']>;
  /** Who asked (member global ID). */
  askerId: Scalars['ID']['output'];
  /** Their name. */
  askerName: Scalars['String']['output'];
  /** The question. */
  body: Scalars['String']['output'];
  /** Whether the viewer may answer it now. */
  canAnswer: Scalars['Boolean']['output'];
  /** Whether the viewer may rate it now (the asker, once answered). */
  canRate: Scalars['Boolean']['output'];
  /** Asked. */
  createdAt: Scalars['DateTime']['output'];
  /** The answer deadline (working days from the `inquiry.answer_deadline` rule). */
  dueAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Whether the viewer asked it. */
  isMine: Scalars['Boolean']['output'];
  /** The org asked. */
  orgId: Scalars['ID']['output'];
  /** The org's name. */
  orgName: Scalars['String']['output'];
  /** Whether the deadline passed without an answer (computed when read). */
  overdue: Scalars['Boolean']['output'];
  /** When rated. */
  ratedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The asker's rating, 1–5. */
  rating?: Maybe<Scalars['Int']['output']>;
  /** The asker's comment on the answer. */
  ratingComment?: Maybe<Scalars['String']['output']>;
  /** Status. */
  status: InquiryStatus;
  /** The status's Chinese label. */
  statusLabel: Scalars['String']['output'];
  /** Subject. */
  subject: Scalars['String']['output'];
};

/** A page of inquiries, newest first. */
export type InquiryConnection = {
  __typename?: 'InquiryConnection';
  /** Items with cursors. */
  edges: Array<InquiryEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of inquiries, newest first. */
export type InquiryEdge = {
  __typename?: 'InquiryEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Inquiry;
};

/** The result of an inquiry mutation. */
export type InquiryPayload = {
  __typename?: 'InquiryPayload';
  /** The inquiry as it is now. */
  inquiry: Inquiry;
};

/** Where an inquiry stands. */
export type InquiryStatus =
  /** 已答复: waiting for the asker's rating. */
  | 'ANSWERED'
  /** 已撤回 by the asker (final). */
  | 'CLOSED'
  /** 待答复. */
  | 'OPEN'
  /** 已评价 (final). */
  | 'RATED';

/** An invitation to join a tenant. */
export type Invitation = {
  __typename?: 'Invitation';
  /** Accepted. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Invitee's email. */
  email: Scalars['String']['output'];
  /** Expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Invitee's name. */
  name: Scalars['String']['output'];
  /** The unit the invitee joins. */
  organization?: Maybe<Organization>;
  /** Revoked. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of invitations. */
export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  /** Items with cursors. */
  edges: Array<InvitationEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of invitations. */
export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Invitation;
};

/** Input of `inviteMember`. */
export type InviteMemberInput = {
  /** Invitee's email. */
  email: Scalars['String']['input'];
  /** Invitee's name. */
  name: Scalars['String']['input'];
  /** Unit they join. */
  organizationId: Scalars['ID']['input'];
};

/** Payload of `inviteMember`. */
export type InviteMemberPayload = {
  __typename?: 'InviteMemberPayload';
  /** The invitation. */
  invitation: Invitation;
  /** The secret token (shown once); the link is `/invite/{token}`. */
  invitationToken: Scalars['String']['output'];
  /** The full link to share. */
  invitationUrl: Scalars['String']['output'];
};

/** Issuing a letter. */
export type IssueTransferLetterInput = {
  /** Across provinces (valid longer). */
  crossProvince?: InputMaybe<Scalars['Boolean']['input']>;
  /** The receiving unit, as written on the letter (1–200 characters). */
  destination: Scalars['String']['input'];
  /** `PARTY`, `UNION` or `YOUTH`. */
  line: Scalars['String']['input'];
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** An application to join the union or the league. */
export type JoinApplication = {
  __typename?: 'JoinApplication';
  /** Applied. */
  createdAt: Scalars['DateTime']['output'];
  /** Decided. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The decision's note. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** Id. */
  id: Scalars['ID']['output'];
  /** `UNION` or `YOUTH`. */
  line: JoinLine;
  /** Applicant. */
  memberId: Scalars['ID']['output'];
  /** Their name. */
  memberName: Scalars['String']['output'];
  /** The applicant's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The org applied to. */
  orgId: Scalars['ID']['output'];
  /** Its name. */
  orgName: Scalars['String']['output'];
  /** Where it stands. */
  status: ApplicationStatus;
};

/** The line applied to. */
export type JoinLine =
  /** 工会. */
  | 'UNION'
  /** 共青团. */
  | 'YOUTH';

/** A ground of `membership.lapse` the records show. */
export type LapseGround =
  /** 不交纳党费（团费、会费）: months billed and not paid. */
  | 'DUES'
  /** 不参加组织生活: meetings the member was expected at and missed without approved leave. */
  | 'ORG_LIFE';

/** One ground's standing. */
export type LapseGroundStanding = {
  __typename?: 'LapseGroundStanding';
  /** The ground. */
  ground: LapseGround;
  /** Whether this ground has reached the lapse itself. */
  lapsed: Scalars['Boolean']['output'];
  /** Whole months it has lasted (org life: since the first missed meeting; dues: months owed). */
  months: Scalars['Int']['output'];
  /**
   * The day it began (the first missed meeting's day in China, or the oldest unpaid month's
   * first day).
   */
  since: Scalars['NaiveDate']['output'];
  /** The rule's months this ground has reached: a warning offset, or the lapse's months. */
  stageMonths: Scalars['Int']['output'];
};

/** How far a member has gone under `membership.lapse`. */
export type LapseLevel =
  /**
   * The rule's months have been reached: treated as having left (自行脱党 / 脱团 / 自动退会),
   * for the branch to handle.
   */
  | 'LAPSED'
  /** A warning offset of the rule (`warnAfterMonths`) has been reached. */
  | 'WARNING';

/** A member nearing or reaching `membership.lapse`. */
export type LapseRisk = {
  __typename?: 'LapseRisk';
  /** The grounds that reached a warning or the lapse, the furthest first. */
  grounds: Array<LapseGroundStanding>;
  /** The rule's months (6 by statute, or the tenant's override). */
  lapseMonths: Scalars['Int']['output'];
  /** When the last meeting they attended or were excused from began. */
  lastOrgLifeAt?: Maybe<Scalars['DateTime']['output']>;
  /** The furthest stage of any ground. */
  level: LapseLevel;
  /** The member. */
  memberId: Scalars['ID']['output'];
  /** Meetings missed without approved leave since then. */
  missedMeetings: Scalars['Int']['output'];
  /** Their name. */
  name: Scalars['String']['output'];
  /** Their org on the line. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  organizationName?: Maybe<Scalars['String']['output']>;
  /** The rule's source as the tenant applies it (《中国共产党章程》第九条 by default). */
  source: Scalars['String']['output'];
  /** Months billed on the line and not paid. */
  unpaidMonths: Scalars['Int']['output'];
};

/** A league member nearing or past 28 without a league post. */
export type LeagueAgeOut = {
  __typename?: 'LeagueAgeOut';
  /** The day they turn 28 (the rule's maximum). */
  ageOutOn: Scalars['NaiveDate']['output'];
  /** Member. */
  memberId: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
};

/** An annual league registration (团籍注册) campaign. */
export type LeagueCampaign = {
  __typename?: 'LeagueCampaign';
  /** Last day. */
  closesOn: Scalars['NaiveDate']['output'];
  /** Id. */
  id: Scalars['ID']['output'];
  /** Last reminder sent. */
  lastRemindedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * League members with their registration, those not yet registered first (for those
   * who read the org's members).
   */
  members: Array<CampaignMember>;
  /** The league org running it. */
  orgId: Scalars['ID']['output'];
  /** Its name. */
  orgName: Scalars['String']['output'];
  /** The year. */
  year: Scalars['Int']['output'];
};

/** Input of `logIn`. */
export type LogInInput = {
  /** Email or phone. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
  /** Tenant to sign in to; required when the account is in several. */
  tenantSlug?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `markConversationRead`. */
export type MarkConversationReadInput = {
  /** Conversation. */
  conversationId: Scalars['ID']['input'];
  /** Everything up to this seq is read. */
  seq: Scalars['Int']['input'];
};

/** Mark an adopted idea implemented. */
export type MarkIdeaImplementedInput = {
  /** The idea. */
  ideaId: Scalars['ID']['input'];
  /** What was done (up to 2,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A meeting of an org. */
export type Meeting = Node & {
  __typename?: 'Meeting';
  /** Agenda. */
  agenda?: Maybe<Scalars['String']['output']>;
  /** Corrections added after approval, oldest first. */
  amendments: Array<MeetingAmendment>;
  /** When the minutes were approved. */
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved them. */
  approvedByName?: Maybe<Scalars['String']['output']>;
  /** Files attached to the minutes (same visibility as the minutes). */
  attachments: Array<MeetingAttachment>;
  /** Attendance counts and the quorum. */
  attendance: MeetingAttendance;
  /**
   * Every invitee for those who read the org's meetings; only the viewer's own row for
   * other invitees.
   */
  attendees: Array<MeetingAttendee>;
  /** The viewer may manage it (`meeting:write` at its org). */
  canManage: Scalars['Boolean']['output'];
  /** Why it was cancelled. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /**
   * Check-in is open now (from 30 minutes before the start to 30 after the end, by the
   * `meeting.checkin` rule's defaults).
   */
  checkInOpen: Scalars['Boolean']['output'];
  /** Created. */
  createdAt: Scalars['DateTime']['output'];
  /** End. */
  endsAt: Scalars['DateTime']['output'];
  /** Check-in only within this area. */
  geofence?: Maybe<Geofence>;
  /** Not cancelled and started: it counts as held for compliance. */
  held: Scalars['Boolean']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Held to elect: the election quorum applies. */
  isElection: Scalars['Boolean']['output'];
  /** `PARTY`, `UNION` or `YOUTH`. */
  line: Scalars['String']['output'];
  /** Place. */
  location?: Maybe<Scalars['String']['output']>;
  /** Minutes (纪要); for those who read the org's meetings and for invitees once approved. */
  minutes?: Maybe<Scalars['String']['output']>;
  /** Where the minutes stand. */
  minutesStatus: MinutesStatus;
  /** The viewer's own invitation; null when not invited. */
  myAttendance?: Maybe<MeetingAttendee>;
  /** The org holding it. */
  orgId: Scalars['ID']['output'];
  /** Its name. */
  orgName: Scalars['String']['output'];
  /** Resolutions adopted (same visibility as the minutes). */
  resolutions: Array<Scalars['String']['output']>;
  /** Start. */
  startsAt: Scalars['DateTime']['output'];
  /** Scheduled or cancelled. */
  status: MeetingStatus;
  /** Title. */
  title: Scalars['String']['output'];
  /** The type. */
  type: MeetingType;
  /** The type's Chinese name. */
  typeLabel: Scalars['String']['output'];
};

/** A correction added after the minutes were approved. */
export type MeetingAmendment = {
  __typename?: 'MeetingAmendment';
  /** Who added it. */
  authorName: Scalars['String']['output'];
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Text. */
  text: Scalars['String']['output'];
};

/** A file attached to the minutes. */
export type MeetingAttachment = {
  __typename?: 'MeetingAttachment';
  /** Content type. */
  contentType: Scalars['String']['output'];
  /** The file's global ID. */
  fileId: Scalars['ID']['output'];
  /** File name. */
  fileName: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** A download link valid for five minutes. */
  url: Scalars['String']['output'];
};

/** Attendance counts and the quorum. */
export type MeetingAttendance = {
  __typename?: 'MeetingAttendance';
  /** Neither present nor on leave. */
  absent: Scalars['Int']['output'];
  /** Invitees. */
  expected: Scalars['Int']['output'];
  /** Leave asked, not decided. */
  leavePending: Scalars['Int']['output'];
  /** With leave granted. */
  onLeave: Scalars['Int']['output'];
  /** Checked in. */
  present: Scalars['Int']['output'];
  /** `true`: at least the share (elections); `false`: more than it. */
  quorumInclusive?: Maybe<Scalars['Boolean']['output']>;
  /** Whether the voting invitees present meet it; null when none applies. */
  quorumMet?: Maybe<Scalars['Boolean']['output']>;
  /** The source of `meeting.quorum`. */
  quorumRuleSource?: Maybe<Scalars['String']['output']>;
  /** The share of voting invitees required (general meetings), null otherwise. */
  quorumShare?: Maybe<Scalars['Float']['output']>;
};

/** An invitee. */
export type MeetingAttendee = {
  __typename?: 'MeetingAttendee';
  /** How. */
  checkInMethod?: Maybe<CheckInMethod>;
  /** When they checked in. */
  checkedInAt?: Maybe<Scalars['DateTime']['output']>;
  /** The reason given for leave. */
  leaveReason?: Maybe<Scalars['String']['output']>;
  /** A leave request was refused. */
  leaveRefused: Scalars['Boolean']['output'];
  /** The member. */
  memberId: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Attendance. */
  state: AttendeeState;
  /** Counts towards the quorum (full party members at party meetings). */
  voting: Scalars['Boolean']['output'];
};

/** The code to show on the meeting's screen now. */
export type MeetingCheckInCode = {
  __typename?: 'MeetingCheckInCode';
  /** The signed code. */
  code: Scalars['String']['output'];
  /** When it stops being accepted. */
  expiresAt: Scalars['DateTime']['output'];
  /** Fetch a new code after this many seconds. */
  refreshInSeconds: Scalars['Int']['output'];
  /** The path a phone opens (put the site's origin before it in the QR code). */
  url: Scalars['String']['output'];
};

/** A page of meetings. */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  /** Items with cursors. */
  edges: Array<MeetingEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of meetings. */
export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Meeting;
};

/** A meeting after a change. */
export type MeetingPayload = {
  __typename?: 'MeetingPayload';
  /** The meeting. */
  meeting: Meeting;
};

/** Whether a meeting takes place. */
export type MeetingStatus =
  /** Called off. */
  | 'CANCELLED'
  /** Planned, taking place or held. */
  | 'SCHEDULED';

/** A type of meeting; which are required how often comes from the tenant's rules. */
export type MeetingType =
  /** 支委会. */
  | 'BRANCH_COMMITTEE'
  /** 支部党员大会. */
  | 'BRANCH_GENERAL_MEETING'
  /** 民主评议党员. */
  | 'DEMOCRATIC_EVALUATION'
  /** 民主生活会. */
  | 'DEMOCRATIC_LIFE_MEETING'
  /** 团支委会. */
  | 'LEAGUE_COMMITTEE'
  /** 主题团日. */
  | 'LEAGUE_DAY'
  /** 团员大会. */
  | 'LEAGUE_GENERAL_MEETING'
  /** 团小组会. */
  | 'LEAGUE_GROUP'
  /** 团课. */
  | 'LEAGUE_LECTURE'
  /** 组织生活会. */
  | 'LIFE_MEETING'
  /** 其他会议. */
  | 'OTHER'
  /** 党小组会. */
  | 'PARTY_GROUP'
  /** 党课. */
  | 'PARTY_LECTURE'
  /** 主题党日. */
  | 'THEME_PARTY_DAY'
  /** 工会委员会会议. */
  | 'UNION_COMMITTEE'
  /** 会员（代表）大会. */
  | 'UNION_MEMBER_CONGRESS'
  /** 职工代表大会. */
  | 'WORKERS_CONGRESS';

/** A meeting type with what the rules require of it. */
export type MeetingTypeInfo = {
  __typename?: 'MeetingTypeInfo';
  /** Invitees are the org's officers (支委会 and the like), not all its members. */
  committeeOnly: Scalars['Boolean']['output'];
  /**
   * Required at least once every this many months by the tenant's rules; null when not
   * required.
   */
  frequencyMonths?: Maybe<Scalars['Int']['output']>;
  /** A general meeting: `meeting.quorum` applies. */
  general: Scalars['Boolean']['output'];
  /** Chinese name. */
  label: Scalars['String']['output'];
  /** `PARTY`, `UNION` or `YOUTH` (empty for 其他会议, which any line may hold). */
  line: Scalars['String']['output'];
  /** The rule giving the frequency. */
  ruleKey?: Maybe<Scalars['String']['output']>;
  /** The rule's source (statute or the tenant's own text). */
  ruleSource?: Maybe<Scalars['String']['output']>;
  /** The type. */
  type: MeetingType;
};

/**
 * A person on the roster of a tenant. Sensitive fields (phone, email, birth date, political
 * status) are null unless the caller may read them; such reads are audited.
 */
export type Member = Node & {
  __typename?: 'Member';
  /** Sensitive: birth date. */
  birthDate?: Maybe<Scalars['NaiveDate']['output']>;
  /** When the member was added. */
  createdAt: Scalars['DateTime']['output'];
  /** The department the member works in. */
  department?: Maybe<Organization>;
  /** Sensitive: email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** `MALE` or `FEMALE`. */
  gender?: Maybe<Scalars['String']['output']>;
  /** Whether the member can sign in (has an account). */
  hasAccount: Scalars['Boolean']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The primary org unit. */
  organization?: Maybe<Organization>;
  /** The party unit (党支部 …) the member belongs to. */
  partyOrganization?: Maybe<Organization>;
  /** Sensitive: phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Sensitive: political status (政治面貌). */
  politicalStatus?: Maybe<PoliticalStatus>;
  /** Posts held in the company. */
  posts: Array<Scalars['String']['output']>;
  /** `ACTIVE` or `DISABLED`. */
  status: Scalars['String']['output'];
  /** The union unit the member belongs to. */
  unionOrganization?: Maybe<Organization>;
  /** The league unit the member belongs to. */
  youthOrganization?: Maybe<Organization>;
};

/** A page of members. */
export type MemberConnection = {
  __typename?: 'MemberConnection';
  /** Items with cursors. */
  edges: Array<MemberEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of members. */
export type MemberEdge = {
  __typename?: 'MemberEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Member;
};

/** Member profile fields. */
export type MemberInput = {
  /** Birth date. */
  birthDate?: InputMaybe<Scalars['NaiveDate']['input']>;
  /** Email; empty clears. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** `MALE` or `FEMALE` (or 男/女); empty clears. */
  gender?: InputMaybe<Scalars['String']['input']>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Units the member belongs to (at most one per line). */
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Mobile number; empty clears. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Political status. */
  politicalStatus?: InputMaybe<PoliticalStatus>;
  /** Posts held. */
  posts?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Payload with one member. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** The member. */
  member: Member;
};

/** A member's pipeline history. */
export type MemberPipeline = {
  __typename?: 'MemberPipeline';
  /** Contacts and introducers. */
  contacts: Array<PipelineContact>;
  /** Positions held, newest first. */
  positions: Array<MemberPosition>;
  /** Stages, newest first. */
  stages: Array<MemberStage>;
  /** Transitions, open first. */
  transitions: Array<StageTransition>;
};

/** A position a member holds or held. */
export type MemberPosition = {
  __typename?: 'MemberPosition';
  /** Ended (null while held). */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The org. */
  orgName: Scalars['String']['output'];
  /** Term start. */
  termStart: Scalars['NaiveDate']['output'];
  /** Title, e.g. 支部书记. */
  title: Scalars['String']['output'];
};

/** A stage in a member's history. */
export type MemberStage = {
  __typename?: 'MemberStage';
  /** Set on a probation extension: by how many months. */
  extensionMonths?: Maybe<Scalars['Int']['output']>;
  /** The stage. */
  stage: PipelineStage;
  /** From. */
  startedOn: Scalars['NaiveDate']['output'];
};

/** A chat message. */
export type Message = {
  __typename?: 'Message';
  /** The attached file, with a download link valid for five minutes. */
  attachment?: Maybe<Attachment>;
  /** The author. */
  author: Author;
  /** Text; empty once recalled. */
  body: Scalars['String']['output'];
  /** The conversation's global ID. */
  conversationId: Scalars['ID']['output'];
  /** Sent. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Members mentioned (global IDs). */
  mentionIds: Array<Scalars['ID']['output']>;
  /** Mentions everyone (@所有人). */
  mentionsAll: Scalars['Boolean']['output'];
  /** Whether the viewer is mentioned, by name or by @all. */
  mentionsViewer: Scalars['Boolean']['output'];
  /** "Read by N of M", in groups of at most 50 members; null in larger ones. */
  readCount?: Maybe<ReadCount>;
  /** When it was recalled (its text is gone for everyone). */
  recalledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who recalled it (the author or a group admin). */
  recalledBy?: Maybe<Scalars['ID']['output']>;
  /** The seq of the message this one replies to. */
  replyToSeq?: Maybe<Scalars['Int']['output']>;
  /** Position in its conversation, from 1, without gaps. */
  seq: Scalars['Int']['output'];
};

/** Input naming one message by its conversation and seq. */
export type MessageRefInput = {
  /** Conversation. */
  conversationId: Scalars['ID']['input'];
  /** The message's seq. */
  seq: Scalars['Int']['input'];
};

/** Where the minutes stand. */
export type MinutesStatus =
  /** Approved: locked; corrections are amendments. */
  | 'APPROVED'
  /** Written, not approved: still editable. */
  | 'DRAFT'
  /** None written yet. */
  | 'NONE';

/** A moderator's action. */
export type ModerateContentInput = {
  /** DISMISS, HIDE, WARN_AUTHOR or RESTORE. */
  action: ModerationActionKind;
  /** The queue item. */
  itemId: Scalars['ID']['input'];
  /** A note (for WARN_AUTHOR, the message the author gets), up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `moderateContent`. */
export type ModerateContentPayload = {
  __typename?: 'ModerateContentPayload';
  /** The item as it is now. */
  item: ModerationItem;
};

/** A recorded decision. */
export type ModerationActionKind =
  /** Hidden automatically after the tenant's number of reports (recorded only). */
  | 'AUTO_HIDE'
  /** Dismiss the reports; the content is shown. */
  | 'DISMISS'
  /** Hide the content. */
  | 'HIDE'
  /** Show hidden content again. */
  | 'RESTORE'
  /** Warn the author (a notification with the note). */
  | 'WARN_AUTHOR';

/** A reported piece of content in an org's moderation queue. */
export type ModerationItem = {
  __typename?: 'ModerationItem';
  /** The author's name. */
  authorName: Scalars['String']['output'];
  /** The content's global ID (Message, Idea or IdeaComment). */
  contentId: Scalars['ID']['output'];
  /** First reported. */
  createdAt: Scalars['DateTime']['output'];
  /** The content as reported (kept here while it is hidden). */
  excerpt: Scalars['String']['output'];
  /** Whether the content is hidden now. */
  hidden: Scalars['Boolean']['output'];
  /** The decisions, oldest first. */
  history: Array<ModerationRecord>;
  /** Global ID (for `moderateContent`). */
  id: Scalars['ID']['output'];
  /** What it is. */
  kind: ReportedContentKind;
  /** The org whose queue has it. */
  orgId: Scalars['ID']['output'];
  /** Reports since the last decision. */
  pendingReports: Scalars['Int']['output'];
  /** The reports, oldest first. */
  reports: Array<ContentReport>;
  /** Status. */
  status: ModerationStatus;
  /** Every report so far. */
  totalReports: Scalars['Int']['output'];
  /** Last report or decision. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of an org's moderation queue, most recently reported first. */
export type ModerationItemConnection = {
  __typename?: 'ModerationItemConnection';
  /** Items with cursors. */
  edges: Array<ModerationItemEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of an org's moderation queue, most recently reported first. */
export type ModerationItemEdge = {
  __typename?: 'ModerationItemEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: ModerationItem;
};

/** One recorded decision. */
export type ModerationRecord = {
  __typename?: 'ModerationRecord';
  /** What was done. */
  action: ModerationActionKind;
  /** Who (null for the automatic hide). */
  actorName?: Maybe<Scalars['String']['output']>;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Note. */
  note?: Maybe<Scalars['String']['output']>;
};

/** Where a reported item stands. */
export type ModerationStatus =
  /** The reports were dismissed; the content stays. */
  | 'DISMISSED'
  /** The content is hidden (automatically or by a moderator). */
  | 'HIDDEN'
  /** Reports wait for a decision. */
  | 'PENDING'
  /** The content was shown again. */
  | 'RESTORED';

/** Input of `moveOrganization`. */
export type MoveOrganizationInput = {
  /** Unit to move with its sub-tree. */
  id: Scalars['ID']['input'];
  /** New parent (same line). */
  newParentId: Scalars['ID']['input'];
};

/** The mutation root. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a case (立案): `grid:write` at its grid; from REPORTED. */
  acceptGridCase: GridCasePayload;
  /** Accepts an invitation and signs in. */
  acceptInvitation: AuthPayload;
  /**
   * Accepts a letter by code into an org: within the tenant the member moves; from another
   * tenant a membership begins here with what the letter carries, and the old one closes
   * (its roles, group chats and positions end). Refused (VALIDATION on `code`) when expired,
   * used or cancelled; CONFLICT when the person is already a member here.
   */
  acceptTransferLetter: AcceptTransferLetterPayload;
  /** The viewer confirms receipt of a notice they received (once), with an optional reply. */
  acknowledgeNotice: NoticePayload;
  /** Adds members to a custom group (its admins); returns how many were new. */
  addConversationMembers: Scalars['Int']['output'];
  /**
   * Moves the campaign to its next stage (officers with `evaluation:write`); of parallel
   * calls one wins. Leaving COMMITTEE needs a proposal for every member; DECISION ends with
   * `decideGrades`.
   */
  advanceEvaluation: EvaluationPayload;
  /** Adds an amendment (补充说明) to approved minutes. */
  amendMeetingRecord: MeetingPayload;
  /** Answers an open inquiry (`inquiry:write` at its org); the asker is told. */
  answerInquiry: InquiryPayload;
  /**
   * The viewer applies to join the union or the league; the league checks age at once
   * (`league.age`: 14 to under 28), citing the rule.
   */
  applyToJoin: JoinApplication;
  /** Approves the draft minutes; the record locks (later corrections are amendments). */
  approveMeetingMinutes: MeetingPayload;
  /** Archives an org unit with no active sub-units or members. */
  archiveOrganization: OrganizationPayload;
  /**
   * Asks an org the member belongs to (or one above it) a question; OPEN, due in the
   * working days of the `inquiry.answer_deadline` rule; the org's officers are told.
   */
  askInquiry: InquiryPayload;
  /**
   * Assigns a member to a grid (`grid:write` there); they get the `grid_worker` role on
   * it. The same member and role on the same grid for overlapping dates is a CONFLICT.
   */
  assignGridWorker: GridAssignmentPayload;
  /** Puts a member into an officer position; the position grants its role over the unit's sub-tree. */
  assignPosition: PositionPayload;
  /** Starts an upload: checks name, type and size and says where to `PUT` the bytes. */
  beginUpload: UploadTarget;
  /** Cancels a due item; its reminders stop. */
  cancelDueItem: DueItem;
  /** Refuses a case (不予立案) with a reason: `grid:write` at its grid; from REPORTED. */
  cancelGridCase: GridCasePayload;
  /** Calls a meeting off (before any minutes); invitees are told and reminders stop. */
  cancelMeeting: MeetingPayload;
  /** Cancels a letter not yet accepted. */
  cancelTransferLetter: TransferLetter;
  /**
   * Casts the viewer's ballot, once per member of the electorate (a second attempt is a
   * `CONFLICT`). Returns the receipt, shown only now.
   */
  castBallot: CastBallotPayload;
  /** Changes the viewer's password; every other session of the account is revoked. */
  changePassword: Scalars['Boolean']['output'];
  /**
   * The viewer checks in with the code on the meeting's screen. Refused (VALIDATION on
   * `code`) when the code is forged, of another meeting, or expired; on `location` when
   * outside the geofence; CONFLICT when already checked in or outside the check-in hours.
   */
  checkInToMeeting: MeetingPayload;
  /** Verifies and closes (核查结案): `grid:write` at its grid; from FEEDBACK. */
  closeGridCase: GridCasePayload;
  /** Withdraws an open inquiry (its asker only); CLOSED. */
  closeInquiry: InquiryPayload;
  /** Closes a survey now (its managers). */
  closeSurvey: SurveyPayload;
  /**
   * Closes a vote now (its managers): the urn is frozen, the tally and the receipts counted
   * are published, and an election held at a meeting without its quorum is marked invalid.
   */
  closeVote: VotePayload;
  /** Comments on an idea (members of its org; 1–500 characters). */
  commentOnIdea: IdeaCommentPayload;
  /** Completes a due item; its reminders stop. */
  completeDueItem: DueItem;
  /**
   * Completes a direct upload: the file becomes `READY` once its object exists with the
   * announced size.
   */
  completeUpload: File;
  /** Corrects an entry with a new one (entries are never edited). */
  correctDuesEntry: DuesEntry;
  /** Creates an API key (the secret is returned once). */
  createApiKey: CreateApiKeyPayload;
  /**
   * A new secret calendar feed for the viewer; any previous one stops working. The
   * address is shown only here.
   */
  createCalendarFeed: CalendarFeedPayload;
  /** Registers a due item; reminders follow the tenant's `reminder.defaults` rule. */
  createDueItem: DueItem;
  /** Creates a custom group; the viewer becomes its admin. */
  createGroup: Conversation;
  /**
   * Creates a department's joint group (党工团一体化群) over it and its party, union and league
   * units: everyone placed in any of them takes part, following the org tree. Needs org write
   * permission on the department; the viewer must be placed in one of the units.
   */
  createJointGroup: Conversation;
  /** Adds a member to the roster. */
  createMember: MemberPayload;
  /** Creates an org unit. */
  createOrganization: OrganizationPayload;
  /**
   * Issues a task (任务派遣) to orgs under the issuing org, with a deadline; each receiving
   * org's officers are told and reminded by the `grid.task.reminders` rule.
   */
  createSupervisionTask: SupervisionTaskPayload;
  /**
   * Creates a survey. It opens now (those asked are frozen and told by a `SURVEY`
   * notification) unless `opensAt` lies ahead, when the worker opens it; the worker reminds
   * those who have not responded a day before the close and closes it at `closesAt`.
   */
  createSurvey: SurveyPayload;
  /**
   * Creates a vote. It opens now (the electorate is frozen and told by a `VOTE`
   * notification) unless `opensAt` lies ahead, when the worker opens it; the worker reminds
   * those who have not voted a day before the close and closes it at `closesAt`.
   */
  createVote: VotePayload;
  /**
   * Records the branch meeting's decision at DECISION (a grade for every member) and closes
   * the campaign; more 优秀 than the cap is refused (VALIDATION citing
   * `evaluation.excellent_cap`).
   */
  decideGrades: EvaluationPayload;
  /**
   * Decides an idea under review: adopted, or not adopted with a reason (`idea:write`).
   * An adoption is recorded for other modules (the `idea_adopted` event).
   */
  decideIdea: IdeaPayload;
  /** The org (`member:write` there) approves or refuses; approval places the member. */
  decideJoinApplication: JoinApplication;
  /** Grants or refuses a pending leave request; the member is told. */
  decideMeetingLeave: MeetingPayload;
  /** The upper org approves or refuses after the 公示; approval checks the rules again. */
  decideStageTransition: StageTransition;
  /**
   * Dispatches a case (派遣) to one member or one org: `grid:write` at its grid; from
   * ACCEPTED, or again from DISPATCHED / IN_PROGRESS. The resolve timer starts.
   */
  dispatchGridCase: GridCasePayload;
  /** Ends an assignment (`grid:write` at its grid); its grant goes at once. */
  endGridAssignment: GridAssignmentPayload;
  /** Ends a position and its grant. */
  endPosition: PositionPayload;
  /**
   * Bills a month on a line by the tenant's rules (the worker does this on the 1st of every
   * month); members billed for that month before are left alone.
   */
  generateDuesBills: GenerateDuesBillsPayload;
  /** Grants a role to a member over a unit's sub-tree or tenant-wide. */
  grantRole: GrantPayload;
  /**
   * Imports monthly bases from a payroll file (.xlsx or .csv): every row must name a member
   * the importer keeps dues for, or nothing is written and the problems come back by row.
   */
  importDuesBases: ImportDuesBasesPayload;
  /** Imports members from a .csv or .xlsx file with the export's headers. */
  importMembers: ImportMembersPayload;
  /** Invites a person by email into a unit; returns a link to share. */
  inviteMember: InviteMemberPayload;
  /**
   * Issues a letter (`member:write` over the member's org on the line), valid for the
   * months of `transfer.letter`, recording the dues paid-up month. CONFLICT when the member
   * already has one out.
   */
  issueTransferLetter: TransferLetter;
  /** Logs in with email (or phone) and password. */
  logIn: AuthPayload;
  /** Ends the current session. */
  logOut: Scalars['Boolean']['output'];
  /** Marks all of the viewer's notifications read; returns how many changed. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Moves the viewer's read cursor in a conversation forward. */
  markConversationRead: Scalars['Boolean']['output'];
  /** Marks an adopted idea implemented (`idea:write`). */
  markIdeaImplemented: IdeaPayload;
  /** Marks one of the viewer's notifications read. */
  markNotificationRead: Scalars['Boolean']['output'];
  /**
   * Takes a moderator's action on a queue item (`moderation:write` at its org), recorded
   * with who, when and the note.
   */
  moderateContent: ModerateContentPayload;
  /** Moves an org unit with its sub-tree under another unit of the same line. */
  moveOrganization: OrganizationPayload;
  /** Mutes a member of a conversation (its admins); admins cannot be muted. */
  muteMember: Scalars['Boolean']['output'];
  /** A member of the branch objects during the 公示 (recorded for the upper org). */
  objectToStageTransition: StageTransition;
  /** The direct conversation with another member, created on first use. */
  openDirectConversation: Conversation;
  /** Platform operators: log in (outside tenants); returns an operator token. */
  operatorLogIn: Scalars['String']['output'];
  /** Tenant admins: override a rule's parameters with the tenant's own source. */
  overrideRule: Rule;
  /**
   * Records the committee's proposed grades at COMMITTEE; over the 优秀 cap the proposal is
   * kept and `capWarning` says why it would be refused at the decision.
   */
  proposeGrades: EvaluationPayload;
  /**
   * The branch proposes the next step. Refused (VALIDATION on `toStage`) with the rule and
   * its source when the rules forbid it (e.g. an activist of less than a year), and on
   * `meetingId` when a 转正 names no 支部党员大会 of the branch already held; steps before
   * 接收预备党员 and 转正 start with a 公示 to the branch's party members.
   */
  proposeStageTransition: StageTransition;
  /**
   * Publishes a notice: to its reviewer first when `reviewerId` names another officer, at
   * `scheduledAt` when that lies ahead, else now — the audience is resolved and stored,
   * every recipient gets a `NOTICE` notification live (urgent notices also by email to all),
   * and an acknowledgement deadline starts the automatic reminders. Members only (API keys
   * cannot author notices).
   */
  publishNotice: NoticePayload;
  /** Rates a closed case (评价), 1–5: only its reporter; from CLOSED. */
  rateGridCase: GridCasePayload;
  /** Rates the answer 1–5, once, by the asker; a second rating is a CONFLICT. */
  rateInquiryAnswer: InquiryPayload;
  /**
   * Recalls a message: the sender within 2 minutes, admins at any time. Its text and file
   * disappear for everyone; `messageChanged` tells live clients.
   */
  recallMessage: Message;
  /** Records a payment made offline (cash, transfer, payroll deduction) with its receipt. */
  recordDuesPayment: DuesEntry;
  /** An officer marks an invitee present, or undoes a check-in. */
  recordMeetingAttendance: MeetingPayload;
  /**
   * Records a stage reached earlier (补录); the member's political status follows.
   * `member:write` over their branch.
   */
  recordMemberStage: Array<MemberStage>;
  /** Registers the viewer (or, for officers, a member) once. */
  registerLeagueMembership: Scalars['Boolean']['output'];
  /**
   * Reminds everyone who owes under an org (a `REMINDER` notification stating the amount,
   * the months and, near the lapse rule, its consequence); each member at most once a day.
   * The list itself downloads as `GET /export/dues-arrears.xlsx?line=PARTY&organization=<id>`.
   */
  remindDuesArrears: RemindDuesArrearsPayload;
  /** Reminds those not yet registered (at most once a day; RATE_LIMITED otherwise). */
  remindLeagueCampaign: Scalars['Int']['output'];
  /**
   * Reminds the recipients on the viewer's board who have not acknowledged (or not read,
   * when no acknowledgement is asked). At most once per 10 minutes per notice
   * (`RATE_LIMITED`, saying when the next is allowed).
   */
  remindNoticeRecipients: RemindNoticePayload;
  /**
   * Reminds everyone who has not responded (its managers; at most every 10 minutes,
   * `RATE_LIMITED` otherwise).
   */
  remindSurveyRespondents: RemindSurveyRespondentsPayload;
  /**
   * Reminds everyone who has not voted (its managers; at most every 10 minutes,
   * `RATE_LIMITED` otherwise).
   */
  remindVoters: RemindVotersPayload;
  /** Removes a sensitive word (tenant admins). */
  removeChatWord: Scalars['Boolean']['output'];
  /** Removes a member from a custom group (its admins), or leaves it (the member themself). */
  removeConversationMember: Scalars['Boolean']['output'];
  /** Renames an org unit. */
  renameOrganization: OrganizationPayload;
  /**
   * Sends a case back to work (核查不通过) with a reason: `grid:write` at its grid; from
   * FEEDBACK to IN_PROGRESS.
   */
  reopenGridCase: GridCasePayload;
  /**
   * Reports content the member may read (not their own), once per member and item; it is
   * hidden automatically when the tenant's number of reports is reached.
   */
  reportContent: ReportContentPayload;
  /**
   * Reports a case on a grid (采集), by any member of the tenant; the acceptance timer
   * starts. A non-grid org is VALIDATION on `gridId`.
   */
  reportGridCase: GridCasePayload;
  /** Reports a message to the conversation's admins, who are notified. */
  reportMessage: Scalars['Boolean']['output'];
  /**
   * A receiving org reports back (任务报送): DISPATCHED → FEEDBACK; CONFLICT from any other
   * state.
   */
  reportSupervisionTask: SupervisionTaskPayload;
  /** The viewer asks for leave from a meeting they are invited to (请假). */
  requestMeetingLeave: MeetingPayload;
  /** Starts a password reset; always answers true so that accounts cannot be discovered. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Sets a new password with a reset token. */
  resetPassword: Scalars['Boolean']['output'];
  /** Tenant admins: drop an override so the statutory default applies again. */
  resetRule: Rule;
  /**
   * Moves a submitted idea under review (`idea:write` at its org); the author and the
   * supporters are notified.
   */
  reviewIdea: IdeaPayload;
  /** The requested reviewer approves (it goes out) or sends it back with a note. */
  reviewNotice: NoticePayload;
  /**
   * The issuer reviews a receiving org's report: accepted (FEEDBACK → CLOSED) or returned
   * with a note (FEEDBACK → DISPATCHED); CONFLICT from any other state.
   */
  reviewSupervisionTask: SupervisionTaskPayload;
  /** Revokes an API key. */
  revokeApiKey: Scalars['Boolean']['output'];
  /** Revokes the viewer's calendar feed; `false` when there was none. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  /** Revokes a grant. */
  revokeGrant: Scalars['Boolean']['output'];
  /** Revokes an open invitation. */
  revokeInvitation: Scalars['Boolean']['output'];
  /** Revokes one of the viewer's sessions. */
  revokeSession: Scalars['Boolean']['output'];
  /** Saves the minutes, resolutions and attachments as a draft (after the meeting began). */
  saveMeetingMinutes: MeetingPayload;
  /** Saves a draft (new, or an existing draft by `draftId`). Nothing goes out. */
  saveNoticeDraft: NoticePayload;
  /**
   * Schedules a meeting: invites the org's members of the line (party meetings: party
   * members, full members voting; committee meetings: the officers) and the extra
   * invitees, tells them, and reminds them by `meeting.reminders` before it.
   */
  scheduleMeeting: MeetingPayload;
  /** Sends a message to one of the viewer's conversations. */
  sendMessage: SendMessagePayload;
  /** Adds a sensitive word or changes its action (tenant admins). */
  setChatWord: ChatWord;
  /** Makes a member of a custom group an admin or a plain member (its admins). */
  setConversationAdmin: Scalars['Boolean']['output'];
  /** Chooses how often the viewer's digest email comes. */
  setDigestFrequency: NotificationPreferences;
  /**
   * Sets a member's monthly base on a line from a month on (the history keeps earlier ones).
   * Also for integrators: payroll systems set bases with an API key.
   */
  setDuesBase: DuesBase;
  /** Disables or re-enables a member. */
  setMemberDisabled: MemberPayload;
  /**
   * Chooses how the viewer receives one category; mandatory categories refuse `OFF` with
   * `VALIDATION` and the reason.
   */
  setNotificationChannel: NotificationPreferences;
  /** Adds or removes a 培养联系人 or 入党介绍人. */
  setPipelineContact: Scalars['Boolean']['output'];
  /** Replaces a role template's permissions. */
  setRolePermissions: Scalars['Boolean']['output'];
  /** Platform operators: suspend (revoking every session) or resume a tenant. */
  setTenantSuspended: Scalars['Boolean']['output'];
  /** Signs up an enterprise with its first administrator and signs them in. */
  signUp: AuthPayload;
  /**
   * Starts a branch's campaign for a year (SELF_ASSESSMENT): its full and probationary
   * members are frozen and notified. CONFLICT when the branch has one that year.
   */
  startEvaluation: EvaluationPayload;
  /**
   * Starts work (开始处置): the assignee, a handler of the assignee org, or a supervisor;
   * from DISPATCHED.
   */
  startGridCase: GridCasePayload;
  /** Starts a year's 团籍注册 for a league org's sub-tree and tells its league members. */
  startLeagueCampaign: LeagueCampaign;
  /**
   * Reports the result (处理反馈) with a note and photos: like `startGridCase`; from
   * IN_PROGRESS. The resolve timer stops.
   */
  submitGridCaseFeedback: GridCasePayload;
  /** Submits an idea to an org the member belongs to (or one above it); SUBMITTED. */
  submitIdea: IdeaPayload;
  /**
   * Submits the viewer's anonymous peer ratings at PEER_REVIEW: one for each other member,
   * once (CONFLICT on a second submission). The ratings are stored without the rater.
   */
  submitPeerRatings: EvaluationPayload;
  /** Writes (or rewrites) the viewer's self-assessment, at SELF_ASSESSMENT. */
  submitSelfAssessment: EvaluationPayload;
  /**
   * Submits the viewer's answers, once per member asked (a second attempt is a
   * `CONFLICT`). Bad answers are `VALIDATION` errors with the path `answers.<index>.<field>`.
   */
  submitSurveyResponse: SurveyPayload;
  /**
   * Supports an idea: once per member (again changes nothing), not one's own, while it is
   * submitted or under review.
   */
  supportIdea: IdeaPayload;
  /** Lifts a mute (its admins). */
  unmuteMember: Scalars['Boolean']['output'];
  /** Changes a conversation's name, broadcast-only setting or pinned notice (its admins). */
  updateConversation: Conversation;
  /**
   * Moves a meeting or changes its place or agenda; invitees are told and the reminder
   * follows the new time.
   */
  updateMeeting: MeetingPayload;
  /** Edits a member. */
  updateMember: MemberPayload;
  /** Tenant admins: change the enterprise's display name, time zone or new-device login alerts. */
  updateTenantSettings: Tenant;
  /** Withdraws the viewer's support (none is not an error) while the idea is open. */
  withdrawIdeaSupport: IdeaPayload;
  /**
   * Withdraws a notice: a published one stays visible to recipients as withdrawn and its
   * reminders stop; a scheduled one or one awaiting review becomes a draft again.
   */
  withdrawNotice: NoticePayload;
  /** The branch withdraws an open proposal. */
  withdrawStageTransition: StageTransition;
};


/** The mutation root. */
export type MutationAcceptGridCaseArgs = {
  input: AcceptGridCaseInput;
};


/** The mutation root. */
export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


/** The mutation root. */
export type MutationAcceptTransferLetterArgs = {
  input: AcceptTransferLetterInput;
};


/** The mutation root. */
export type MutationAcknowledgeNoticeArgs = {
  input: AcknowledgeNoticeInput;
};


/** The mutation root. */
export type MutationAddConversationMembersArgs = {
  input: AddConversationMembersInput;
};


/** The mutation root. */
export type MutationAdvanceEvaluationArgs = {
  input: AdvanceEvaluationInput;
};


/** The mutation root. */
export type MutationAmendMeetingRecordArgs = {
  input: AmendMeetingRecordInput;
};


/** The mutation root. */
export type MutationAnswerInquiryArgs = {
  input: AnswerInquiryInput;
};


/** The mutation root. */
export type MutationApplyToJoinArgs = {
  input: ApplyToJoinInput;
};


/** The mutation root. */
export type MutationApproveMeetingMinutesArgs = {
  input: ApproveMeetingMinutesInput;
};


/** The mutation root. */
export type MutationArchiveOrganizationArgs = {
  input: IdInput;
};


/** The mutation root. */
export type MutationAskInquiryArgs = {
  input: AskInquiryInput;
};


/** The mutation root. */
export type MutationAssignGridWorkerArgs = {
  input: AssignGridWorkerInput;
};


/** The mutation root. */
export type MutationAssignPositionArgs = {
  input: AssignPositionInput;
};


/** The mutation root. */
export type MutationBeginUploadArgs = {
  input: BeginUploadInput;
};


/** The mutation root. */
export type MutationCancelDueItemArgs = {
  input: IdInput;
};


/** The mutation root. */
export type MutationCancelGridCaseArgs = {
  input: CancelGridCaseInput;
};


/** The mutation root. */
export type MutationCancelMeetingArgs = {
  input: CancelMeetingInput;
};


/** The mutation root. */
export type MutationCancelTransferLetterArgs = {
  input: CancelTransferLetterInput;
};


/** The mutation root. */
export type MutationCastBallotArgs = {
  input: CastBallotInput;
};


/** The mutation root. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** The mutation root. */
export type MutationCheckInToMeetingArgs = {
  input: CheckInToMeetingInput;
};


/** The mutation root. */
export type MutationCloseGridCaseArgs = {
  input: CloseGridCaseInput;
};


/** The mutation root. */
export type MutationCloseInquiryArgs = {
  input: CloseInquiryInput;
};


/** The mutation root. */
export type MutationCloseSurveyArgs = {
  input: SurveyIdInput;
};


/** The mutation root. */
export type MutationCloseVoteArgs = {
  input: CloseVoteInput;
};


/** The mutation root. */
export type MutationCommentOnIdeaArgs = {
  input: CommentOnIdeaInput;
};


/** The mutation root. */
export type MutationCompleteDueItemArgs = {
  input: IdInput;
};


/** The mutation root. */
export type MutationCompleteUploadArgs = {
  fileId: Scalars['ID']['input'];
};


/** The mutation root. */
export type MutationCorrectDuesEntryArgs = {
  input: CorrectDuesEntryInput;
};


/** The mutation root. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** The mutation root. */
export type MutationCreateDueItemArgs = {
  input: CreateDueItemInput;
};


/** The mutation root. */
export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


/** The mutation root. */
export type MutationCreateJointGroupArgs = {
  input: CreateJointGroupInput;
};


/** The mutation root. */
export type MutationCreateMemberArgs = {
  input: MemberInput;
};


/** The mutation root. */
export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


/** The mutation root. */
export type MutationCreateSupervisionTaskArgs = {
  input: CreateSupervisionTaskInput;
};


/** The mutation root. */
export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


/** The mutation root. */
export type MutationCreateVoteArgs = {
  input: CreateVoteInput;
};


/** The mutation root. */
export type MutationDecideGradesArgs = {
  input: DecideGradesInput;
};


/** The mutation root. */
export type MutationDecideIdeaArgs = {
  input: DecideIdeaInput;
};


/** The mutation root. */
export type MutationDecideJoinApplicationArgs = {
  input: DecideJoinApplicationInput;
};


/** The mutation root. */
export type MutationDecideMeetingLeaveArgs = {
  input: DecideMeetingLeaveInput;
};


/** The mutation root. */
export type MutationDecideStageTransitionArgs = {
  input: DecideStageTransitionInput;
};


/** The mutation root. */
export type MutationDispatchGridCaseArgs = {
  input: DispatchGridCaseInput;
};


/** The mutation root. */
export type MutationEndGridAssignmentArgs = {
  input: EndGridAssignmentInput;
};


/** The mutation root. */
export type MutationEndPositionArgs = {
  input: IdInput;
};


/** The mutation root. */
export type MutationGenerateDuesBillsArgs = {
  input: GenerateDuesBillsInput;
};


/** The mutation root. */
export type MutationGrantRoleArgs = {
  input: GrantRoleInput;
};


/** The mutation root. */
export type MutationImportDuesBasesArgs = {
  input: ImportDuesBasesInput;
};


/** The mutation root. */
export type MutationImportMembersArgs = {
  input: ImportMembersInput;
};


/** The mutation root. */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/** The mutation root. */
export type MutationIssueTransferLetterArgs = {
  input: IssueTransferLetterInput;
};


/** The mutation root. */
export type MutationLogInArgs = {
  input: LogInInput;
};


/** The mutation root. */
export type MutationMarkConversationReadArgs = {
  input: MarkConversationReadInput;
};


/** The mutation root. */
export type MutationMarkIdeaImplementedArgs = {
  input: MarkIdeaImplementedInput;
};


/** The mutation root. */
export type MutationMarkNotificationReadArgs = {
  input: IdInput;
};


/** The mutation root. */
export type MutationModerateContentArgs = {
  input: ModerateContentInput;
};


/** The mutation root. */
export type MutationMoveOrganizationArgs = {
  input: MoveOrganizationInput;
};


/** The mutation root. */
export type MutationMuteMemberArgs = {
  input: MuteMemberInput;
};


/** The mutation root. */
export type MutationObjectToStageTransitionArgs = {
  input: ObjectToStageTransitionInput;
};


/** The mutation root. */
export type MutationOpenDirectConversationArgs = {
  memberId: Scalars['ID']['input'];
};


/** The mutation root. */
export type MutationOperatorLogInArgs = {
  input: OperatorLogInInput;
};


/** The mutation root. */
export type MutationOverrideRuleArgs = {
  input: OverrideRuleInput;
};


/** The mutation root. */
export type MutationProposeGradesArgs = {
  input: ProposeGradesInput;
};


/** The mutation root. */
export type MutationProposeStageTransitionArgs = {
  input: ProposeStageTransitionInput;
};


/** The mutation root. */
export type MutationPublishNoticeArgs = {
  input: NoticeInput;
};


/** The mutation root. */
export type MutationRateGridCaseArgs = {
  input: RateGridCaseInput;
};


/** The mutation root. */
export type MutationRateInquiryAnswerArgs = {
  input: RateInquiryAnswerInput;
};


/** The mutation root. */
export type MutationRecallMessageArgs = {
  input: MessageRefInput;
};


/** The mutation root. */
export type MutationRecordDuesPaymentArgs = {
  input: RecordDuesPaymentInput;
};


/** The mutation root. */
export type MutationRecordMeetingAttendanceArgs = {
  input: RecordMeetingAttendanceInput;
};


/** The mutation root. */
export type MutationRecordMemberStageArgs = {
  input: RecordMemberStageInput;
};


/** The mutation root. */
export type MutationRegisterLeagueMembershipArgs = {
  input: RegisterLeagueMembershipInput;
};


/** The mutation root. */
export type MutationRemindDuesArrearsArgs = {
  input: RemindDuesArrearsInput;
};


/** The mutation root. */
export type MutationRemindLeagueCampaignArgs = {
  campaignId: Scalars['ID']['input'];
};


/** The mutation root. */
export type MutationRemindNoticeRecipientsArgs = {
  input: RemindNoticeInput;
};


/** The mutation root. */
export type MutationRemindSurveyRespondentsArgs = {
  input: SurveyIdInput;
};


/** The mutation root. */
export type MutationRemindVotersArgs = {
  input: RemindVotersInput;
};


/** The mutation root. */
export type MutationRemoveChatWordArgs = {
  word: Scalars['String']['input'];
};


/** The mutation root. */
export type MutationRemoveConversationMemberArgs = {
  input: ConversationMemberInput;
};


/** The mutation root. */
export type MutationRenameOrganizationArgs = {
  input: RenameOrganizationInput;
};


/** The mutation root. */
export type MutationReopenGridCaseArgs = {
  input: ReopenGridCaseInput;
};


/** The mutation root. */
export type MutationReportContentArgs = {
  input: ReportContentInput;
};


/** The mutation root. */
export type MutationReportGridCaseArgs = {
  input: ReportGridCaseInput;
};


/** The mutation root. */
export type MutationReportMessageArgs = {
  input: ReportMessageInput;
};


/** The mutation root. */
export type MutationReportSupervisionTaskArgs = {
  input: ReportSupervisionTaskInput;
};


/** The mutation root. */
export type MutationRequestMeetingLeaveArgs = {
  input: RequestMeetingLeaveInput;
};


/** The mutation root. */
export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


/** The mutation root. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** The mutation root. */
export type MutationResetRuleArgs = {
  input: ResetRuleInput;
};


/** The mutation root. */
export type MutationReviewIdeaArgs = {
  input: ReviewIdeaInput;
};


/** The mutation root. */
export type MutationReviewNoticeArgs = {
  input: ReviewNoticeInput;
};


/** The mutation root. */
export type MutationReviewSupervisionTaskArgs = {
  input: ReviewSupervisionTaskInput;
};


/** The mutation root. */
export type MutationRevokeApiKeyArgs = {
  input: IdInput;
};


/** The mutation root. */
export type MutationRevokeGrantArgs = {
  input: IdInput;
};


/** The mutation root. */
export type MutationRevokeInvitationArgs = {
  input: IdInput;
};


/** The mutation root. */
export type MutationRevokeSessionArgs = {
  input: IdInput;
};


/** The mutation root. */
export type MutationSaveMeetingMinutesArgs = {
  input: SaveMeetingMinutesInput;
};


/** The mutation root. */
export type MutationSaveNoticeDraftArgs = {
  input: NoticeInput;
};


/** The mutation root. */
export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
};


/** The mutation root. */
export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


/** The mutation root. */
export type MutationSetChatWordArgs = {
  input: SetChatWordInput;
};


/** The mutation root. */
export type MutationSetConversationAdminArgs = {
  input: SetConversationAdminInput;
};


/** The mutation root. */
export type MutationSetDigestFrequencyArgs = {
  input: SetDigestFrequencyInput;
};


/** The mutation root. */
export type MutationSetDuesBaseArgs = {
  input: SetDuesBaseInput;
};


/** The mutation root. */
export type MutationSetMemberDisabledArgs = {
  input: SetMemberDisabledInput;
};


/** The mutation root. */
export type MutationSetNotificationChannelArgs = {
  input: SetNotificationChannelInput;
};


/** The mutation root. */
export type MutationSetPipelineContactArgs = {
  input: SetPipelineContactInput;
};


/** The mutation root. */
export type MutationSetRolePermissionsArgs = {
  input: SetRolePermissionsInput;
};


/** The mutation root. */
export type MutationSetTenantSuspendedArgs = {
  input: SetTenantSuspendedInput;
};


/** The mutation root. */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/** The mutation root. */
export type MutationStartEvaluationArgs = {
  input: StartEvaluationInput;
};


/** The mutation root. */
export type MutationStartGridCaseArgs = {
  input: StartGridCaseInput;
};


/** The mutation root. */
export type MutationStartLeagueCampaignArgs = {
  input: StartLeagueCampaignInput;
};


/** The mutation root. */
export type MutationSubmitGridCaseFeedbackArgs = {
  input: SubmitGridCaseFeedbackInput;
};


/** The mutation root. */
export type MutationSubmitIdeaArgs = {
  input: SubmitIdeaInput;
};


/** The mutation root. */
export type MutationSubmitPeerRatingsArgs = {
  input: SubmitPeerRatingsInput;
};


/** The mutation root. */
export type MutationSubmitSelfAssessmentArgs = {
  input: SubmitSelfAssessmentInput;
};


/** The mutation root. */
export type MutationSubmitSurveyResponseArgs = {
  input: SubmitSurveyResponseInput;
};


/** The mutation root. */
export type MutationSupportIdeaArgs = {
  input: IdeaInput;
};


/** The mutation root. */
export type MutationUnmuteMemberArgs = {
  input: ConversationMemberInput;
};


/** The mutation root. */
export type MutationUpdateConversationArgs = {
  input: UpdateConversationInput;
};


/** The mutation root. */
export type MutationUpdateMeetingArgs = {
  input: UpdateMeetingInput;
};


/** The mutation root. */
export type MutationUpdateMemberArgs = {
  input: UpdateMemberInput;
};


/** The mutation root. */
export type MutationUpdateTenantSettingsArgs = {
  input: UpdateTenantSettingsInput;
};


/** The mutation root. */
export type MutationWithdrawIdeaSupportArgs = {
  input: IdeaInput;
};


/** The mutation root. */
export type MutationWithdrawNoticeArgs = {
  input: WithdrawNoticeInput;
};


/** The mutation root. */
export type MutationWithdrawStageTransitionArgs = {
  input: WithdrawStageTransitionInput;
};

/** Input of `muteMember`. */
export type MuteMemberInput = {
  /** Conversation. */
  conversationId: Scalars['ID']['input'];
  /** The member to mute. */
  memberId: Scalars['ID']['input'];
  /** For how many minutes (1–43200); absent mutes until lifted. */
  minutes?: InputMaybe<Scalars['Int']['input']>;
};

/** The viewer's own part in a survey. */
export type MySurveyStatus = {
  __typename?: 'MySurveyStatus';
  /** Asked to answer. */
  eligible: Scalars['Boolean']['output'];
  /** Has responded. */
  responded: Scalars['Boolean']['output'];
};

/** The viewer's own part in a vote. */
export type MyVoteStatus = {
  __typename?: 'MyVoteStatus';
  /** In the electorate. */
  eligible: Scalars['Boolean']['output'];
  /** Has voted. */
  voted: Scalars['Boolean']['output'];
};

/** Anything with a global ID. */
export type Node = {
  /** Global ID. */
  id: Scalars['ID']['output'];
};

/**
 * A notice (通知公告): published once by an org, delivered live to every member of its
 * audience, read and acknowledged by each.
 */
export type Notice = Node & {
  __typename?: 'Notice';
  /** Confirm by. */
  ackDeadline?: Maybe<Scalars['DateTime']['output']>;
  /** Recipients must confirm receipt. */
  ackRequired: Scalars['Boolean']['output'];
  /** Attachments, each with a download link valid for five minutes. */
  attachments: Array<NoticeAttachment>;
  /** The audience as saved; for those who manage or review it (null for recipients). */
  audience?: Maybe<NoticeAudience>;
  /** Who wrote it. */
  author: NoticePerson;
  /** Sanitised HTML. */
  body: Scalars['String']['output'];
  /** Category. */
  category: NoticeCategory;
  /** Created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Importance. */
  importance: NoticeImportance;
  /** The issuing org. */
  issuer?: Maybe<Organization>;
  /** The issuing org's name. */
  issuerName: Scalars['String']['output'];
  /** The viewer's own copy, when they are a recipient. */
  myReceipt?: Maybe<NoticeReceipt>;
  /** Published. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many were asked (after publication). */
  recipientCount: Scalars['Int']['output'];
  /** The reviewer's note (why it was sent back); authors and reviewers only. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** Who reviews it. */
  reviewer?: Maybe<NoticePerson>;
  /** Publish at. */
  scheduledAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Response counts, for the sender and the officers of the audience's orgs (over the
   * recipients in their orgs); null for everyone else. Members never see others' states.
   */
  stats?: Maybe<NoticeStats>;
  /** Where it stands. */
  status: NoticeStatus;
  /** Title. */
  title: Scalars['String']['output'];
  /** The viewer may edit, publish and withdraw it (reminding is for every board viewer). */
  viewerCanManage: Scalars['Boolean']['output'];
  /** The viewer is its reviewer and it awaits review. */
  viewerCanReview: Scalars['Boolean']['output'];
  /** The viewer may see the response board. */
  viewerCanSeeBoard: Scalars['Boolean']['output'];
  /** Why it was withdrawn. */
  withdrawReason?: Maybe<Scalars['String']['output']>;
  /** Withdrawn. */
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A file attached to a notice. */
export type NoticeAttachment = {
  __typename?: 'NoticeAttachment';
  /** Content type. */
  contentType: Scalars['String']['output'];
  /** The file's global ID. */
  id: Scalars['ID']['output'];
  /** Shown inline (PNG, JPEG, GIF, WebP). */
  isImage: Scalars['Boolean']['output'];
  /** File name. */
  name: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** A download link valid for five minutes. */
  url: Scalars['String']['output'];
};

/** An audience as saved with the notice (for editing drafts). */
export type NoticeAudience = {
  __typename?: 'NoticeAudience';
  /** Excluded members. */
  excludeMemberIds: Array<Scalars['ID']['output']>;
  /** Line codes (`PARTY`, `UNION`, `YOUTH`). */
  lines: Array<Scalars['String']['output']>;
  /** Named members. */
  memberIds: Array<Scalars['ID']['output']>;
  /** Orgs. */
  orgs: Array<AudienceOrg>;
  /** Political status codes. */
  politicalStatuses: Array<Scalars['String']['output']>;
  /** Role template names. */
  roles: Array<Scalars['String']['output']>;
};

/**
 * Who receives a notice: members placed in the chosen orgs (any of their org, party, union,
 * youth or department placements; sub-trees when asked), narrowed by lines, roles and political
 * statuses when given (with no orgs the whole tenant is narrowed, which needs tenant-wide
 * rights), plus `memberIds`, minus `excludeMemberIds`; disabled members never. At least one
 * selector is required. The author needs notice rights wherever the audience reaches.
 */
export type NoticeAudienceInput = {
  /** Never these members. */
  excludeMemberIds?: Array<Scalars['ID']['input']>;
  /** Only members of these lines (`PARTY`, `UNION`, `YOUTH`). */
  lines?: Array<OrgLine>;
  /** These members too. */
  memberIds?: Array<Scalars['ID']['input']>;
  /** Orgs. */
  orgs?: Array<AudienceOrgInput>;
  /** Only members of these political statuses. */
  politicalStatuses?: Array<PoliticalStatus>;
  /** Only holders of these roles (role template names, see `roles`). */
  roles?: Array<Scalars['String']['input']>;
};

/** 通知, 公告, 工作提示 or 紧急. */
export type NoticeCategory =
  /** 公告 */
  | 'ANNOUNCEMENT'
  /** 通知 */
  | 'NOTICE'
  /** 紧急 (always urgent) */
  | 'URGENT'
  /** 工作提示 */
  | 'WORK_TIP';

/** A page of notices. */
export type NoticeConnection = {
  __typename?: 'NoticeConnection';
  /** Items with cursors. */
  edges: Array<NoticeEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** An edge of a notice list. */
export type NoticeEdge = {
  __typename?: 'NoticeEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The notice. */
  node: Notice;
};

/**
 * How urgent a notice is; urgent notices are emailed to every recipient with an address,
 * whatever their settings.
 */
export type NoticeImportance =
  /** 普通 */
  | 'NORMAL'
  /** 紧急 */
  | 'URGENT';

/** The compose form of `saveNoticeDraft` and `publishNotice`. */
export type NoticeInput = {
  /** Confirm by; required when `ackRequired`, in the future. */
  ackDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  /** Recipients must confirm receipt (确认收到). */
  ackRequired?: Scalars['Boolean']['input'];
  /** Files from `beginUpload` (finished, uploaded by the author), at most 10. */
  attachmentIds?: Array<Scalars['ID']['input']>;
  /** Who receives it. */
  audience: NoticeAudienceInput;
  /**
   * Rich text as HTML (at most 50,000 characters). The server keeps formatting, lists,
   * tables and http(s)/mailto links, and drops scripts, styles, event handlers, frames and
   * every image or other remote resource (they would reveal who opened it).
   */
  body: Scalars['String']['input'];
  /** Category. */
  category: NoticeCategory;
  /** Continue this draft (null: a new notice). */
  draftId?: InputMaybe<Scalars['ID']['input']>;
  /** Importance (the `URGENT` category is always urgent). */
  importance?: NoticeImportance;
  /** 发布组织: the org that issues it; the author needs notice rights there. */
  issuerOrgId: Scalars['ID']['input'];
  /** A second officer who must approve it before it goes out. */
  reviewerId?: InputMaybe<Scalars['ID']['input']>;
  /** Publish later (in the future). */
  scheduledAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Title, 1–120 characters. */
  title: Scalars['String']['input'];
};

/** Counts of one org on a response board. */
export type NoticeOrgStats = {
  __typename?: 'NoticeOrgStats';
  /** Acknowledged. */
  acknowledged: Scalars['Int']['output'];
  /** The org's global ID (null for members without an org). */
  orgId?: Maybe<Scalars['ID']['output']>;
  /** The org's name. */
  orgName: Scalars['String']['output'];
  /** Read. */
  read: Scalars['Int']['output'];
  /** Recipients. */
  recipients: Scalars['Int']['output'];
};

/** The result of a notice mutation. */
export type NoticePayload = {
  __typename?: 'NoticePayload';
  /** The notice as it is now. */
  notice: Notice;
};

/** A member, by name. */
export type NoticePerson = {
  __typename?: 'NoticePerson';
  /** The member's global ID. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
};

/** The viewer's own copy of a notice. */
export type NoticeReceipt = {
  __typename?: 'NoticeReceipt';
  /** Acknowledged. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Delivered. */
  deliveredAt: Scalars['DateTime']['output'];
  /** First opened. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** The viewer's reply. */
  reply?: Maybe<Scalars['String']['output']>;
};

/** One recipient on the response board. */
export type NoticeResponse = {
  __typename?: 'NoticeResponse';
  /** Acknowledged. */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Delivered. */
  deliveredAt: Scalars['DateTime']['output'];
  /** The member. */
  member: NoticePerson;
  /** Their org at publication. */
  orgName: Scalars['String']['output'];
  /** First opened. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** Reminders sent by hand. */
  remindedCount: Scalars['Int']['output'];
  /** Their reply. */
  reply?: Maybe<Scalars['String']['output']>;
};

/** A page of the response board, by member. */
export type NoticeResponseConnection = {
  __typename?: 'NoticeResponseConnection';
  /** Items with cursors. */
  edges: Array<NoticeResponseEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of the response board, by member. */
export type NoticeResponseEdge = {
  __typename?: 'NoticeResponseEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: NoticeResponse;
};

/** A filter of the response board. */
export type NoticeResponseState =
  /** 已确认. */
  | 'ACKNOWLEDGED'
  /** 已读: opened. */
  | 'READ'
  /** 未确认: not acknowledged yet, read or not. */
  | 'UNACKNOWLEDGED'
  /** 未读: not opened yet. */
  | 'UNREAD';

/** A notice's response counts over the recipients the viewer may see. */
export type NoticeStats = {
  __typename?: 'NoticeStats';
  /** Acknowledged. */
  acknowledged: Scalars['Int']['output'];
  /** Per org of the recipients (their org at publication), in tree order. */
  byOrg: Array<NoticeOrgStats>;
  /** The notice's global ID. */
  noticeId: Scalars['ID']['output'];
  /** Read. */
  read: Scalars['Int']['output'];
  /** Recipients. */
  recipients: Scalars['Int']['output'];
};

/** Where a notice stands. */
export type NoticeStatus =
  /** 草稿: saved, not sent. */
  | 'DRAFT'
  /** 待审核: waits for its reviewer. */
  | 'PENDING_REVIEW'
  /** 已发布. */
  | 'PUBLISHED'
  /** 定时待发: goes out at `scheduledAt`. */
  | 'SCHEDULED'
  /** 已撤回: recipients see that it was withdrawn. */
  | 'WITHDRAWN';

/** A notification in the viewer's inbox. */
export type Notification = {
  __typename?: 'Notification';
  /** Body text. */
  body: Scalars['String']['output'];
  /** Written. */
  createdAt: Scalars['DateTime']['output'];
  /** Structured facts, e.g. the due item and the rule and source behind a reminder. */
  detail: Scalars['JSON']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /**
   * `REMINDER`, `SYSTEM`, `MENTION`, `DIRECT_MESSAGE`, `MESSAGE_REPORT`, `NOTICE`, `TASK`,
   * `MEETING` or `GRID` (网格督办: warnings, 督办 and escalations of grid timers).
   */
  kind: Scalars['String']['output'];
  /** The meeting a `MEETING` notification (or a meeting reminder) concerns, as its global ID. */
  meetingId?: Maybe<Scalars['ID']['output']>;
  /** The notice a `NOTICE` notification announces (or reminds of), as its global ID. */
  noticeId?: Maybe<Scalars['ID']['output']>;
  /** Read, if it has been. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
};

/** One category of notifications as the viewer has it set. */
export type NotificationCategorySetting = {
  __typename?: 'NotificationCategorySetting';
  /** Category code, the same as `Notification.kind`. */
  category: Scalars['String']['output'];
  /** The channel in effect. */
  channel: NotificationChannel;
  /** True when the viewer chose the channel (false: the default applies). */
  chosen: Scalars['Boolean']['output'];
  /** The category's default channel. */
  defaultChannel: NotificationChannel;
  /** What the category covers. */
  description: Scalars['String']['output'];
  /** Chinese label. */
  label: Scalars['String']['output'];
  /** Why the category cannot be turned off; null when it can. */
  mandatoryReason?: Maybe<Scalars['String']['output']>;
};

/** How a member receives a category of notifications. */
export type NotificationChannel =
  /** In the inbox and in the daily or weekly digest email. */
  | 'DIGEST'
  /** In the inbox and by email right away. */
  | 'EMAIL'
  /** In the inbox only. */
  | 'IN_APP'
  /** Not at all (not allowed for mandatory categories). */
  | 'OFF';

/** A page of notifications, newest first. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** Items with cursors. */
  edges: Array<NotificationEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of notifications, newest first. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Notification;
};

/** The viewer's notification settings. */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  /** Every category, in display order. */
  categories: Array<NotificationCategorySetting>;
  /** How often the digest email comes. */
  digestFrequency: DigestFrequency;
};

/** An objection during a 公示. */
export type ObjectToStageTransitionInput = {
  /** The objection, 1–2,000 characters. */
  text: Scalars['String']['input'];
  /** The transition. */
  transitionId: Scalars['ID']['input'];
};

/** Input of `operatorLogIn`. */
export type OperatorLogInInput = {
  /** Email. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** The kind of an org unit. */
export type OrgKind =
  /** 部门 */
  | 'DEPARTMENT'
  /** 网格 */
  | 'GRID'
  /** 党支部 */
  | 'PARTY_BRANCH'
  /** 党委 */
  | 'PARTY_COMMITTEE'
  /** 党总支 */
  | 'PARTY_GENERAL_BRANCH'
  /** 党小组 */
  | 'PARTY_GROUP'
  /** 分会 */
  | 'UNION_BRANCH'
  /** 工会 */
  | 'UNION_COMMITTEE'
  /** 工会小组 */
  | 'UNION_GROUP'
  /** 团支部 */
  | 'YOUTH_BRANCH'
  /** 团委 */
  | 'YOUTH_COMMITTEE';

/** The line of organisation a unit belongs to. */
export type OrgLine =
  /** 行政部门 — administrative departments. */
  | 'ADMIN'
  /** 网格 — grid supervision units. */
  | 'GRID'
  /** 党组织 — the Party line. */
  | 'PARTY'
  /** 工会 — the trade union line. */
  | 'UNION'
  /** 共青团 — the Youth League line. */
  | 'YOUTH';

/** An org unit: a committee, branch, group, department or grid. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** When it was archived, if it was. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Depth in the tree; 1 for top-level units. */
  depth: Scalars['Int']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Whether it is a joint unit (联合) covering several departments. */
  isJoint: Scalars['Boolean']['output'];
  /** Whether it is virtual or temporary (临时/网上虚拟). */
  isVirtual: Scalars['Boolean']['output'];
  /** Its kind. */
  kind: OrgKind;
  /** The Chinese name of its kind (党支部 …). */
  kindLabel: Scalars['String']['output'];
  /** The line it belongs to. */
  line: OrgLine;
  /** Name, e.g. 机关第一党支部. */
  name: Scalars['String']['output'];
  /** The parent unit. */
  parent?: Maybe<Organization>;
  /** Materialised path of unit numbers from the top, e.g. `12.15.31`. */
  path: Scalars['String']['output'];
  /** Officer positions in this unit, current first. */
  positions: Array<Position>;
};

/** A page of org units. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** Items with cursors. */
  edges: Array<OrganizationEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of org units. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Organization;
};

/** Payload with one org unit. */
export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  /** The unit. */
  organization: Organization;
};

/** Input of `overrideRule`. */
export type OverrideRuleInput = {
  /** Rule key. */
  key: Scalars['String']['input'];
  /** New parameters, with the same keys and kinds of values as the defaults. */
  params: Scalars['JSON']['input'];
  /** The tenant's own source (provincial or company document). */
  sourceNote: Scalars['String']['input'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A member of a conversation. */
export type Participant = {
  __typename?: 'Participant';
  /** The member's global ID. */
  id: Scalars['ID']['output'];
  /** Administers the conversation. */
  isAdmin: Scalars['Boolean']['output'];
  /** Muted right now. */
  muted: Scalars['Boolean']['output'];
  /** Muted until (absent while muted: until lifted). */
  mutedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Name. */
  name: Scalars['String']['output'];
};

/** A page of a conversation's members, admins first. */
export type ParticipantPage = {
  __typename?: 'ParticipantPage';
  /** Members of this page. */
  items: Array<Participant>;
  /** Members in all. */
  totalCount: Scalars['Int']['output'];
};

/** A branch's pipeline. */
export type PartyPipeline = {
  __typename?: 'PartyPipeline';
  /** Members by stage. */
  entries: Array<PipelineEntry>;
  /** Transitions in 公示 or waiting for the upper org. */
  openTransitions: Array<StageTransition>;
};

/** One anonymous peer rating. */
export type PeerRatingInput = {
  /** An optional comment, up to 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The grade. */
  grade: EvaluationGrade;
  /** The member rated (another member of the campaign). */
  memberId: Scalars['ID']['input'];
};

/** How many peer ratings of each grade a member received — never who gave them. */
export type PeerTally = {
  __typename?: 'PeerTally';
  /** 基本合格. */
  basicallyQualified: Scalars['Int']['output'];
  /** 优秀. */
  excellent: Scalars['Int']['output'];
  /** 合格. */
  qualified: Scalars['Int']['output'];
  /** All ratings received. */
  total: Scalars['Int']['output'];
  /** 不合格. */
  unqualified: Scalars['Int']['output'];
};

/** A 培养联系人 or 入党介绍人. */
export type PipelineContact = {
  __typename?: 'PipelineContact';
  /** The contact. */
  memberId: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** `CONTACT` or `INTRODUCER`. */
  role: Scalars['String']['output'];
};

/** A member on the pipeline board. */
export type PipelineEntry = {
  __typename?: 'PipelineEntry';
  /** What blocks the next step today; null when it could be proposed. */
  blockedBy?: Maybe<Scalars['String']['output']>;
  /** 培养联系人 recorded. */
  contacts: Scalars['Int']['output'];
  /** The first day the durations allow the next step. */
  earliestNext?: Maybe<Scalars['NaiveDate']['output']>;
  /** Probation extended by (months). */
  extendedMonths: Scalars['Int']['output'];
  /** 入党介绍人 recorded. */
  introducers: Scalars['Int']['output'];
  /** The member. */
  memberId: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The next stage. */
  nextStage?: Maybe<PipelineStage>;
  /** Their party org (the branch whose meetings discuss their steps). */
  orgId: Scalars['ID']['output'];
  /** Their party org's name. */
  orgName: Scalars['String']['output'];
  /** In it since (null when never recorded: record it with `recordMemberStage`). */
  since?: Maybe<Scalars['NaiveDate']['output']>;
  /** Current stage. */
  stage: PipelineStage;
};

/** A stage of the party-entry pipeline. */
export type PipelineStage =
  /** 入党积极分子. */
  | 'ACTIVIST'
  /** 入党申请人. */
  | 'APPLICANT'
  /** 取消预备党员资格. */
  | 'CANCELLED'
  /** 发展对象. */
  | 'DEVELOPMENT_TARGET'
  /** 正式党员. */
  | 'FULL_MEMBER'
  /** 预备党员. */
  | 'PROBATIONARY';

/** 政治面貌 — political status. */
export type PoliticalStatus =
  /** 入党积极分子 */
  | 'ACTIVIST'
  /** 入党申请人 */
  | 'APPLICANT'
  /** 发展对象 */
  | 'DEVELOPMENT_TARGET'
  /** 正式党员 */
  | 'FULL_MEMBER'
  /** 共青团员 */
  | 'LEAGUE_MEMBER'
  /** 群众 */
  | 'MASSES'
  /** 预备党员 */
  | 'PROBATIONARY';

/** An officer position (书记, 委员, 主席 …) with its term. */
export type Position = {
  __typename?: 'Position';
  /** When the position ended, if it has. */
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** The holder. */
  member?: Maybe<Member>;
  /** The unit. */
  organization?: Maybe<Organization>;
  /** The role this position grants over the unit's sub-tree. */
  role: Scalars['String']['output'];
  /** Planned term end (换届). */
  termEnd?: Maybe<Scalars['NaiveDate']['output']>;
  /** Term start. */
  termStart: Scalars['NaiveDate']['output'];
  /** Title. */
  title: Scalars['String']['output'];
};

/** Payload with one position. */
export type PositionPayload = {
  __typename?: 'PositionPayload';
  /** The position. */
  position: Position;
};

/** Input of `proposeGrades`. */
export type ProposeGradesInput = {
  /** The campaign (at COMMITTEE). */
  campaignId: Scalars['ID']['input'];
  /** Grades for some or all members (replacing earlier proposals for them). */
  grades: Array<EvaluationGradeInput>;
};

/** Proposing the next step. */
export type ProposeStageTransitionInput = {
  /** Takes effect on (e.g. the branch meeting's date). */
  effectiveOn: Scalars['NaiveDate']['input'];
  /** Extend the probation by this many months. */
  extensionMonths?: InputMaybe<Scalars['Int']['input']>;
  /**
   * The 支部党员大会 of the branch that discussed it, already held: required for 转正
   * (`FULL_MEMBER`), optional otherwise (VALIDATION on `meetingId`, citing
   * `party.probation`, when missing or not such a meeting, and `meeting.quorum` when the
   * voting members present did not meet its quorum).
   */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** Note (e.g. the resolution). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The stage to move to (`PROBATIONARY` with `extensionMonths` extends the probation). */
  toStage: PipelineStage;
};

/** The query root: the platform's queries, then each module's. */
export type Query = {
  __typename?: 'Query';
  /** The tenant's API keys, active first. */
  apiKeys: Array<ApiKey>;
  /** The seq of the first audit row whose hash does not match, or null when the chain is intact. */
  auditChainBreak?: Maybe<Scalars['Int']['output']>;
  /** The tenant's audit log, newest first (tenant admins). */
  auditLog: AuditEntryConnection;
  /** The viewer's calendar feed; null when they have none. */
  calendarFeed?: Maybe<CalendarFeed>;
  /** The tenant's sensitive-word list (tenant admins). */
  chatWords: Array<ChatWord>;
  /** One of the viewer's conversations. */
  conversation: Conversation;
  /** Members of one of the viewer's conversations, admins first, by offset (at most 200). */
  conversationMembers: ParticipantPage;
  /** The viewer's conversations, most recent activity first. */
  conversations: ConversationConnection;
  /** Figures for the home dashboard. */
  dashboard: Dashboard;
  /**
   * Hidden: panics in the `test` configuration (proves a panic becomes a 500 JSON error);
   * NOT_FOUND everywhere else.
   */
  debugPanic: Scalars['Boolean']['output'];
  /** Due items: the viewer's own, or all of the tenant's for those who manage members. */
  dueItems: DueItemConnection;
  /** Members who owe on a line, under an org (null: the whole tenant). */
  duesArrears: Array<DuesArrear>;
  /** A member's base history, newest first per line (the member, or whoever keeps their dues). */
  duesBases: Array<DuesBase>;
  /**
   * Whether members can pay dues online here. No provider is configured yet, so this is
   * false and payments are recorded offline (`recordDuesPayment`).
   */
  duesOnlinePaymentAvailable: Scalars['Boolean']['output'];
  /** Sums per org and month on a line, under an org (null: the whole tenant). */
  duesRollup: Array<DuesRollup>;
  /**
   * The standing a member brought on a line from the enterprise they were transferred from
   * (null when none): months up to it are not billed here.
   */
  duesStanding?: Maybe<DuesStanding>;
  /** A member's ledger on a line, oldest month first. */
  duesStatement: Array<DuesEntry>;
  /**
   * One campaign (NOT_FOUND unless the viewer is an officer of its branch or one of its
   * members).
   */
  evaluationCampaign: EvaluationCampaign;
  /**
   * The campaigns of a branch, latest year first (at most 20): all of them for its
   * officers, those the viewer takes part in otherwise.
   */
  evaluationCampaigns: Array<EvaluationCampaign>;
  /** A file the viewer uploaded or sees attached to a message, with a download link. */
  file: FileWithUrl;
  /** Grants of the tenant, or of one member. */
  grants: Array<Grant>;
  /** Grid assignments: all of a grid where the viewer supervises, and the viewer's own. */
  gridAssignments: Array<GridAssignment>;
  /** One case; NOT_FOUND unless the viewer may see it. */
  gridCase: GridCase;
  /** The categories cases are reported in, with their SLAs (the tenant's `grid.case` rule). */
  gridCaseCategories: Array<GridCaseCategory>;
  /**
   * The cases the viewer may see, newest first: those they reported or were dispatched,
   * every case of grids where they supervise, and those dispatched to orgs they handle.
   */
  gridCases: GridCaseConnection;
  /**
   * The statistics of the cases reported from `from` to `to` (days in the tenant's time
   * zone, both included) under an org, or under one of its grids. Needs `grid:read` at the
   * org.
   */
  gridStatistics: GridStatistics;
  /**
   * One idea; NOT_FOUND unless the viewer may see it (a member of its org or an org under
   * it, or a reader of the org's ideas).
   */
  idea: Idea;
  /** An org's ideas wall, for its members and handlers (hidden ideas for handlers only). */
  ideas: IdeaConnection;
  /** An org's inquiries, newest first (`inquiry:read` there). */
  inquiries: InquiryConnection;
  /** One inquiry, for its asker and readers of the org's inquiries; NOT_FOUND otherwise. */
  inquiry: Inquiry;
  /** Invitations, newest first. */
  invitations: InvitationConnection;
  /**
   * Applications the viewer decides (orgs where they hold `member:write`) and their own,
   * pending first.
   */
  joinApplications: Array<JoinApplication>;
  /**
   * Members of an org's sub-tree on a line who, as of now, have reached a warning
   * (`warnAfterMonths`) or the months of `membership.lapse` on any ground: meetings of the
   * line missed without approved leave since their last attendance, or months billed and
   * not paid. The furthest gone first. For those who manage the org's members
   * (`member:write`); others, and an org of another tenant, get NOT_FOUND.
   */
  lapseRisks: Array<LapseRisk>;
  /**
   * League members of an org's sub-tree nearing (by `league.age_out_warning`) or past the
   * age of leaving in `league.age`, unless a league post keeps them.
   */
  leagueAgeOuts: Array<LeagueAgeOut>;
  /** Registration campaigns the viewer runs or takes part in. */
  leagueCampaigns: Array<LeagueCampaign>;
  /** One meeting (invitees and those who read the org's meetings). */
  meeting: Meeting;
  /**
   * The check-in code to show now (for those who manage the meeting). It rotates every
   * 30 seconds and expires soon after; fetch again after `refreshInSeconds`.
   */
  meetingCheckInCode: MeetingCheckInCode;
  /**
   * Per org and required type, where the current period stands: of `orgId` and its
   * sub-orgs, or of every org whose meetings the viewer reads (the tenant-wide view).
   * `behindOnly` keeps the rows with a warning.
   */
  meetingCompliance: Array<ComplianceRow>;
  /** Every meeting type with the frequency the tenant's rules require. */
  meetingTypes: Array<MeetingTypeInfo>;
  /**
   * Meetings the viewer may see, newest start first: with `mine`, those they are invited
   * to; with `orgId`, those of that org and its sub-orgs (`meeting:read` there); otherwise
   * both kinds. `from`/`to` bound the start.
   */
  meetings: MeetingConnection;
  /**
   * A member's stages, transitions, contacts and positions (the member, or who reads their
   * branch).
   */
  memberPipeline: MemberPipeline;
  /** Members in the order they were added. */
  members: MemberConnection;
  /** History of one of the viewer's conversations, newest first, before `beforeSeq`. */
  messages: Array<Message>;
  /** An org's moderation queue (`moderation:read` there), most recently reported first. */
  moderationQueue: ModerationItemConnection;
  /**
   * The campaigns the viewer is evaluated in, latest first (at most 20): their tasks and,
   * once closed, their own grade.
   */
  myEvaluation: Array<EvaluationCampaign>;
  /** The grids the viewer is assigned to today (for the phone page). */
  myGrids: Array<Organization>;
  /** The viewer's own inquiries, newest first. */
  myInquiries: InquiryConnection;
  /** The viewer's open sessions in this tenant. */
  mySessions: Array<Session>;
  /** The surveys the viewer is asked to answer (待我填写 with `pendingOnly`), newest first. */
  mySurveys: SurveyConnection;
  /** The votes the viewer is asked to vote in (待我投票 with `pendingOnly`), newest first. */
  myVotes: VoteConnection;
  /** Any object by global ID; NOT_FOUND when it does not exist or is not visible. */
  node: Node;
  /** One notice. Opening it as a recipient marks it read (the first time). */
  notice: Notice;
  /**
   * How many members an audience reaches now (the compose page's live count); needs notice
   * rights at the issuing org.
   */
  noticeAudienceCount: Scalars['Int']['output'];
  /**
   * The response board's list, by member: for the sender and the officers of the
   * audience's orgs (over the recipients in their orgs). Export the same list as .xlsx at
   * `GET /export/notice-responses.xlsx?notice=<id>&state=<state>`.
   */
  noticeResponses: NoticeResponseConnection;
  /**
   * The viewer's received notices: those still to read (or acknowledge, when asked) first,
   * then the newest. Withdrawn notices stay, marked withdrawn.
   */
  notices: NoticeConnection;
  /** The viewer's notification settings. */
  notificationPreferences: NotificationPreferences;
  /** The viewer's notifications, newest first. */
  notifications: NotificationConnection;
  /** One org unit. */
  organization: Organization;
  /** Org units in tree order (a parent before its children). */
  organizations: OrganizationConnection;
  /** The party-entry board of an org and its sub-orgs (`member:read` there). */
  partyPipeline: PartyPipeline;
  /** Platform operators: the job queue's health and its dead jobs. */
  queueHealth: QueueHealth;
  /** Role templates with their permissions. */
  roles: Array<Role>;
  /** Statutory rules with the tenant's effective parameters and their sources. */
  rules: Array<Rule>;
  /**
   * Messages of one of the viewer's conversations whose text contains `query` (1–50
   * characters, matched literally, ignoring case), newest first, before `beforeSeq`.
   */
  searchMessages: Array<Message>;
  /**
   * Notices the viewer wrote or is asked to review, newest first; tenant-wide notice
   * managers see all of the tenant's.
   */
  sentNotices: NoticeConnection;
  /** One supervision task the viewer may see (else NOT_FOUND). */
  supervisionTask: SupervisionTask;
  /**
   * Supervision tasks the viewer may see, newest first: issued by orgs where they hold
   * `grid:read`, or sent to orgs where they hold `grid:read` or `grid:handle`.
   */
  supervisionTasks: SupervisionTaskConnection;
  /** One survey: for those asked, its org's officers (`survey` read) and its author. */
  survey: Survey;
  /**
   * How many members an audience holds now (the builder's live count); needs `survey`
   * write at the issuing org.
   */
  surveyAudienceCount: Scalars['Int']['output'];
  /**
   * The results per question when visible by the rule (`LIVE`: always; `AFTER_CLOSE`: after
   * the close only, for everyone, officers included); null otherwise. Anyone who sees the
   * survey may ask.
   */
  surveyResults?: Maybe<SurveyResults>;
  /** An org's surveys, newest first (`survey` read at the org). */
  surveys: SurveyConnection;
  /**
   * The live board of an org: the cases of the grids under it and the supervision-task
   * targets under it, one column per state with counts, overdue counts and the first
   * `first` (1–100) cards of each. Needs `grid:read` at the org.
   */
  taskBoard: TaskBoard;
  /** One column of the board, paged: `after` is a previous page's `endCursor`. */
  taskBoardColumn: TaskBoardColumn;
  /** Platform operators: every tenant in sign-up order, or those a search finds. */
  tenants: TenantConnection;
  /**
   * The letter with this code, from any tenant, for those who may receive members
   * (`member:write` somewhere). VALIDATION on `code` when there is none.
   */
  transferLetterByCode: FoundTransferLetter;
  /** Letters issued by orgs whose members the viewer reads, open ones first. */
  transferLetters: Array<TransferLetter>;
  /** The viewer's union e-member card; NOT_FOUND when they are not a union member. */
  unionCard: UnionCard;
  /**
   * Whether the ballot with this receipt is counted, and after the close which options it
   * holds. Anyone who sees the vote may ask; a string that is no receipt is not counted.
   */
  verifyBallotReceipt: BallotVerification;
  /**
   * Checks a scanned union card (for those who read members): VALIDATION on `code` when it
   * is forged, of another enterprise or expired.
   */
  verifyUnionCard: VerifiedUnionCard;
  /** The signed-in caller; UNAUTHENTICATED without a session or key. */
  viewer: Viewer;
  /** One vote: for its electorate, its org's officers (`vote` read) and its author. */
  vote: Vote;
  /**
   * How many members an electorate holds now (the creation form's live count); needs
   * `vote` write at the issuing org.
   */
  voteElectorateCount: Scalars['Int']['output'];
  /** An org's votes, newest first (`vote` read at the org). */
  votes: VoteConnection;
};


/** The query root: the platform's queries, then each module's. */
export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryConversationMembersArgs = {
  conversationId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryDueItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  includeClosed?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryDuesArrearsArgs = {
  line: DuesLine;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryDuesBasesArgs = {
  memberId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryDuesRollupArgs = {
  fromMonth: Scalars['String']['input'];
  line: DuesLine;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  toMonth: Scalars['String']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryDuesStandingArgs = {
  line: DuesLine;
  memberId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryDuesStatementArgs = {
  line: DuesLine;
  memberId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryEvaluationCampaignArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryEvaluationCampaignsArgs = {
  orgId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryFileArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryGrantsArgs = {
  memberId?: InputMaybe<Scalars['ID']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryGridAssignmentsArgs = {
  activeOnly?: Scalars['Boolean']['input'];
  gridId?: InputMaybe<Scalars['ID']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryGridCaseArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryGridCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  categoryKey?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  gridId?: InputMaybe<Scalars['ID']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<GridCaseState>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryGridStatisticsArgs = {
  from: Scalars['NaiveDate']['input'];
  gridId?: InputMaybe<Scalars['ID']['input']>;
  orgId: Scalars['ID']['input'];
  to: Scalars['NaiveDate']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryIdeaArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryIdeasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orgId: Scalars['ID']['input'];
  sort?: InputMaybe<IdeaSort>;
  status?: InputMaybe<IdeaStatus>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryInquiriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orgId: Scalars['ID']['input'];
  status?: InputMaybe<InquiryStatus>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryInquiryArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryLapseRisksArgs = {
  line: DuesLine;
  organizationId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryLeagueAgeOutsArgs = {
  orgId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryMeetingCheckInCodeArgs = {
  meetingId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryMeetingComplianceArgs = {
  behindOnly?: InputMaybe<Scalars['Boolean']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTime']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryMemberPipelineArgs = {
  memberId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  includeDisabled?: InputMaybe<Scalars['Boolean']['input']>;
  line?: InputMaybe<OrgLine>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  politicalStatus?: InputMaybe<PoliticalStatus>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryMessagesArgs = {
  beforeSeq?: InputMaybe<Scalars['Int']['input']>;
  conversationId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orgId: Scalars['ID']['input'];
  status?: InputMaybe<ModerationStatus>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryMyInquiriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryMySurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  pendingOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryMyVotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  pendingOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryNoticeArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryNoticeAudienceCountArgs = {
  audience: NoticeAudienceInput;
  issuerOrgId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryNoticeResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  noticeId: Scalars['ID']['input'];
  state?: InputMaybe<NoticeResponseState>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  line?: InputMaybe<OrgLine>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryPartyPipelineArgs = {
  orgId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QuerySearchMessagesArgs = {
  beforeSeq?: InputMaybe<Scalars['Int']['input']>;
  conversationId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QuerySentNoticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  status?: InputMaybe<NoticeStatus>;
};


/** The query root: the platform's queries, then each module's. */
export type QuerySupervisionTaskArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QuerySupervisionTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  state?: InputMaybe<SupervisionTaskState>;
};


/** The query root: the platform's queries, then each module's. */
export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QuerySurveyAudienceCountArgs = {
  audience: SurveyAudienceInput;
  orgId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QuerySurveyResultsArgs = {
  surveyId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QuerySurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  orgId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryTaskBoardArgs = {
  filter?: InputMaybe<TaskBoardFilter>;
  first?: Scalars['Int']['input'];
  orgId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryTaskBoardColumnArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskBoardFilter>;
  first?: Scalars['Int']['input'];
  orgId: Scalars['ID']['input'];
  state: GridCaseState;
};


/** The query root: the platform's queries, then each module's. */
export type QueryTenantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


/** The query root: the platform's queries, then each module's. */
export type QueryTransferLetterByCodeArgs = {
  code: Scalars['String']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryVerifyBallotReceiptArgs = {
  receipt: Scalars['String']['input'];
  voteId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryVerifyUnionCardArgs = {
  code: Scalars['String']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryVoteArgs = {
  id: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryVoteElectorateCountArgs = {
  electorate: ElectorateInput;
  orgId: Scalars['ID']['input'];
};


/** The query root: the platform's queries, then each module's. */
export type QueryVotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  orgId: Scalars['ID']['input'];
};

/** The job queue's health (platform operators). */
export type QueueHealth = {
  __typename?: 'QueueHealth';
  /** Jobs that used up their attempts. */
  dead: Scalars['Int']['output'];
  /** The most recent dead jobs with their last error. */
  deadJobs: Array<DeadJob>;
  /** Seconds the oldest runnable job has waited. */
  oldestRunnableSeconds: Scalars['Float']['output'];
  /** Jobs waiting to run now. */
  runnable: Scalars['Int']['output'];
  /** Jobs being run. */
  running: Scalars['Int']['output'];
};

/** Rate a closed case (评价), by its reporter. */
export type RateGridCaseInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** A comment, up to 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1–5. */
  rating: Scalars['Int']['input'];
};

/** Rate an answer. */
export type RateInquiryAnswerInput = {
  /** A comment, up to 500 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The inquiry. */
  inquiryId: Scalars['ID']['input'];
  /** 1–5. */
  rating: Scalars['Int']['input'];
};

/** How many have read a message, in small groups. */
export type ReadCount = {
  __typename?: 'ReadCount';
  /** Members other than the author. */
  of: Scalars['Int']['output'];
  /** Members other than the author who have read it. */
  read: Scalars['Int']['output'];
};

/** Input of `recordDuesPayment`. */
export type RecordDuesPaymentInput = {
  /** Amount in fen (> 0). */
  amountFen: Scalars['Int']['input'];
  /** Line. */
  line: DuesLine;
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** How it was paid. */
  method: DuesPaymentMethod;
  /** The month paid for (`YYYY-MM`). */
  month: Scalars['String']['input'];
  /** Note (≤ 500 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Receipt number (≤ 60 characters). */
  receiptNo?: InputMaybe<Scalars['String']['input']>;
};

/** An officer marks attendance. */
export type RecordMeetingAttendanceInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** The invitee. */
  memberId: Scalars['ID']['input'];
  /** Present (or undo a check-in). */
  present: Scalars['Boolean']['input'];
};

/** Recording a stage reached earlier (补录). */
export type RecordMemberStageInput = {
  /** The member. */
  memberId: Scalars['ID']['input'];
  /** The stage. */
  stage: PipelineStage;
  /** Reached on (not after today). */
  startedOn: Scalars['NaiveDate']['input'];
};

/** Registering. */
export type RegisterLeagueMembershipInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** The member (officers registering for them); the viewer when omitted. */
  memberId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `remindDuesArrears`. */
export type RemindDuesArrearsInput = {
  /** Line. */
  line: DuesLine;
  /** Only members under this org (null: the whole tenant). */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of `remindDuesArrears`. */
export type RemindDuesArrearsPayload = {
  __typename?: 'RemindDuesArrearsPayload';
  /** Members reminded now (each at most once a day). */
  reminded: Scalars['Int']['output'];
};

/** Input of `remindNoticeRecipients`. */
export type RemindNoticeInput = {
  /** The notice. */
  noticeId: Scalars['ID']['input'];
};

/** The result of `remindNoticeRecipients`. */
export type RemindNoticePayload = {
  __typename?: 'RemindNoticePayload';
  /** The notice. */
  notice: Notice;
  /** How many were reminded. */
  reminded: Scalars['Int']['output'];
};

/** The result of `remindSurveyRespondents`. */
export type RemindSurveyRespondentsPayload = {
  __typename?: 'RemindSurveyRespondentsPayload';
  /** How many were reminded. */
  reminded: Scalars['Int']['output'];
};

/** The form of `remindVoters`. */
export type RemindVotersInput = {
  /** The vote. */
  voteId: Scalars['ID']['input'];
};

/** The result of `remindVoters`. */
export type RemindVotersPayload = {
  __typename?: 'RemindVotersPayload';
  /** How many were reminded. */
  reminded: Scalars['Int']['output'];
};

/** Input of `renameOrganization`. */
export type RenameOrganizationInput = {
  /** Unit. */
  id: Scalars['ID']['input'];
  /** New name. */
  name: Scalars['String']['input'];
};

/** Send back to work (核查不通过). */
export type ReopenGridCaseInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** Why (required). */
  reason: Scalars['String']['input'];
};

/** Report a piece of content. */
export type ReportContentInput = {
  /** Its global ID (a Message, an Idea or an IdeaComment, as `kind` says). */
  id: Scalars['ID']['input'];
  /** What it is. */
  kind: ReportedContentKind;
  /** Why, 1–500 characters. */
  reason: Scalars['String']['input'];
};

/** The result of `reportContent`. */
export type ReportContentPayload = {
  __typename?: 'ReportContentPayload';
  /** Whether the content is hidden now. */
  hidden: Scalars['Boolean']['output'];
  /** False when the member had reported it already (nothing changed). */
  newReport: Scalars['Boolean']['output'];
};

/** A report (采集) by any member of the tenant. */
export type ReportGridCaseInput = {
  /** A key from `gridCaseCategories`. */
  categoryKey: Scalars['String']['input'];
  /** Description, up to 2,000 characters. */
  description: Scalars['String']['input'];
  /** The grid (an Organization on the GRID line, not archived). */
  gridId: Scalars['ID']['input'];
  /** Hide the reporter's name from handlers (the grid's supervisors still see it). */
  hideReporter?: InputMaybe<Scalars['Boolean']['input']>;
  /** Where. */
  location?: InputMaybe<GridLocationInput>;
  /** The reporter's own uploaded images (READY), at most nine. */
  photoFileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Title, 1–100 characters. */
  title: Scalars['String']['input'];
};

/** Input of `reportMessage`. */
export type ReportMessageInput = {
  /** Conversation. */
  conversationId: Scalars['ID']['input'];
  /** Why, 1–500 characters. */
  reason: Scalars['String']['input'];
  /** The message's seq. */
  seq: Scalars['Int']['input'];
};

/** Input of `reportSupervisionTask`. */
export type ReportSupervisionTaskInput = {
  /** The reporter's uploaded files (READY), up to 9. */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The receiving org reporting (the caller needs `grid:handle` or `grid:write` there). */
  orgId: Scalars['ID']['input'];
  /** The report, 1–5,000 characters. */
  report: Scalars['String']['input'];
  /** The task. */
  taskId: Scalars['ID']['input'];
};

/** What is reported. */
export type ReportedContentKind =
  /** A chat message (`id`: the Message's global ID). */
  | 'CHAT_MESSAGE'
  /** An idea (`id`: the Idea's global ID). */
  | 'IDEA'
  /** A comment on an idea (`id`: the IdeaComment's global ID). */
  | 'IDEA_COMMENT';

/** Asking for leave. */
export type RequestMeetingLeaveInput = {
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** Why. */
  reason: Scalars['String']['input'];
};

/** Input of `requestPasswordReset`. */
export type RequestPasswordResetInput = {
  /** Account email. */
  email: Scalars['String']['input'];
};

/** Input of `resetPassword`. */
export type ResetPasswordInput = {
  /** New password. */
  newPassword: Scalars['String']['input'];
  /** Token from the reset email. */
  token: Scalars['String']['input'];
};

/** Input of `resetRule`. */
export type ResetRuleInput = {
  /** Rule key. */
  key: Scalars['String']['input'];
};

/** When results per option may be seen. */
export type ResultsVisibility =
  /** Only after the close: nobody — officers and administrators included — sees them before. */
  | 'AFTER_CLOSE'
  /** While the vote runs, by everyone who sees it. */
  | 'LIVE';

/** Move an idea under review. */
export type ReviewIdeaInput = {
  /** The idea. */
  ideaId: Scalars['ID']['input'];
  /** A note for the author and supporters (up to 2,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `reviewNotice`. */
export type ReviewNoticeInput = {
  /** Approve (it goes out now, or at its scheduled time) or send it back to its author. */
  approve: Scalars['Boolean']['input'];
  /** Why it goes back (required when not approving), at most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The notice. */
  noticeId: Scalars['ID']['input'];
};

/** Input of `reviewSupervisionTask`. */
export type ReviewSupervisionTaskInput = {
  /** `true` accepts the report (办结); `false` returns it for another report. */
  accept: Scalars['Boolean']['input'];
  /** A note, up to 500 characters; required when returning. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The receiving org whose report is reviewed. */
  orgId: Scalars['ID']['input'];
  /** The task. */
  taskId: Scalars['ID']['input'];
};

/** A role template. */
export type Role = {
  __typename?: 'Role';
  /** Seeded by default. */
  builtin: Scalars['Boolean']['output'];
  /** What it is for. */
  description: Scalars['String']['output'];
  /** Label, e.g. 组织委员. */
  label: Scalars['String']['output'];
  /** Machine name, e.g. `officer`. */
  name: Scalars['String']['output'];
  /** Permissions as `object:act-pattern`, e.g. `member:(read)|(write)`. */
  permissions: Array<Scalars['String']['output']>;
};

/** A statutory rule with the parameters in force for the tenant and where they come from. */
export type Rule = {
  __typename?: 'Rule';
  /** Area (党费, 发展党员, 组织生活 …). */
  area: Scalars['String']['output'];
  /** The statutory default parameters. */
  defaultParams: Scalars['JSON']['output'];
  /** The parameters in force for this tenant (its override, or the default). */
  effectiveParams: Scalars['JSON']['output'];
  /** The source behind the parameters in force. */
  effectiveSource: Scalars['String']['output'];
  /** Stable key, e.g. `party.probation`. */
  key: Scalars['String']['output'];
  /** Whether the tenant overrides the default. */
  overridden: Scalars['Boolean']['output'];
  /** When the override was last changed. */
  overriddenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the default comes from (law, regulation, article). */
  source: Scalars['String']['output'];
  /** What the rule says. */
  title: Scalars['String']['output'];
};

/** The minutes as a draft. */
export type SaveMeetingMinutesInput = {
  /** Uploaded files (the viewer's, READY) or files already attached. */
  attachmentIds: Array<Scalars['ID']['input']>;
  /** The meeting (it must have begun). */
  meetingId: Scalars['ID']['input'];
  /** Minutes text, at most 60,000 characters. */
  minutes: Scalars['String']['input'];
  /** Resolutions, at most 50. */
  resolutions: Array<Scalars['String']['input']>;
};

/** A meeting to schedule. */
export type ScheduleMeetingInput = {
  /** Agenda, at most 5,000 characters. */
  agenda?: InputMaybe<Scalars['String']['input']>;
  /** End (after the start, at most 7 days later). */
  endsAt: Scalars['DateTime']['input'];
  /** Further invitees (列席). */
  extraMemberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Check-in only within this area. */
  geofence?: InputMaybe<GeofenceInput>;
  /** Invite the members of sub-orgs too. */
  includeSubOrgs?: InputMaybe<Scalars['Boolean']['input']>;
  /** Held to elect (general meetings only): the election quorum applies. */
  isElection?: InputMaybe<Scalars['Boolean']['input']>;
  /** Place, at most 200 characters. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The org holding it (party, union or league; `meeting:write` there). */
  orgId: Scalars['ID']['input'];
  /** Start. */
  startsAt: Scalars['DateTime']['input'];
  /** Title, 1–120 characters. */
  title: Scalars['String']['input'];
  /** The type; it must belong to the org's line (其他会议 fits all). */
  type: MeetingType;
};

/** Input of `sendMessage`. */
export type SendMessageInput = {
  /** Text, 1–2000 characters. */
  body: Scalars['String']['input'];
  /**
   * The client's key for this message: sending the same key again stores nothing new and
   * returns the first message.
   */
  clientMessageId: Scalars['String']['input'];
  /** Conversation. */
  conversationId: Scalars['ID']['input'];
  /** An uploaded, completed file to attach; the body may then be empty. */
  fileId?: InputMaybe<Scalars['ID']['input']>;
  /** Mention everyone (@所有人); admins only. */
  mentionAll?: Scalars['Boolean']['input'];
  /** Members to mention; those not in the conversation are ignored. Each is notified. */
  mentionIds?: Array<Scalars['ID']['input']>;
  /** The seq of the message replied to. */
  replyToSeq?: InputMaybe<Scalars['Int']['input']>;
};

/** Payload of `sendMessage`. */
export type SendMessagePayload = {
  __typename?: 'SendMessagePayload';
  /** The stored message. */
  message: Message;
};

/** One of the viewer's sessions. */
export type Session = {
  __typename?: 'Session';
  /** Opened. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether this is the session making the request. */
  current: Scalars['Boolean']['output'];
  /** Expires. */
  expiresAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Address it was opened from. */
  ip?: Maybe<Scalars['String']['output']>;
  /** Browser or client. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** Input of `setChatWord`. */
export type SetChatWordInput = {
  /** Block or mask. */
  action: ChatWordAction;
  /** The word, 1–50 characters. */
  word: Scalars['String']['input'];
};

/** Input of `setConversationAdmin`. */
export type SetConversationAdminInput = {
  /** Admin or plain member. */
  admin: Scalars['Boolean']['input'];
  /** A custom group. */
  conversationId: Scalars['ID']['input'];
  /** A member of it. */
  memberId: Scalars['ID']['input'];
};

/** Input of `setDigestFrequency`. */
export type SetDigestFrequencyInput = {
  /** How often. */
  frequency: DigestFrequency;
};

/** Input of `setDuesBase`. */
export type SetDuesBaseInput = {
  /** Monthly base in fen (0 to 100,000,000). */
  baseFen: Scalars['Int']['input'];
  /** Category. */
  category: DuesCategory;
  /**
   * The month the new pay was first paid (`YYYY-MM`). The base applies from the month
   * `party.dues.start` derives from it (that same month by statute, the next month where
   * the tenant's rule says so); bills already written for the months it reaches back to
   * are brought in line by corrections (补交差额, or a credit).
   */
  fromMonth: Scalars['String']['input'];
  /** Line. */
  line: DuesLine;
  /** The member. */
  memberId: Scalars['ID']['input'];
};

/** Input of `setMemberDisabled`. */
export type SetMemberDisabledInput = {
  /** True disables (and signs the member out everywhere), false re-enables. */
  disabled: Scalars['Boolean']['input'];
  /** Member. */
  id: Scalars['ID']['input'];
};

/** Input of `setNotificationChannel`. */
export type SetNotificationChannelInput = {
  /** Category code (see `notificationPreferences`). */
  category: Scalars['String']['input'];
  /** The channel. */
  channel: NotificationChannel;
};

/** Adding or removing a contact. */
export type SetPipelineContactInput = {
  /** Add (or remove). */
  add: Scalars['Boolean']['input'];
  /** The contact (a party member; introducers full members). */
  contactId: Scalars['ID']['input'];
  /** 入党介绍人 (else 培养联系人). */
  introducer: Scalars['Boolean']['input'];
  /** The member in the pipeline. */
  memberId: Scalars['ID']['input'];
};

/** Input of `setRolePermissions`. */
export type SetRolePermissionsInput = {
  /** Permissions as `object:act`, act one of `(read)`, `(write)`, `(read)|(write)`. */
  permissions: Array<Scalars['String']['input']>;
  /** Role name. */
  role: Scalars['String']['input'];
};

/** Input of the operator's `setTenantSuspended`. */
export type SetTenantSuspendedInput = {
  /** True suspends (revoking all sessions), false resumes. */
  suspended: Scalars['Boolean']['input'];
  /** Tenant id (plain UUID). */
  tenantId: Scalars['String']['input'];
};

/** Input of `signUp`. */
export type SignUpInput = {
  /** First administrator's email. */
  adminEmail: Scalars['String']['input'];
  /** First administrator's name. */
  adminName: Scalars['String']['input'];
  /** First administrator's password (8+ characters with letters and digits). */
  adminPassword: Scalars['String']['input'];
  /** Enterprise name. */
  tenantName: Scalars['String']['input'];
  /** Slug: 3–32 of a-z, 0-9 and hyphens, starting with a letter. */
  tenantSlug: Scalars['String']['input'];
};

/** An objection raised during a 公示. */
export type StageObjection = {
  __typename?: 'StageObjection';
  /** Who. */
  authorName: Scalars['String']['output'];
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** What. */
  text: Scalars['String']['output'];
};

/** A step proposed by the branch for a member. */
export type StageTransition = {
  __typename?: 'StageTransition';
  /** The upper org decides by then (`party.upper_approval`). */
  approvalDueAt: Scalars['DateTime']['output'];
  /** Open and past its 公示: the upper org may decide now. */
  awaitingDecision: Scalars['Boolean']['output'];
  /** Decided. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The upper org's note. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** Takes effect on (e.g. the branch meeting's date). */
  effectiveOn: Scalars['NaiveDate']['output'];
  /** A probation extension by this many months. */
  extensionMonths?: Maybe<Scalars['Int']['output']>;
  /** The stage before. */
  fromStage: PipelineStage;
  /** Id. */
  id: Scalars['ID']['output'];
  /** The 支部党员大会 that discussed it (a conversion names one). */
  meetingId?: Maybe<Scalars['ID']['output']>;
  /** The member. */
  memberId: Scalars['ID']['output'];
  /** Their name. */
  memberName: Scalars['String']['output'];
  /** The branch's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Objections recorded. */
  objectionCount: Scalars['Int']['output'];
  /** The objections (for those who read the branch). */
  objections: Array<StageObjection>;
  /** The proposing branch. */
  orgId: Scalars['ID']['output'];
  /** Its name. */
  orgName: Scalars['String']['output'];
  /** Proposed. */
  proposedAt: Scalars['DateTime']['output'];
  /** End of the 公示 (steps that need one). */
  publicityUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: TransitionStatus;
  /** The stage after (an extension keeps `PROBATIONARY`). */
  toStage: PipelineStage;
};

/** Input of `startEvaluation`. */
export type StartEvaluationInput = {
  /** The branch (a PARTY org; the caller needs `evaluation:write` there). */
  orgId: Scalars['ID']['input'];
  /** Title, up to 100 characters (`{year}年度民主评议党员` when omitted). */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The year evaluated, 2000–2100; one campaign per branch and year. */
  year: Scalars['Int']['input'];
};

/** Start work (开始处置). */
export type StartGridCaseInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Starting a registration campaign. */
export type StartLeagueCampaignInput = {
  /** Last day. */
  closesOn: Scalars['NaiveDate']['input'];
  /** The league org (its sub-tree registers). */
  orgId: Scalars['ID']['input'];
  /** The year. */
  year: Scalars['Int']['input'];
};

/** Report the result (处理反馈). */
export type SubmitGridCaseFeedbackInput = {
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** What was done (required). */
  note: Scalars['String']['input'];
  /** The caller's own uploaded images (READY), at most nine. */
  photoFileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A new idea. */
export type SubmitIdeaInput = {
  /** Hide the author from other members (the org's handlers still see who it is). */
  anonymous?: Scalars['Boolean']['input'];
  /** Body, 1–5,000 characters. */
  body: Scalars['String']['input'];
  /** The org it goes to (the submitter's own or one above it). */
  orgId: Scalars['ID']['input'];
  /** Title, 1–100 characters. */
  title: Scalars['String']['input'];
};

/** Input of `submitPeerRatings`. */
export type SubmitPeerRatingsInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** Exactly one rating for each other member of the campaign; submitted once. */
  ratings: Array<PeerRatingInput>;
};

/** Input of `submitSelfAssessment`. */
export type SubmitSelfAssessmentInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** The self-assessment, 1–5,000 characters; rewritable until the stage closes. */
  text: Scalars['String']['input'];
};

/** The form of `submitSurveyResponse`. */
export type SubmitSurveyResponseInput = {
  /** The answers; every required question must be answered. */
  answers: Array<SurveyAnswerInput>;
  /** The survey. */
  surveyId: Scalars['ID']['input'];
};

/** The subscription root. */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The meeting now, then after every change of attendance, leave or record (changes
   * within a quarter second come as one). Ends with `NOT_FOUND` for those who may not see
   * it.
   */
  meetingChanged: Meeting;
  /**
   * Messages of one of the viewer's conversations after `afterSeq` (from the start when
   * absent): first everything already stored, then live, in `seq` order, without gaps or
   * duplicates.
   */
  messageAdded: Message;
  /**
   * Messages of one of the viewer's conversations as they change (recalled): each event
   * carries the message as it now is.
   */
  messageChanged: Message;
  /**
   * A notice's response counts now, then after every change (changes within a quarter
   * second come as one). For board viewers only; ends with `NOT_FOUND` otherwise.
   */
  noticeStatsChanged: NoticeStats;
  /**
   * The viewer's notifications as they are written (members only): each single one is read
   * back under the viewer's session, and a batch written for many members at once (a notice)
   * is read once per node, each subscriber receiving only their own.
   */
  notificationAdded: Notification;
  /**
   * Every change of a card under the org from now on: a new case or task (CREATED), a
   * transition (MOVED, with its from and to column), a deadline extended, a warning or an
   * escalation (UPDATED), a deadline passed (OVERDUE). Each is read under the subscriber's
   * session. Needs `grid:read` at the org (else `NOT_FOUND` at once). Nothing is replayed:
   * a client reads `taskBoard` when it (re)connects.
   */
  taskBoardChanged: TaskBoardChange;
  /**
   * A vote's turnout now, then after every ballot (never a choice). For its officers; ends
   * with `NOT_FOUND` otherwise.
   */
  voteTurnoutChanged: VoteTurnout;
};


/** The subscription root. */
export type SubscriptionMeetingChangedArgs = {
  meetingId: Scalars['ID']['input'];
};


/** The subscription root. */
export type SubscriptionMessageAddedArgs = {
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
  conversationId: Scalars['ID']['input'];
};


/** The subscription root. */
export type SubscriptionMessageChangedArgs = {
  conversationId: Scalars['ID']['input'];
};


/** The subscription root. */
export type SubscriptionNoticeStatsChangedArgs = {
  noticeId: Scalars['ID']['input'];
};


/** The subscription root. */
export type SubscriptionTaskBoardChangedArgs = {
  orgId: Scalars['ID']['input'];
};


/** The subscription root. */
export type SubscriptionVoteTurnoutChangedArgs = {
  voteId: Scalars['ID']['input'];
};

/** A supervision task (督办任务) with each receiving org's progress. */
export type SupervisionTask = Node & {
  __typename?: 'SupervisionTask';
  /** Receiving orgs whose report the issuer accepted. */
  closed: Scalars['Int']['output'];
  /** Issued. */
  createdAt: Scalars['DateTime']['output'];
  /** Who issued it. */
  createdByName?: Maybe<Scalars['String']['output']>;
  /** What to do and what to report. */
  description: Scalars['String']['output'];
  /** Deadline for the reports. */
  dueAt: Scalars['DateTime']['output'];
  /** Files attached by the issuer. */
  files: Array<GridFile>;
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Readable number (`DB-2026-000012`). */
  number: Scalars['String']['output'];
  /** The issuing org. */
  orgId: Scalars['ID']['output'];
  /** The issuing org's name. */
  orgName: Scalars['String']['output'];
  /** Whether a receiving org the viewer sees is past the deadline without a report. */
  overdue: Scalars['Boolean']['output'];
  /** Receiving orgs that reported (waiting for review or closed). */
  reported: Scalars['Int']['output'];
  /**
   * The receiving orgs: all of them for the issuer's side, a receiving org's handlers see
   * their own.
   */
  targets: Array<SupervisionTaskTarget>;
  /** Title. */
  title: Scalars['String']['output'];
  /** Receiving orgs (of those the viewer sees). */
  total: Scalars['Int']['output'];
};

/** A page of supervision tasks. */
export type SupervisionTaskConnection = {
  __typename?: 'SupervisionTaskConnection';
  /** Items with cursors. */
  edges: Array<SupervisionTaskEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A supervision task with its cursor. */
export type SupervisionTaskEdge = {
  __typename?: 'SupervisionTaskEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: SupervisionTask;
};

/** The result of a supervision-task mutation. */
export type SupervisionTaskPayload = {
  __typename?: 'SupervisionTaskPayload';
  /** The task as it is now. */
  task: SupervisionTask;
};

/** Where a supervision task stands for one receiving org. */
export type SupervisionTaskState =
  /** 已办结: the issuer accepted the report. */
  | 'CLOSED'
  /** 已派遣: waiting for the org's report. */
  | 'DISPATCHED'
  /** 已报送: reported, waiting for the issuer's review. */
  | 'FEEDBACK';

/** One receiving org's part of a supervision task. */
export type SupervisionTaskTarget = {
  __typename?: 'SupervisionTaskTarget';
  /** When the issuer accepted the report. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Files of the report. */
  files: Array<GridFile>;
  /** The receiving org. */
  orgId: Scalars['ID']['output'];
  /** Its name. */
  orgName: Scalars['String']['output'];
  /** Past the deadline without a report. */
  overdue: Scalars['Boolean']['output'];
  /** The report (任务报送). */
  report?: Maybe<Scalars['String']['output']>;
  /** When it reported last. */
  reportedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who reported. */
  reportedByName?: Maybe<Scalars['String']['output']>;
  /** The issuer's note when it returned or accepted the report. */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  state: SupervisionTaskState;
};

export type Survey = {
  __typename?: 'Survey';
  /** Anonymous: answers are never linked to who gave them. */
  anonymous: Scalars['Boolean']['output'];
  /** Closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Closes at. */
  closesAt: Scalars['DateTime']['output'];
  /** Created. */
  createdAt: Scalars['DateTime']['output'];
  /** Description. */
  description: Scalars['String']['output'];
  /**
   * The answers as .xlsx for officers once results may be seen:
   * `GET /export/survey-responses.xlsx?survey=<id>` (anonymous surveys: shuffled rows, no
   * respondent column); null otherwise.
   */
  exportUrl?: Maybe<Scalars['String']['output']>;
  /** Id. */
  id: Scalars['ID']['output'];
  /** The viewer's own part. */
  myStatus: MySurveyStatus;
  /** Opens at. */
  opensAt: Scalars['DateTime']['output'];
  /** The issuing org's id. */
  orgId: Scalars['ID']['output'];
  /** The issuing org's name. */
  orgName: Scalars['String']['output'];
  /** The questions, in order. */
  questions: Array<SurveyQuestion>;
  /** When results may be seen. */
  resultsVisibility: ResultsVisibility;
  /** Whether results may be seen now (`surveyResults` answers them). */
  resultsVisible: Scalars['Boolean']['output'];
  /** Where it stands. */
  status: SurveyStatus;
  /** Title. */
  title: Scalars['String']['output'];
  /** The turnout: for officers at any time, for everyone after the close (null otherwise). */
  turnout?: Maybe<SurveyTurnout>;
  /** The viewer may close it and remind those who have not responded. */
  viewerCanManage: Scalars['Boolean']['output'];
  /** The viewer sees the live turnout, the results when visible and the export. */
  viewerIsOfficer: Scalars['Boolean']['output'];
};

/**
 * One answer of `submitSurveyResponse`: `optionIds` for choice questions, `rating` for rating
 * questions, `text` for text questions.
 */
export type SurveyAnswerInput = {
  /** The chosen options (choice questions). */
  optionIds?: Array<Scalars['ID']['input']>;
  /** The question. */
  questionId: Scalars['ID']['input'];
  /** The rating (rating questions). */
  rating?: InputMaybe<Scalars['Int']['input']>;
  /** The text (text questions). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Who is asked: members placed in the orgs (with their sub-trees), narrowed by lines, roles
 * and political statuses when given (with no orgs the whole tenant is narrowed, which needs
 * tenant-wide rights), plus `memberIds`. Frozen when the survey opens.
 */
export type SurveyAudienceInput = {
  /** Only members of these lines. */
  lines?: Array<OrgLine>;
  /** These members too. */
  memberIds?: Array<Scalars['ID']['input']>;
  /** Orgs, each with its sub-tree. */
  orgIds?: Array<Scalars['ID']['input']>;
  /** Only members of these political statuses. */
  politicalStatuses?: Array<PoliticalStatus>;
  /** Only holders of these roles (role template names). */
  roles?: Array<Scalars['String']['input']>;
};

/** Responses choosing one option. */
export type SurveyChoiceCount = {
  __typename?: 'SurveyChoiceCount';
  /** Responses choosing it. */
  count: Scalars['Int']['output'];
  /** The option. */
  option: SurveyOption;
};

/** A page of surveys. */
export type SurveyConnection = {
  __typename?: 'SurveyConnection';
  /** Items with cursors. */
  edges: Array<SurveyEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A survey with its cursor. */
export type SurveyEdge = {
  __typename?: 'SurveyEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The survey. */
  node: Survey;
};

/** The form of `closeSurvey` and `remindSurveyRespondents`. */
export type SurveyIdInput = {
  /** The survey. */
  surveyId: Scalars['ID']['input'];
};

/** One option of a choice question. */
export type SurveyOption = {
  __typename?: 'SurveyOption';
  /** Id. */
  id: Scalars['ID']['output'];
  /** Label. */
  label: Scalars['String']['output'];
};

/** The result of `createSurvey`, `submitSurveyResponse` and `closeSurvey`. */
export type SurveyPayload = {
  __typename?: 'SurveyPayload';
  /** The survey as it is now. */
  survey: Survey;
};

/** One question. */
export type SurveyQuestion = {
  __typename?: 'SurveyQuestion';
  /** Id. */
  id: Scalars['ID']['output'];
  /** What it asks for. */
  kind: SurveyQuestionKind;
  /** Most options (multiple choice). */
  maxChoices?: Maybe<Scalars['Int']['output']>;
  /** The high end's label (rating). */
  maxLabel?: Maybe<Scalars['String']['output']>;
  /** Fewest options (multiple choice). */
  minChoices?: Maybe<Scalars['Int']['output']>;
  /** The low end's label (rating). */
  minLabel?: Maybe<Scalars['String']['output']>;
  /** The options (choice questions), in order. */
  options: Array<SurveyOption>;
  /** Its place, from 0. */
  position: Scalars['Int']['output'];
  /** Whether an answer is required. */
  required: Scalars['Boolean']['output'];
  /** The scale's high end (rating). */
  scaleMax?: Maybe<Scalars['Int']['output']>;
  /** The scale's low end (rating). */
  scaleMin?: Maybe<Scalars['Int']['output']>;
  /** The question. */
  title: Scalars['String']['output'];
};

/** One question of `createSurvey`. */
export type SurveyQuestionInput = {
  /** What it asks for. */
  kind: SurveyQuestionKind;
  /** Most options (multiple choice only; default all). */
  maxChoices?: InputMaybe<Scalars['Int']['input']>;
  /** The high end's label, at most 20 characters (rating only), e.g. 非常满意. */
  maxLabel?: InputMaybe<Scalars['String']['input']>;
  /** Fewest options (multiple choice only; default 1). */
  minChoices?: InputMaybe<Scalars['Int']['input']>;
  /** The low end's label, at most 20 characters (rating only), e.g. 很不满意. */
  minLabel?: InputMaybe<Scalars['String']['input']>;
  /**
   * Option labels for choice questions: 2–50, distinct, each 1–100 characters; none for
   * other kinds.
   */
  options?: Array<Scalars['String']['input']>;
  /** Whether an answer is required (default true). */
  required?: Scalars['Boolean']['input'];
  /** The scale's high end, 2–10 (rating only; default 5). */
  scaleMax?: InputMaybe<Scalars['Int']['input']>;
  /** The scale's low end, 0 or 1 (rating only; default 1). */
  scaleMin?: InputMaybe<Scalars['Int']['input']>;
  /** The question, 1–200 characters. */
  title: Scalars['String']['input'];
};

/** What a question asks for. */
export type SurveyQuestionKind =
  /** 问答题: several lines, at most 2,000 characters. */
  | 'LONG_TEXT'
  /** 多选题: between `minChoices` and `maxChoices` options. */
  | 'MULTIPLE_CHOICE'
  /** 评分题: a whole number from `scaleMin` to `scaleMax`. */
  | 'RATING'
  /** 填空题: one line, at most 200 characters. */
  | 'SHORT_TEXT'
  /** 单选题: one option. */
  | 'SINGLE_CHOICE';

/** The results of one question. */
export type SurveyQuestionResult = {
  __typename?: 'SurveyQuestionResult';
  /** Responses that answered it. */
  answered: Scalars['Int']['output'];
  /** Per option (choice questions), in order. */
  choices: Array<SurveyChoiceCount>;
  /** The mean rating, to two places (rating questions with answers). */
  mean?: Maybe<Scalars['Float']['output']>;
  /** The question. */
  question: SurveyQuestion;
  /** Per scale value (rating questions), low to high. */
  ratings: Array<SurveyRatingCount>;
  /** The text answers (text questions); shuffled for anonymous surveys. */
  texts: Array<Scalars['String']['output']>;
};

/** Responses giving one rating. */
export type SurveyRatingCount = {
  __typename?: 'SurveyRatingCount';
  /** Responses giving it. */
  count: Scalars['Int']['output'];
  /** The rating. */
  value: Scalars['Int']['output'];
};

/** The results of a survey. */
export type SurveyResults = {
  __typename?: 'SurveyResults';
  /** Per question, in order. */
  questions: Array<SurveyQuestionResult>;
  /** Responses counted. */
  responses: Scalars['Int']['output'];
  /** The survey. */
  survey: Survey;
};

/** Where a survey stands. */
export type SurveyStatus =
  /** 已结束. */
  | 'CLOSED'
  /** 进行中. */
  | 'OPEN'
  /** 未开始: opens at `opensAt`. */
  | 'SCHEDULED';

/** How many are asked and how many have responded. */
export type SurveyTurnout = {
  __typename?: 'SurveyTurnout';
  /** Members asked (frozen at the opening). */
  eligible: Scalars['Int']['output'];
  /** Members who have responded. */
  responded: Scalars['Int']['output'];
  /** The survey. */
  surveyId: Scalars['ID']['output'];
};

export type TaskBoard = {
  __typename?: 'TaskBoard';
  /**
   * The columns: REPORTED, ACCEPTED, DISPATCHED, IN_PROGRESS, FEEDBACK, CLOSED, RATED,
   * CANCELLED.
   */
  columns: Array<TaskBoardColumn>;
  /** The org. */
  orgId: Scalars['ID']['output'];
};

export type TaskBoardCard = {
  __typename?: 'TaskBoardCard';
  /**
   * What the viewer may do now (from the state and the viewer's grid rights at the board's
   * org); empty for task cards.
   */
  actions: Array<GridCaseAction>;
  /** Who works on it: the member or org a case is dispatched to, a task's receiving org. */
  assigneeName?: Maybe<Scalars['String']['output']>;
  /** The case's ID (case cards). */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** The case's category name. */
  categoryName?: Maybe<Scalars['String']['output']>;
  /**
   * The deadline that runs now: acceptance while reported, resolution once dispatched, the
   * task's deadline until it reports; none otherwise.
   */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The case's grid, or the task's receiving org. */
  gridId?: Maybe<Scalars['ID']['output']>;
  /** Its name. */
  gridName?: Maybe<Scalars['String']['output']>;
  /** A case card's ID is the case's ID; a task card's is `"<task ID>:<org ID>"`. */
  id: Scalars['ID']['output'];
  /** Case or task. */
  kind: TaskBoardCardKind;
  /** Readable number (`WG-2026-000123`, `DB-2026-000012`). */
  number: Scalars['String']['output'];
  /** Whether that deadline has passed (at read time). */
  overdue: Scalars['Boolean']['output'];
  /** Seconds until the deadline at read time; negative once overdue (by that much). */
  secondsLeft?: Maybe<Scalars['Int']['output']>;
  /** The column it stands in (a task's DISPATCHED, FEEDBACK or CLOSED). */
  state: GridCaseState;
  /** The task's ID (task cards). */
  taskId?: Maybe<Scalars['ID']['output']>;
  /** A signed link to the case's first photo, valid for a limited time. */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
};

/** Whether a board card is a case or a supervision task at one receiving org. */
export type TaskBoardCardKind =
  /** A case (案件). */
  | 'CASE'
  /** A supervision task at one receiving org (督办任务). */
  | 'TASK';

export type TaskBoardChange = {
  __typename?: 'TaskBoardChange';
  /** The card now. */
  card: TaskBoardCard;
  /** The column it left (none for a new card). */
  fromState?: Maybe<GridCaseState>;
  /** How it moved. */
  kind: TaskBoardChangeKind;
  /** The column it is in now. */
  toState: GridCaseState;
};

/** How a card moved on the board. */
export type TaskBoardChangeKind =
  /** A new card: a case reported, a task issued to an org. */
  | 'CREATED'
  /** The card moved from `fromState` to `toState` (or was dispatched again). */
  | 'MOVED'
  /** The card's deadline passed (督办). */
  | 'OVERDUE'
  /** The card stayed in its column: deadline extended, warned, escalated. */
  | 'UPDATED';

export type TaskBoardColumn = {
  __typename?: 'TaskBoardColumn';
  /** This page of cards, earliest deadline first (cards without one last). */
  cards: Array<TaskBoardCard>;
  /** Cards in the column under the filter (all pages). */
  count: Scalars['Int']['output'];
  /** Pass as `after` to `taskBoardColumn` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more cards follow. */
  hasMore: Scalars['Boolean']['output'];
  /** Its Chinese label (待立案, 处置中, …). */
  label: Scalars['String']['output'];
  /** Of which overdue. */
  overdueCount: Scalars['Int']['output'];
  /** The state. */
  state: GridCaseState;
};

/** What the board shows; every part is optional and they combine. */
export type TaskBoardFilter = {
  /**
   * Only cases dispatched to this member or org (a `Member` or `Organization` ID), and the
   * tasks of this org.
   */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cases of these categories (task cards have none and drop out; at most 20). */
  categoryKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only these grids (each must lie under the board's org, else `NOT_FOUND`; at most 200). */
  gridIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only cards whose deadline has passed. */
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** An enterprise using Tongxin. */
export type Tenant = {
  __typename?: 'Tenant';
  /** When the tenant signed up. */
  createdAt: Scalars['DateTime']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Whether members are emailed when they log in from a device they have not used before. */
  loginAlerts: Scalars['Boolean']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** URL-safe unique name used at login. */
  slug: Scalars['String']['output'];
  /** `active` or `suspended`. */
  status: Scalars['String']['output'];
  /** Time zone used for dates shown to members (IANA name). */
  timeZone: Scalars['String']['output'];
};

/** A page of tenants (platform operators). */
export type TenantConnection = {
  __typename?: 'TenantConnection';
  /** Items with cursors. */
  edges: Array<TenantEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of tenants (platform operators). */
export type TenantEdge = {
  __typename?: 'TenantEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: TenantSummary;
};

/** A tenant as platform operators see it. */
export type TenantSummary = {
  __typename?: 'TenantSummary';
  /** Signed up. */
  createdAt: Scalars['DateTime']['output'];
  /** Tenant id (plain UUID; operators act outside tenants). */
  id: Scalars['String']['output'];
  /** Active members. */
  memberCount: Scalars['Int']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Slug. */
  slug: Scalars['String']['output'];
  /** `active` or `suspended`. */
  status: Scalars['String']['output'];
};

/** An introduction letter (介绍信) as its sender sees it. */
export type TransferLetter = {
  __typename?: 'TransferLetter';
  /** Accepted. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The code the receiving org types in. */
  code: Scalars['String']['output'];
  /** Across provinces (the longer validity of `transfer.letter`). */
  crossProvince: Scalars['Boolean']['output'];
  /** Exactly what crosses to the receiving tenant (the fields of `transfer.crossing`). */
  crossing: Scalars['JSON']['output'];
  /** Addressed to (as written). */
  destination: Scalars['String']['output'];
  /** Dues paid through this month (`YYYY-MM`). */
  duesPaidThrough?: Maybe<Scalars['String']['output']>;
  /** The sending org. */
  fromOrgId: Scalars['ID']['output'];
  /** Its name. */
  fromOrgName: Scalars['String']['output'];
  /** Global ID. */
  id: Scalars['ID']['output'];
  /** Issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** `PARTY`, `UNION` or `YOUTH`. */
  line: Scalars['String']['output'];
  /** The member. */
  memberId: Scalars['ID']['output'];
  /** Their name. */
  memberName: Scalars['String']['output'];
  /** Note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The receipt (回执): `{tenant, org, acceptedAt}` of the receiving side. */
  receipt?: Maybe<Scalars['JSON']['output']>;
  /** Where it stands. */
  status: TransferLetterStatus;
  /** Valid until. */
  validUntil: Scalars['DateTime']['output'];
};

/** Where a letter stands. */
export type TransferLetterStatus =
  /** Accepted: the receipt is in. */
  | 'ACCEPTED'
  /** Cancelled by the sender. */
  | 'CANCELLED'
  /** Issued and past its validity: it can no longer be accepted. */
  | 'EXPIRED'
  /** Issued, valid, not yet accepted. */
  | 'ISSUED';

/** Where a transition stands. */
export type TransitionStatus =
  /** Approved: the member moved on. */
  | 'APPROVED'
  /** Waiting for the upper org. */
  | 'PENDING_APPROVAL'
  /** In its 公示: branch members may object. */
  | 'PUBLICIZING'
  /** Refused by the upper org. */
  | 'REFUSED'
  /** Withdrawn by the branch. */
  | 'WITHDRAWN';

/** The viewer's union e-member card. */
export type UnionCard = {
  __typename?: 'UnionCard';
  /** Signed identity to show as a QR code (valid two minutes; fetch again before). */
  code: Scalars['String']['output'];
  /** When the code stops being accepted. */
  expiresAt: Scalars['DateTime']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Union org. */
  orgName: Scalars['String']['output'];
  /** Enterprise. */
  tenantName: Scalars['String']['output'];
};

/** Input of `updateConversation`; absent fields stay as they are. */
export type UpdateConversationInput = {
  /** Only admins post. */
  broadcastOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Conversation. */
  conversationId: Scalars['ID']['input'];
  /** The pinned notice (群公告), at most 2000 characters; an empty text removes it. */
  pinnedNotice?: InputMaybe<Scalars['String']['input']>;
  /** New name (custom groups only). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** New time, place or agenda. */
export type UpdateMeetingInput = {
  /** Agenda. */
  agenda?: InputMaybe<Scalars['String']['input']>;
  /** End. */
  endsAt: Scalars['DateTime']['input'];
  /** Check-in area (none to remove it). */
  geofence?: InputMaybe<GeofenceInput>;
  /** Place. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The meeting. */
  meetingId: Scalars['ID']['input'];
  /** Start. */
  startsAt: Scalars['DateTime']['input'];
  /** Title. */
  title: Scalars['String']['input'];
};

/** Input of `updateMember`. */
export type UpdateMemberInput = {
  /** Member. */
  id: Scalars['ID']['input'];
  /** Fields to change. */
  patch: MemberInput;
};

/** Input of `updateTenantSettings`. */
export type UpdateTenantSettingsInput = {
  /** Email members when they log in from a device they have not used before. */
  loginAlerts?: InputMaybe<Scalars['Boolean']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone dates are shown in, e.g. `Asia/Shanghai`. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** A header an upload must carry. */
export type UploadHeader = {
  __typename?: 'UploadHeader';
  /** Header name. */
  name: Scalars['String']['output'];
  /** Value. */
  value: Scalars['String']['output'];
};

/** Where to send a file's bytes. */
export type UploadTarget = {
  __typename?: 'UploadTarget';
  /** The new file, `PENDING`. */
  file: File;
  /** Headers the request must carry. */
  headers: Array<UploadHeader>;
  /** Always `PUT`. */
  method: Scalars['String']['output'];
  /**
   * Call `completeUpload` after the PUT (direct uploads to S3); the API's own route
   * completes by itself.
   */
  needsCompletion: Scalars['Boolean']['output'];
  /**
   * `PUT` the bytes here: a presigned S3 URL, or this API's `/files/{id}/content` (send the
   * session cookie or the `Authorization` header). Valid for 15 minutes.
   */
  url: Scalars['String']['output'];
};

/** A verified union card. */
export type VerifiedUnionCard = {
  __typename?: 'VerifiedUnionCard';
  /** The member's name. */
  name: Scalars['String']['output'];
  /** Their union org. */
  orgName: Scalars['String']['output'];
};

/** Who is signed in, and where. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The roles the viewer holds, with their scopes. */
  grants: Array<Grant>;
  /** The signed-in member (null for API keys). */
  member?: Maybe<Member>;
  /**
   * What the viewer may do tenant-wide, as `object:act` (e.g. `member:write`); for menus —
   * every action is still checked where it happens, and grants on org sub-trees add more.
   */
  permissions: Array<Scalars['String']['output']>;
  /**
   * What the viewer may do tenant-wide or in at least one org their roles cover, as
   * `object:act` (e.g. `notice:write` for a branch secretary); for menus.
   */
  permissionsAnywhere: Array<Scalars['String']['output']>;
  /** The tenant the session belongs to. */
  tenant: Tenant;
  /** How many of the viewer's notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
};

export type Vote = {
  __typename?: 'Vote';
  /** Secret ballot. */
  anonymous: Scalars['Boolean']['output'];
  /** Closed. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Closes at. */
  closesAt: Scalars['DateTime']['output'];
  /** Created. */
  createdAt: Scalars['DateTime']['output'];
  /** Description. */
  description: Scalars['String']['output'];
  /**
   * The tally as CSV (options and counts, the turnout and validity — never a ballot or a
   * voter) once results may be seen: `GET /export/vote-tally.csv?vote=<id>`.
   */
  exportUrl?: Maybe<Scalars['String']['output']>;
  /** Id. */
  id: Scalars['ID']['output'];
  /** Why the result does not stand, citing the rule and its source. */
  invalidReason?: Maybe<Scalars['String']['output']>;
  /** What it decides. */
  kind: VoteKind;
  /** Most options a ballot holds. */
  maxChoices: Scalars['Int']['output'];
  /** The meeting it is held at. */
  meetingId?: Maybe<Scalars['ID']['output']>;
  /** Fewest options a ballot holds. */
  minChoices: Scalars['Int']['output'];
  /** The viewer's own part. */
  myStatus: MyVoteStatus;
  /**
   * Who has not voted, by name: for officers of named votes; null for anonymous votes
   * (their officers see only the count, `turnout`).
   */
  nonVoters?: Maybe<VoteNonVoterConnection>;
  /** Opens at. */
  opensAt: Scalars['DateTime']['output'];
  /** The options, in order. */
  options: Array<VoteOption>;
  /** The issuing org's id. */
  orgId: Scalars['ID']['output'];
  /** The issuing org's name. */
  orgName: Scalars['String']['output'];
  /**
   * After the close, the receipts counted — each as the SHA-256 of the receipt in hex, in hex
   * order — so that every voter can find theirs; empty before.
   */
  receipts: VoteReceiptConnection;
  /**
   * Ballots per option when visible by the rule (`LIVE`: always; `AFTER_CLOSE`: after the
   * close only, for everyone); null otherwise.
   */
  results?: Maybe<Array<VoteResult>>;
  /** When results may be seen. */
  resultsVisibility: ResultsVisibility;
  /** 应选人数. */
  seats?: Maybe<Scalars['Int']['output']>;
  /** Where it stands. */
  status: VoteStatus;
  /** Title. */
  title: Scalars['String']['output'];
  /** The turnout: for officers at any time, for everyone after the close (null otherwise). */
  turnout?: Maybe<VoteTurnout>;
  /**
   * After the close: whether the result stands (an election held at a meeting needs its
   * quorum); null before.
   */
  valid?: Maybe<Scalars['Boolean']['output']>;
  /** The viewer may close it and remind the voters. */
  viewerCanManage: Scalars['Boolean']['output'];
  /** The viewer sees the live turnout. */
  viewerIsOfficer: Scalars['Boolean']['output'];
};


export type VoteNonVotersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};


export type VoteReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
};

/** A page of votes. */
export type VoteConnection = {
  __typename?: 'VoteConnection';
  /** Items with cursors. */
  edges: Array<VoteEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A vote with its cursor. */
export type VoteEdge = {
  __typename?: 'VoteEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The vote. */
  node: Vote;
};

/** What a vote decides. */
export type VoteKind =
  /**
   * 选举: 差额 (candidates exceed seats by the `vote.election.competitive` share); held at a
   * meeting, it needs the `meeting.quorum` election turnout to be valid.
   */
  | 'ELECTION'
  /** 投票: a poll on options. */
  | 'POLL'
  /** 民主推荐: candidates for seats; more candidates than seats. */
  | 'RECOMMENDATION';

/** A member who has not voted (named votes only). */
export type VoteNonVoter = {
  __typename?: 'VoteNonVoter';
  /** The member's id. */
  memberId: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Their org. */
  orgName: Scalars['String']['output'];
  /** Reminders sent to them. */
  remindedCount: Scalars['Int']['output'];
};

/** A page of the members who have not voted, by member. */
export type VoteNonVoterConnection = {
  __typename?: 'VoteNonVoterConnection';
  /** Items with cursors. */
  edges: Array<VoteNonVoterEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of the members who have not voted, by member. */
export type VoteNonVoterEdge = {
  __typename?: 'VoteNonVoterEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: VoteNonVoter;
};

/** One option (candidate). */
export type VoteOption = {
  __typename?: 'VoteOption';
  /** Id. */
  id: Scalars['ID']['output'];
  /** Label. */
  label: Scalars['String']['output'];
};

/** The result of `createVote` and `closeVote`. */
export type VotePayload = {
  __typename?: 'VotePayload';
  /** The vote as it is now. */
  vote: Vote;
};

/** A page of the receipts counted, as their SHA-256 in hex, in hex order. */
export type VoteReceiptConnection = {
  __typename?: 'VoteReceiptConnection';
  /** Items with cursors. */
  edges: Array<VoteReceiptEdge>;
  /** Paging. */
  pageInfo: PageInfo;
};

/** A page of the receipts counted, as their SHA-256 in hex, in hex order. */
export type VoteReceiptEdge = {
  __typename?: 'VoteReceiptEdge';
  /** Its cursor. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: Scalars['String']['output'];
};

/** Ballots for one option. */
export type VoteResult = {
  __typename?: 'VoteResult';
  /** The option. */
  option: VoteOption;
  /** Ballots holding it. */
  votes: Scalars['Int']['output'];
};

/** Where a vote stands. */
export type VoteStatus =
  /** 已结束: the tally is published. */
  | 'CLOSED'
  /** 进行中. */
  | 'OPEN'
  /** 未开始: opens at `opensAt`. */
  | 'SCHEDULED';

/** How many may vote and how many have. */
export type VoteTurnout = {
  __typename?: 'VoteTurnout';
  /** Members in the electorate (frozen at the opening). */
  eligible: Scalars['Int']['output'];
  /** The vote. */
  voteId: Scalars['ID']['output'];
  /** Members who have voted. */
  voted: Scalars['Int']['output'];
};

/** Input of `withdrawNotice`. */
export type WithdrawNoticeInput = {
  /** The notice. */
  noticeId: Scalars['ID']['input'];
  /** Why (required for a published notice; recipients see it), at most 500 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Withdrawing a proposal. */
export type WithdrawStageTransitionInput = {
  /** The transition. */
  transitionId: Scalars['ID']['input'];
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', permissions: Array<string>, permissionsAnywhere: Array<string>, member?: { __typename?: 'Member', id: string, name: string, email?: string | null } | null, tenant: { __typename?: 'Tenant', id: string, slug: string, name: string, timeZone: string, loginAlerts: boolean }, grants: Array<{ __typename?: 'Grant', id: string, role: string, scope: string }> } };

export type OrganizationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  line?: InputMaybe<OrgLine>;
}>;


export type OrganizationsQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationConnection', edges: Array<{ __typename?: 'OrganizationEdge', node: { __typename?: 'Organization', id: string, name: string, line: OrgLine, kind: OrgKind, kindLabel: string, path: string, depth: number, isJoint: boolean, isVirtual: boolean, archivedAt?: string | null, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MemberSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberSearchQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', edges: Array<{ __typename?: 'MemberEdge', node: { __typename?: 'Member', id: string, name: string, organization?: { __typename?: 'Organization', name: string } | null } }> } };

export type MemberNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberNameQuery = { __typename?: 'Query', node:
    | { __typename?: 'GridCase', id: string }
    | { __typename?: 'Meeting', id: string }
    | { __typename?: 'Member', name: string, id: string, organization?: { __typename?: 'Organization', name: string } | null }
    | { __typename?: 'Notice', id: string }
    | { __typename?: 'Organization', id: string }
    | { __typename?: 'SupervisionTask', id: string }
   };

export type BeginUploadMutationVariables = Exact<{
  input: BeginUploadInput;
}>;


export type BeginUploadMutation = { __typename?: 'Mutation', beginUpload: { __typename?: 'UploadTarget', url: string, method: string, needsCompletion: boolean, file: { __typename?: 'File', id: string, name: string, contentType: string, size: number, status: string, isImage: boolean }, headers: Array<{ __typename?: 'UploadHeader', name: string, value: string }> } };

export type CompleteUploadMutationVariables = Exact<{
  fileId: Scalars['ID']['input'];
}>;


export type CompleteUploadMutation = { __typename?: 'Mutation', completeUpload: { __typename?: 'File', id: string, name: string, contentType: string, size: number, status: string, isImage: boolean } };

export type FileUrlQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FileUrlQuery = { __typename?: 'Query', file: { __typename?: 'FileWithUrl', url: string } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, name: string, prefix: string, role: string, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: IdInput;
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: boolean };

export type AuditLogQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  action?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditLogQuery = { __typename?: 'Query', auditChainBreak?: number | null, auditLog: { __typename?: 'AuditEntryConnection', edges: Array<{ __typename?: 'AuditEntryEdge', cursor: string, node: { __typename?: 'AuditEntry', seq: number, at: string, actorKind: string, actorName?: string | null, action: string, objectType: string, objectId?: string | null, result: string, requestId?: string | null, ip?: string | null, detail: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type LastMessageFieldsFragment = { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, conversationId: string, author: { __typename?: 'Author', id: string, name: string } };

export type ChatMessageFieldsFragment = { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, recalledBy?: string | null, conversationId: string, mentionIds: Array<string>, mentionsAll: boolean, mentionsViewer: boolean, author: { __typename?: 'Author', id: string, name: string }, attachment?: { __typename?: 'Attachment', id: string, name: string, contentType: string, size: number, isImage: boolean, url: string } | null, readCount?: { __typename?: 'ReadCount', read: number, of: number } | null };

export type ConversationFieldsFragment = { __typename?: 'Conversation', id: string, kind: string, title: string, unreadCount: number, lastSeq: number, broadcastOnly: boolean, pinnedNotice?: string | null, viewerIsAdmin: boolean, lastMessage?: { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, conversationId: string, author: { __typename?: 'Author', id: string, name: string } } | null, organization?: { __typename?: 'ConversationOrganization', id: string } | null };

export type ConversationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationsQuery = { __typename?: 'Query', conversations: { __typename?: 'ConversationConnection', edges: Array<{ __typename?: 'ConversationEdge', cursor: string, node: { __typename?: 'Conversation', id: string, kind: string, title: string, unreadCount: number, lastSeq: number, broadcastOnly: boolean, pinnedNotice?: string | null, viewerIsAdmin: boolean, lastMessage?: { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, conversationId: string, author: { __typename?: 'Author', id: string, name: string } } | null, organization?: { __typename?: 'ConversationOrganization', id: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ChatUnreadQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type ChatUnreadQuery = { __typename?: 'Query', conversations: { __typename?: 'ConversationConnection', edges: Array<{ __typename?: 'ConversationEdge', node: { __typename?: 'Conversation', id: string, unreadCount: number } }> } };

export type ChatMessagesQueryVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  beforeSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type ChatMessagesQuery = { __typename?: 'Query', messages: Array<{ __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, recalledBy?: string | null, conversationId: string, mentionIds: Array<string>, mentionsAll: boolean, mentionsViewer: boolean, author: { __typename?: 'Author', id: string, name: string }, attachment?: { __typename?: 'Attachment', id: string, name: string, contentType: string, size: number, isImage: boolean, url: string } | null, readCount?: { __typename?: 'ReadCount', read: number, of: number } | null }> };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', message: { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, recalledBy?: string | null, conversationId: string, mentionIds: Array<string>, mentionsAll: boolean, mentionsViewer: boolean, author: { __typename?: 'Author', id: string, name: string }, attachment?: { __typename?: 'Attachment', id: string, name: string, contentType: string, size: number, isImage: boolean, url: string } | null, readCount?: { __typename?: 'ReadCount', read: number, of: number } | null } } };

export type MarkConversationReadMutationVariables = Exact<{
  input: MarkConversationReadInput;
}>;


export type MarkConversationReadMutation = { __typename?: 'Mutation', markConversationRead: boolean };

export type MessageAddedSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  afterSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type MessageAddedSubscription = { __typename?: 'Subscription', messageAdded: { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, recalledBy?: string | null, conversationId: string, mentionIds: Array<string>, mentionsAll: boolean, mentionsViewer: boolean, author: { __typename?: 'Author', id: string, name: string }, attachment?: { __typename?: 'Attachment', id: string, name: string, contentType: string, size: number, isImage: boolean, url: string } | null, readCount?: { __typename?: 'ReadCount', read: number, of: number } | null } };

export type MessageChangedSubscriptionVariables = Exact<{
  conversationId: Scalars['ID']['input'];
}>;


export type MessageChangedSubscription = { __typename?: 'Subscription', messageChanged: { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, recalledBy?: string | null, conversationId: string, mentionIds: Array<string>, mentionsAll: boolean, mentionsViewer: boolean, author: { __typename?: 'Author', id: string, name: string }, attachment?: { __typename?: 'Attachment', id: string, name: string, contentType: string, size: number, isImage: boolean, url: string } | null, readCount?: { __typename?: 'ReadCount', read: number, of: number } | null } };

export type ConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConversationQuery = { __typename?: 'Query', conversation: { __typename?: 'Conversation', id: string, kind: string, title: string, unreadCount: number, lastSeq: number, broadcastOnly: boolean, pinnedNotice?: string | null, viewerIsAdmin: boolean, lastMessage?: { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, conversationId: string, author: { __typename?: 'Author', id: string, name: string } } | null, organization?: { __typename?: 'ConversationOrganization', id: string } | null } };

export type ConversationMembersQueryVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type ConversationMembersQuery = { __typename?: 'Query', conversationMembers: { __typename?: 'ParticipantPage', totalCount: number, items: Array<{ __typename?: 'Participant', id: string, name: string, isAdmin: boolean, muted: boolean, mutedUntil?: string | null }> } };

export type SearchMessagesQueryVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  query: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  beforeSeq?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchMessagesQuery = { __typename?: 'Query', searchMessages: Array<{ __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, recalledBy?: string | null, conversationId: string, mentionIds: Array<string>, mentionsAll: boolean, mentionsViewer: boolean, author: { __typename?: 'Author', id: string, name: string }, attachment?: { __typename?: 'Attachment', id: string, name: string, contentType: string, size: number, isImage: boolean, url: string } | null, readCount?: { __typename?: 'ReadCount', read: number, of: number } | null }> };

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = { __typename?: 'Mutation', createGroup: { __typename?: 'Conversation', id: string, kind: string, title: string, unreadCount: number, lastSeq: number, broadcastOnly: boolean, pinnedNotice?: string | null, viewerIsAdmin: boolean, lastMessage?: { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, conversationId: string, author: { __typename?: 'Author', id: string, name: string } } | null, organization?: { __typename?: 'ConversationOrganization', id: string } | null } };

export type OpenDirectConversationMutationVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type OpenDirectConversationMutation = { __typename?: 'Mutation', openDirectConversation: { __typename?: 'Conversation', id: string, kind: string, title: string, unreadCount: number, lastSeq: number, broadcastOnly: boolean, pinnedNotice?: string | null, viewerIsAdmin: boolean, lastMessage?: { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, conversationId: string, author: { __typename?: 'Author', id: string, name: string } } | null, organization?: { __typename?: 'ConversationOrganization', id: string } | null } };

export type AddConversationMembersMutationVariables = Exact<{
  input: AddConversationMembersInput;
}>;


export type AddConversationMembersMutation = { __typename?: 'Mutation', addConversationMembers: number };

export type RemoveConversationMemberMutationVariables = Exact<{
  input: ConversationMemberInput;
}>;


export type RemoveConversationMemberMutation = { __typename?: 'Mutation', removeConversationMember: boolean };

export type SetConversationAdminMutationVariables = Exact<{
  input: SetConversationAdminInput;
}>;


export type SetConversationAdminMutation = { __typename?: 'Mutation', setConversationAdmin: boolean };

export type UpdateConversationMutationVariables = Exact<{
  input: UpdateConversationInput;
}>;


export type UpdateConversationMutation = { __typename?: 'Mutation', updateConversation: { __typename?: 'Conversation', id: string, kind: string, title: string, unreadCount: number, lastSeq: number, broadcastOnly: boolean, pinnedNotice?: string | null, viewerIsAdmin: boolean, lastMessage?: { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, conversationId: string, author: { __typename?: 'Author', id: string, name: string } } | null, organization?: { __typename?: 'ConversationOrganization', id: string } | null } };

export type RecallMessageMutationVariables = Exact<{
  input: MessageRefInput;
}>;


export type RecallMessageMutation = { __typename?: 'Mutation', recallMessage: { __typename?: 'Message', id: string, seq: number, body: string, createdAt: string, replyToSeq?: number | null, recalledAt?: string | null, recalledBy?: string | null, conversationId: string, mentionIds: Array<string>, mentionsAll: boolean, mentionsViewer: boolean, author: { __typename?: 'Author', id: string, name: string }, attachment?: { __typename?: 'Attachment', id: string, name: string, contentType: string, size: number, isImage: boolean, url: string } | null, readCount?: { __typename?: 'ReadCount', read: number, of: number } | null } };

export type MuteMemberMutationVariables = Exact<{
  input: MuteMemberInput;
}>;


export type MuteMemberMutation = { __typename?: 'Mutation', muteMember: boolean };

export type UnmuteMemberMutationVariables = Exact<{
  input: ConversationMemberInput;
}>;


export type UnmuteMemberMutation = { __typename?: 'Mutation', unmuteMember: boolean };

export type ReportMessageMutationVariables = Exact<{
  input: ReportMessageInput;
  content: ReportContentInput;
}>;


export type ReportMessageMutation = { __typename?: 'Mutation', reportMessage: boolean, reportContent: { __typename?: 'ReportContentPayload', newReport: boolean, hidden: boolean } };

export type ChatWordsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChatWordsQuery = { __typename?: 'Query', chatWords: Array<{ __typename?: 'ChatWord', word: string, action: ChatWordAction }> };

export type SetChatWordMutationVariables = Exact<{
  input: SetChatWordInput;
}>;


export type SetChatWordMutation = { __typename?: 'Mutation', setChatWord: { __typename?: 'ChatWord', word: string, action: ChatWordAction } };

export type RemoveChatWordMutationVariables = Exact<{
  word: Scalars['String']['input'];
}>;


export type RemoveChatWordMutation = { __typename?: 'Mutation', removeChatWord: boolean };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { __typename?: 'Query', dashboard: { __typename?: 'Dashboard', memberTotal: number, membersByLine: Array<{ __typename?: 'Count', key: string, count: number }>, membersByPoliticalStatus: Array<{ __typename?: 'Count', key: string, count: number }>, organizationsByLine: Array<{ __typename?: 'Count', key: string, count: number }> } };

export type DuesEntryFieldsFragment = { __typename?: 'DuesEntry', id: string, memberId: string, memberName: string, line: string, month: string, kind: string, amountFen: number, method?: string | null, receiptNo?: string | null, ruleKey?: string | null, baseFen?: number | null, note?: string | null, corrects?: string | null, recordedBy?: string | null, createdAt: string };

export type DuesBaseFieldsFragment = { __typename?: 'DuesBase', id: string, memberId: string, line: string, category: string, baseFen: number, fromMonth: string, newPayMonth?: string | null, source: string, createdAt: string };

export type DuesRollupQueryVariables = Exact<{
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  line: DuesLine;
  fromMonth: Scalars['String']['input'];
  toMonth: Scalars['String']['input'];
}>;


export type DuesRollupQuery = { __typename?: 'Query', duesRollup: Array<{ __typename?: 'DuesRollup', orgId?: string | null, orgName: string, month: string, billedFen: number, correctedFen: number, paidFen: number, membersBilled: number, membersPaid: number }> };

export type DuesArrearsQueryVariables = Exact<{
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  line: DuesLine;
}>;


export type DuesArrearsQuery = { __typename?: 'Query', duesArrears: Array<{ __typename?: 'DuesArrear', memberId: string, memberName: string, orgName: string, owedFen: number, monthsOwed: number, oldestMonth?: string | null, lapseWarning: boolean, lapseMonths: number }> };

export type DuesBasesQueryVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type DuesBasesQuery = { __typename?: 'Query', duesBases: Array<{ __typename?: 'DuesBase', id: string, memberId: string, line: string, category: string, baseFen: number, fromMonth: string, newPayMonth?: string | null, source: string, createdAt: string }> };

export type DuesStatementQueryVariables = Exact<{
  memberId: Scalars['ID']['input'];
  line: DuesLine;
}>;


export type DuesStatementQuery = { __typename?: 'Query', duesStatement: Array<{ __typename?: 'DuesEntry', id: string, memberId: string, memberName: string, line: string, month: string, kind: string, amountFen: number, method?: string | null, receiptNo?: string | null, ruleKey?: string | null, baseFen?: number | null, note?: string | null, corrects?: string | null, recordedBy?: string | null, createdAt: string }> };

export type DuesStandingQueryVariables = Exact<{
  memberId: Scalars['ID']['input'];
  line: DuesLine;
}>;


export type DuesStandingQuery = { __typename?: 'Query', duesStanding?: { __typename?: 'DuesStanding', paidThrough: string, fromTenantName: string } | null };

export type MyDuesQueryVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type MyDuesQuery = { __typename?: 'Query', party: Array<{ __typename?: 'DuesEntry', id: string, memberId: string, memberName: string, line: string, month: string, kind: string, amountFen: number, method?: string | null, receiptNo?: string | null, ruleKey?: string | null, baseFen?: number | null, note?: string | null, corrects?: string | null, recordedBy?: string | null, createdAt: string }>, union: Array<{ __typename?: 'DuesEntry', id: string, memberId: string, memberName: string, line: string, month: string, kind: string, amountFen: number, method?: string | null, receiptNo?: string | null, ruleKey?: string | null, baseFen?: number | null, note?: string | null, corrects?: string | null, recordedBy?: string | null, createdAt: string }>, youth: Array<{ __typename?: 'DuesEntry', id: string, memberId: string, memberName: string, line: string, month: string, kind: string, amountFen: number, method?: string | null, receiptNo?: string | null, ruleKey?: string | null, baseFen?: number | null, note?: string | null, corrects?: string | null, recordedBy?: string | null, createdAt: string }>, duesBases: Array<{ __typename?: 'DuesBase', id: string, memberId: string, line: string, category: string, baseFen: number, fromMonth: string, newPayMonth?: string | null, source: string, createdAt: string }> };

export type SetDuesBaseMutationVariables = Exact<{
  input: SetDuesBaseInput;
}>;


export type SetDuesBaseMutation = { __typename?: 'Mutation', setDuesBase: { __typename?: 'DuesBase', id: string, memberId: string, line: string, category: string, baseFen: number, fromMonth: string, newPayMonth?: string | null, source: string, createdAt: string } };

export type GenerateDuesBillsMutationVariables = Exact<{
  input: GenerateDuesBillsInput;
}>;


export type GenerateDuesBillsMutation = { __typename?: 'Mutation', generateDuesBills: { __typename?: 'GenerateDuesBillsPayload', written: number } };

export type RecordDuesPaymentMutationVariables = Exact<{
  input: RecordDuesPaymentInput;
}>;


export type RecordDuesPaymentMutation = { __typename?: 'Mutation', recordDuesPayment: { __typename?: 'DuesEntry', id: string, memberId: string, memberName: string, line: string, month: string, kind: string, amountFen: number, method?: string | null, receiptNo?: string | null, ruleKey?: string | null, baseFen?: number | null, note?: string | null, corrects?: string | null, recordedBy?: string | null, createdAt: string } };

export type RemindDuesArrearsMutationVariables = Exact<{
  input: RemindDuesArrearsInput;
}>;


export type RemindDuesArrearsMutation = { __typename?: 'Mutation', remindDuesArrears: { __typename?: 'RemindDuesArrearsPayload', reminded: number } };

export type CorrectDuesEntryMutationVariables = Exact<{
  input: CorrectDuesEntryInput;
}>;


export type CorrectDuesEntryMutation = { __typename?: 'Mutation', correctDuesEntry: { __typename?: 'DuesEntry', id: string, memberId: string, memberName: string, line: string, month: string, kind: string, amountFen: number, method?: string | null, receiptNo?: string | null, ruleKey?: string | null, baseFen?: number | null, note?: string | null, corrects?: string | null, recordedBy?: string | null, createdAt: string } };

export type ImportDuesBasesMutationVariables = Exact<{
  input: ImportDuesBasesInput;
}>;


export type ImportDuesBasesMutation = { __typename?: 'Mutation', importDuesBases: { __typename?: 'ImportDuesBasesPayload', total: number, imported: number, errors: Array<{ __typename?: 'ImportRowError', row: number, column: string, message: string }> } };

export type EvaluationCampaignFieldsFragment = { __typename?: 'EvaluationCampaign', id: string, orgId: string, orgName: string, year: number, title: string, stage: EvaluationStage, memberCount: number, selfAssessedCount: number, peerTurnout?: number | null, excellentCap: number, excellentProposed?: number | null, excellentDecided?: number | null, capWarning?: string | null, capRuleTitle: string, capRuleSource: string, viewerIsOfficer: boolean, viewerCanManage: boolean, viewerIsParticipant: boolean, viewerSelfAssessed: boolean, viewerPeerSubmitted: boolean, members: Array<{ __typename?: 'EvaluationMember', memberId: string, name: string, selfAssessment?: string | null, peerComments?: Array<string> | null, proposedGrade?: EvaluationGrade | null, proposedReason?: string | null, finalGrade?: EvaluationGrade | null, finalReason?: string | null, peerTally?: { __typename?: 'PeerTally', excellent: number, qualified: number, basicallyQualified: number, unqualified: number, total: number } | null }> };

export type MyEvaluationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEvaluationQuery = { __typename?: 'Query', myEvaluation: Array<{ __typename?: 'EvaluationCampaign', id: string, orgId: string, orgName: string, year: number, title: string, stage: EvaluationStage, memberCount: number, selfAssessedCount: number, peerTurnout?: number | null, excellentCap: number, excellentProposed?: number | null, excellentDecided?: number | null, capWarning?: string | null, capRuleTitle: string, capRuleSource: string, viewerIsOfficer: boolean, viewerCanManage: boolean, viewerIsParticipant: boolean, viewerSelfAssessed: boolean, viewerPeerSubmitted: boolean, members: Array<{ __typename?: 'EvaluationMember', memberId: string, name: string, selfAssessment?: string | null, peerComments?: Array<string> | null, proposedGrade?: EvaluationGrade | null, proposedReason?: string | null, finalGrade?: EvaluationGrade | null, finalReason?: string | null, peerTally?: { __typename?: 'PeerTally', excellent: number, qualified: number, basicallyQualified: number, unqualified: number, total: number } | null }> }> };

export type EvaluationCampaignsQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
}>;


export type EvaluationCampaignsQuery = { __typename?: 'Query', evaluationCampaigns: Array<{ __typename?: 'EvaluationCampaign', id: string, orgId: string, orgName: string, year: number, title: string, stage: EvaluationStage, memberCount: number, selfAssessedCount: number, peerTurnout?: number | null, excellentCap: number, excellentProposed?: number | null, excellentDecided?: number | null, capWarning?: string | null, capRuleTitle: string, capRuleSource: string, viewerIsOfficer: boolean, viewerCanManage: boolean, viewerIsParticipant: boolean, viewerSelfAssessed: boolean, viewerPeerSubmitted: boolean, members: Array<{ __typename?: 'EvaluationMember', memberId: string, name: string, selfAssessment?: string | null, peerComments?: Array<string> | null, proposedGrade?: EvaluationGrade | null, proposedReason?: string | null, finalGrade?: EvaluationGrade | null, finalReason?: string | null, peerTally?: { __typename?: 'PeerTally', excellent: number, qualified: number, basicallyQualified: number, unqualified: number, total: number } | null }> }> };

export type StartEvaluationMutationVariables = Exact<{
  input: StartEvaluationInput;
}>;


export type StartEvaluationMutation = { __typename?: 'Mutation', startEvaluation: { __typename?: 'EvaluationPayload', campaign: { __typename?: 'EvaluationCampaign', id: string, orgId: string, orgName: string, year: number, title: string, stage: EvaluationStage, memberCount: number, selfAssessedCount: number, peerTurnout?: number | null, excellentCap: number, excellentProposed?: number | null, excellentDecided?: number | null, capWarning?: string | null, capRuleTitle: string, capRuleSource: string, viewerIsOfficer: boolean, viewerCanManage: boolean, viewerIsParticipant: boolean, viewerSelfAssessed: boolean, viewerPeerSubmitted: boolean, members: Array<{ __typename?: 'EvaluationMember', memberId: string, name: string, selfAssessment?: string | null, peerComments?: Array<string> | null, proposedGrade?: EvaluationGrade | null, proposedReason?: string | null, finalGrade?: EvaluationGrade | null, finalReason?: string | null, peerTally?: { __typename?: 'PeerTally', excellent: number, qualified: number, basicallyQualified: number, unqualified: number, total: number } | null }> } } };

export type SubmitSelfAssessmentMutationVariables = Exact<{
  input: SubmitSelfAssessmentInput;
}>;


export type SubmitSelfAssessmentMutation = { __typename?: 'Mutation', submitSelfAssessment: { __typename?: 'EvaluationPayload', campaign: { __typename?: 'EvaluationCampaign', id: string, orgId: string, orgName: string, year: number, title: string, stage: EvaluationStage, memberCount: number, selfAssessedCount: number, peerTurnout?: number | null, excellentCap: number, excellentProposed?: number | null, excellentDecided?: number | null, capWarning?: string | null, capRuleTitle: string, capRuleSource: string, viewerIsOfficer: boolean, viewerCanManage: boolean, viewerIsParticipant: boolean, viewerSelfAssessed: boolean, viewerPeerSubmitted: boolean, members: Array<{ __typename?: 'EvaluationMember', memberId: string, name: string, selfAssessment?: string | null, peerComments?: Array<string> | null, proposedGrade?: EvaluationGrade | null, proposedReason?: string | null, finalGrade?: EvaluationGrade | null, finalReason?: string | null, peerTally?: { __typename?: 'PeerTally', excellent: number, qualified: number, basicallyQualified: number, unqualified: number, total: number } | null }> } } };

export type SubmitPeerRatingsMutationVariables = Exact<{
  input: SubmitPeerRatingsInput;
}>;


export type SubmitPeerRatingsMutation = { __typename?: 'Mutation', submitPeerRatings: { __typename?: 'EvaluationPayload', campaign: { __typename?: 'EvaluationCampaign', id: string, orgId: string, orgName: string, year: number, title: string, stage: EvaluationStage, memberCount: number, selfAssessedCount: number, peerTurnout?: number | null, excellentCap: number, excellentProposed?: number | null, excellentDecided?: number | null, capWarning?: string | null, capRuleTitle: string, capRuleSource: string, viewerIsOfficer: boolean, viewerCanManage: boolean, viewerIsParticipant: boolean, viewerSelfAssessed: boolean, viewerPeerSubmitted: boolean, members: Array<{ __typename?: 'EvaluationMember', memberId: string, name: string, selfAssessment?: string | null, peerComments?: Array<string> | null, proposedGrade?: EvaluationGrade | null, proposedReason?: string | null, finalGrade?: EvaluationGrade | null, finalReason?: string | null, peerTally?: { __typename?: 'PeerTally', excellent: number, qualified: number, basicallyQualified: number, unqualified: number, total: number } | null }> } } };

export type AdvanceEvaluationMutationVariables = Exact<{
  input: AdvanceEvaluationInput;
}>;


export type AdvanceEvaluationMutation = { __typename?: 'Mutation', advanceEvaluation: { __typename?: 'EvaluationPayload', campaign: { __typename?: 'EvaluationCampaign', id: string, orgId: string, orgName: string, year: number, title: string, stage: EvaluationStage, memberCount: number, selfAssessedCount: number, peerTurnout?: number | null, excellentCap: number, excellentProposed?: number | null, excellentDecided?: number | null, capWarning?: string | null, capRuleTitle: string, capRuleSource: string, viewerIsOfficer: boolean, viewerCanManage: boolean, viewerIsParticipant: boolean, viewerSelfAssessed: boolean, viewerPeerSubmitted: boolean, members: Array<{ __typename?: 'EvaluationMember', memberId: string, name: string, selfAssessment?: string | null, peerComments?: Array<string> | null, proposedGrade?: EvaluationGrade | null, proposedReason?: string | null, finalGrade?: EvaluationGrade | null, finalReason?: string | null, peerTally?: { __typename?: 'PeerTally', excellent: number, qualified: number, basicallyQualified: number, unqualified: number, total: number } | null }> } } };

export type ProposeGradesMutationVariables = Exact<{
  input: ProposeGradesInput;
}>;


export type ProposeGradesMutation = { __typename?: 'Mutation', proposeGrades: { __typename?: 'EvaluationPayload', campaign: { __typename?: 'EvaluationCampaign', id: string, orgId: string, orgName: string, year: number, title: string, stage: EvaluationStage, memberCount: number, selfAssessedCount: number, peerTurnout?: number | null, excellentCap: number, excellentProposed?: number | null, excellentDecided?: number | null, capWarning?: string | null, capRuleTitle: string, capRuleSource: string, viewerIsOfficer: boolean, viewerCanManage: boolean, viewerIsParticipant: boolean, viewerSelfAssessed: boolean, viewerPeerSubmitted: boolean, members: Array<{ __typename?: 'EvaluationMember', memberId: string, name: string, selfAssessment?: string | null, peerComments?: Array<string> | null, proposedGrade?: EvaluationGrade | null, proposedReason?: string | null, finalGrade?: EvaluationGrade | null, finalReason?: string | null, peerTally?: { __typename?: 'PeerTally', excellent: number, qualified: number, basicallyQualified: number, unqualified: number, total: number } | null }> } } };

export type DecideGradesMutationVariables = Exact<{
  input: DecideGradesInput;
}>;


export type DecideGradesMutation = { __typename?: 'Mutation', decideGrades: { __typename?: 'EvaluationPayload', campaign: { __typename?: 'EvaluationCampaign', id: string, orgId: string, orgName: string, year: number, title: string, stage: EvaluationStage, memberCount: number, selfAssessedCount: number, peerTurnout?: number | null, excellentCap: number, excellentProposed?: number | null, excellentDecided?: number | null, capWarning?: string | null, capRuleTitle: string, capRuleSource: string, viewerIsOfficer: boolean, viewerCanManage: boolean, viewerIsParticipant: boolean, viewerSelfAssessed: boolean, viewerPeerSubmitted: boolean, members: Array<{ __typename?: 'EvaluationMember', memberId: string, name: string, selfAssessment?: string | null, peerComments?: Array<string> | null, proposedGrade?: EvaluationGrade | null, proposedReason?: string | null, finalGrade?: EvaluationGrade | null, finalReason?: string | null, peerTally?: { __typename?: 'PeerTally', excellent: number, qualified: number, basicallyQualified: number, unqualified: number, total: number } | null }> } } };

export type GridFileFieldsFragment = { __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string };

export type GridCaseListFieldsFragment = { __typename?: 'GridCase', id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> };

export type GridCaseDetailFieldsFragment = { __typename?: 'GridCase', description: string, reporterName?: string | null, reporterHidden: boolean, assigneeMemberId?: string | null, assigneeOrgId?: string | null, dispatcherName?: string | null, acceptDueAt: string, dueAt?: string | null, resolved?: boolean | null, rating?: number | null, ratingComment?: string | null, acceptedAt?: string | null, dispatchedAt?: string | null, closedAt?: string | null, updatedAt: string, id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, location?: { __typename?: 'GridLocation', latitude?: number | null, longitude?: number | null, address?: string | null } | null, timeline: Array<{ __typename?: 'GridCaseEvent', id: string, kind: GridCaseEventKind, fromState?: GridCaseState | null, toState: GridCaseState, actorName?: string | null, note?: string | null, createdAt: string, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> };

export type GridCaseCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type GridCaseCategoriesQuery = { __typename?: 'Query', gridCaseCategories: Array<{ __typename?: 'GridCaseCategory', key: string, name: string, acceptHours: number, resolveHours: number }> };

export type MyGridsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGridsQuery = { __typename?: 'Query', myGrids: Array<{ __typename?: 'Organization', id: string, name: string, path: string }> };

export type GridCasesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  gridId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<GridCaseState>;
  categoryKey?: InputMaybe<Scalars['String']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type GridCasesQuery = { __typename?: 'Query', gridCases: { __typename?: 'GridCaseConnection', edges: Array<{ __typename?: 'GridCaseEdge', cursor: string, node: { __typename?: 'GridCase', id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type GridCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GridCaseQuery = { __typename?: 'Query', gridCase: { __typename?: 'GridCase', description: string, reporterName?: string | null, reporterHidden: boolean, assigneeMemberId?: string | null, assigneeOrgId?: string | null, dispatcherName?: string | null, acceptDueAt: string, dueAt?: string | null, resolved?: boolean | null, rating?: number | null, ratingComment?: string | null, acceptedAt?: string | null, dispatchedAt?: string | null, closedAt?: string | null, updatedAt: string, id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, location?: { __typename?: 'GridLocation', latitude?: number | null, longitude?: number | null, address?: string | null } | null, timeline: Array<{ __typename?: 'GridCaseEvent', id: string, kind: GridCaseEventKind, fromState?: GridCaseState | null, toState: GridCaseState, actorName?: string | null, note?: string | null, createdAt: string, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> } };

export type ReportGridCaseMutationVariables = Exact<{
  input: ReportGridCaseInput;
}>;


export type ReportGridCaseMutation = { __typename?: 'Mutation', reportGridCase: { __typename?: 'GridCasePayload', case: { __typename?: 'GridCase', id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> } } };

export type AcceptGridCaseMutationVariables = Exact<{
  input: AcceptGridCaseInput;
}>;


export type AcceptGridCaseMutation = { __typename?: 'Mutation', acceptGridCase: { __typename?: 'GridCasePayload', case: { __typename?: 'GridCase', description: string, reporterName?: string | null, reporterHidden: boolean, assigneeMemberId?: string | null, assigneeOrgId?: string | null, dispatcherName?: string | null, acceptDueAt: string, dueAt?: string | null, resolved?: boolean | null, rating?: number | null, ratingComment?: string | null, acceptedAt?: string | null, dispatchedAt?: string | null, closedAt?: string | null, updatedAt: string, id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, location?: { __typename?: 'GridLocation', latitude?: number | null, longitude?: number | null, address?: string | null } | null, timeline: Array<{ __typename?: 'GridCaseEvent', id: string, kind: GridCaseEventKind, fromState?: GridCaseState | null, toState: GridCaseState, actorName?: string | null, note?: string | null, createdAt: string, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> } } };

export type CancelGridCaseMutationVariables = Exact<{
  input: CancelGridCaseInput;
}>;


export type CancelGridCaseMutation = { __typename?: 'Mutation', cancelGridCase: { __typename?: 'GridCasePayload', case: { __typename?: 'GridCase', description: string, reporterName?: string | null, reporterHidden: boolean, assigneeMemberId?: string | null, assigneeOrgId?: string | null, dispatcherName?: string | null, acceptDueAt: string, dueAt?: string | null, resolved?: boolean | null, rating?: number | null, ratingComment?: string | null, acceptedAt?: string | null, dispatchedAt?: string | null, closedAt?: string | null, updatedAt: string, id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, location?: { __typename?: 'GridLocation', latitude?: number | null, longitude?: number | null, address?: string | null } | null, timeline: Array<{ __typename?: 'GridCaseEvent', id: string, kind: GridCaseEventKind, fromState?: GridCaseState | null, toState: GridCaseState, actorName?: string | null, note?: string | null, createdAt: string, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> } } };

export type DispatchGridCaseMutationVariables = Exact<{
  input: DispatchGridCaseInput;
}>;


export type DispatchGridCaseMutation = { __typename?: 'Mutation', dispatchGridCase: { __typename?: 'GridCasePayload', case: { __typename?: 'GridCase', description: string, reporterName?: string | null, reporterHidden: boolean, assigneeMemberId?: string | null, assigneeOrgId?: string | null, dispatcherName?: string | null, acceptDueAt: string, dueAt?: string | null, resolved?: boolean | null, rating?: number | null, ratingComment?: string | null, acceptedAt?: string | null, dispatchedAt?: string | null, closedAt?: string | null, updatedAt: string, id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, location?: { __typename?: 'GridLocation', latitude?: number | null, longitude?: number | null, address?: string | null } | null, timeline: Array<{ __typename?: 'GridCaseEvent', id: string, kind: GridCaseEventKind, fromState?: GridCaseState | null, toState: GridCaseState, actorName?: string | null, note?: string | null, createdAt: string, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> } } };

export type StartGridCaseMutationVariables = Exact<{
  input: StartGridCaseInput;
}>;


export type StartGridCaseMutation = { __typename?: 'Mutation', startGridCase: { __typename?: 'GridCasePayload', case: { __typename?: 'GridCase', description: string, reporterName?: string | null, reporterHidden: boolean, assigneeMemberId?: string | null, assigneeOrgId?: string | null, dispatcherName?: string | null, acceptDueAt: string, dueAt?: string | null, resolved?: boolean | null, rating?: number | null, ratingComment?: string | null, acceptedAt?: string | null, dispatchedAt?: string | null, closedAt?: string | null, updatedAt: string, id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, location?: { __typename?: 'GridLocation', latitude?: number | null, longitude?: number | null, address?: string | null } | null, timeline: Array<{ __typename?: 'GridCaseEvent', id: string, kind: GridCaseEventKind, fromState?: GridCaseState | null, toState: GridCaseState, actorName?: string | null, note?: string | null, createdAt: string, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> } } };

export type SubmitGridCaseFeedbackMutationVariables = Exact<{
  input: SubmitGridCaseFeedbackInput;
}>;


export type SubmitGridCaseFeedbackMutation = { __typename?: 'Mutation', submitGridCaseFeedback: { __typename?: 'GridCasePayload', case: { __typename?: 'GridCase', description: string, reporterName?: string | null, reporterHidden: boolean, assigneeMemberId?: string | null, assigneeOrgId?: string | null, dispatcherName?: string | null, acceptDueAt: string, dueAt?: string | null, resolved?: boolean | null, rating?: number | null, ratingComment?: string | null, acceptedAt?: string | null, dispatchedAt?: string | null, closedAt?: string | null, updatedAt: string, id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, location?: { __typename?: 'GridLocation', latitude?: number | null, longitude?: number | null, address?: string | null } | null, timeline: Array<{ __typename?: 'GridCaseEvent', id: string, kind: GridCaseEventKind, fromState?: GridCaseState | null, toState: GridCaseState, actorName?: string | null, note?: string | null, createdAt: string, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> } } };

export type CloseGridCaseMutationVariables = Exact<{
  input: CloseGridCaseInput;
}>;


export type CloseGridCaseMutation = { __typename?: 'Mutation', closeGridCase: { __typename?: 'GridCasePayload', case: { __typename?: 'GridCase', description: string, reporterName?: string | null, reporterHidden: boolean, assigneeMemberId?: string | null, assigneeOrgId?: string | null, dispatcherName?: string | null, acceptDueAt: string, dueAt?: string | null, resolved?: boolean | null, rating?: number | null, ratingComment?: string | null, acceptedAt?: string | null, dispatchedAt?: string | null, closedAt?: string | null, updatedAt: string, id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, location?: { __typename?: 'GridLocation', latitude?: number | null, longitude?: number | null, address?: string | null } | null, timeline: Array<{ __typename?: 'GridCaseEvent', id: string, kind: GridCaseEventKind, fromState?: GridCaseState | null, toState: GridCaseState, actorName?: string | null, note?: string | null, createdAt: string, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> } } };

export type ReopenGridCaseMutationVariables = Exact<{
  input: ReopenGridCaseInput;
}>;


export type ReopenGridCaseMutation = { __typename?: 'Mutation', reopenGridCase: { __typename?: 'GridCasePayload', case: { __typename?: 'GridCase', description: string, reporterName?: string | null, reporterHidden: boolean, assigneeMemberId?: string | null, assigneeOrgId?: string | null, dispatcherName?: string | null, acceptDueAt: string, dueAt?: string | null, resolved?: boolean | null, rating?: number | null, ratingComment?: string | null, acceptedAt?: string | null, dispatchedAt?: string | null, closedAt?: string | null, updatedAt: string, id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, location?: { __typename?: 'GridLocation', latitude?: number | null, longitude?: number | null, address?: string | null } | null, timeline: Array<{ __typename?: 'GridCaseEvent', id: string, kind: GridCaseEventKind, fromState?: GridCaseState | null, toState: GridCaseState, actorName?: string | null, note?: string | null, createdAt: string, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> } } };

export type RateGridCaseMutationVariables = Exact<{
  input: RateGridCaseInput;
}>;


export type RateGridCaseMutation = { __typename?: 'Mutation', rateGridCase: { __typename?: 'GridCasePayload', case: { __typename?: 'GridCase', description: string, reporterName?: string | null, reporterHidden: boolean, assigneeMemberId?: string | null, assigneeOrgId?: string | null, dispatcherName?: string | null, acceptDueAt: string, dueAt?: string | null, resolved?: boolean | null, rating?: number | null, ratingComment?: string | null, acceptedAt?: string | null, dispatchedAt?: string | null, closedAt?: string | null, updatedAt: string, id: string, number: string, state: GridCaseState, stateLabel: string, gridId: string, gridName: string, categoryKey: string, categoryName: string, title: string, assigneeName?: string | null, reportedAt: string, currentDueAt?: string | null, overdue: boolean, isMine: boolean, actions: Array<GridCaseAction>, location?: { __typename?: 'GridLocation', latitude?: number | null, longitude?: number | null, address?: string | null } | null, timeline: Array<{ __typename?: 'GridCaseEvent', id: string, kind: GridCaseEventKind, fromState?: GridCaseState | null, toState: GridCaseState, actorName?: string | null, note?: string | null, createdAt: string, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }>, photos: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> } } };

export type TaskBoardCardFieldsFragment = { __typename?: 'TaskBoardCard', id: string, kind: TaskBoardCardKind, caseId?: string | null, taskId?: string | null, number: string, title: string, state: GridCaseState, gridId?: string | null, gridName?: string | null, categoryName?: string | null, assigneeName?: string | null, dueAt?: string | null, overdue: boolean, secondsLeft?: number | null, thumbnailUrl?: string | null, actions: Array<GridCaseAction> };

export type TaskBoardColumnFieldsFragment = { __typename?: 'TaskBoardColumn', state: GridCaseState, label: string, count: number, overdueCount: number, endCursor?: string | null, hasMore: boolean, cards: Array<{ __typename?: 'TaskBoardCard', id: string, kind: TaskBoardCardKind, caseId?: string | null, taskId?: string | null, number: string, title: string, state: GridCaseState, gridId?: string | null, gridName?: string | null, categoryName?: string | null, assigneeName?: string | null, dueAt?: string | null, overdue: boolean, secondsLeft?: number | null, thumbnailUrl?: string | null, actions: Array<GridCaseAction> }> };

export type TaskBoardQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
  filter?: InputMaybe<TaskBoardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type TaskBoardQuery = { __typename?: 'Query', taskBoard: { __typename?: 'TaskBoard', orgId: string, columns: Array<{ __typename?: 'TaskBoardColumn', state: GridCaseState, label: string, count: number, overdueCount: number, endCursor?: string | null, hasMore: boolean, cards: Array<{ __typename?: 'TaskBoardCard', id: string, kind: TaskBoardCardKind, caseId?: string | null, taskId?: string | null, number: string, title: string, state: GridCaseState, gridId?: string | null, gridName?: string | null, categoryName?: string | null, assigneeName?: string | null, dueAt?: string | null, overdue: boolean, secondsLeft?: number | null, thumbnailUrl?: string | null, actions: Array<GridCaseAction> }> }> } };

export type TaskBoardColumnQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
  state: GridCaseState;
  filter?: InputMaybe<TaskBoardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TaskBoardColumnQuery = { __typename?: 'Query', taskBoardColumn: { __typename?: 'TaskBoardColumn', state: GridCaseState, label: string, count: number, overdueCount: number, endCursor?: string | null, hasMore: boolean, cards: Array<{ __typename?: 'TaskBoardCard', id: string, kind: TaskBoardCardKind, caseId?: string | null, taskId?: string | null, number: string, title: string, state: GridCaseState, gridId?: string | null, gridName?: string | null, categoryName?: string | null, assigneeName?: string | null, dueAt?: string | null, overdue: boolean, secondsLeft?: number | null, thumbnailUrl?: string | null, actions: Array<GridCaseAction> }> } };

export type TaskBoardChangedSubscriptionVariables = Exact<{
  orgId: Scalars['ID']['input'];
}>;


export type TaskBoardChangedSubscription = { __typename?: 'Subscription', taskBoardChanged: { __typename?: 'TaskBoardChange', kind: TaskBoardChangeKind, fromState?: GridCaseState | null, toState: GridCaseState, card: { __typename?: 'TaskBoardCard', id: string, kind: TaskBoardCardKind, caseId?: string | null, taskId?: string | null, number: string, title: string, state: GridCaseState, gridId?: string | null, gridName?: string | null, categoryName?: string | null, assigneeName?: string | null, dueAt?: string | null, overdue: boolean, secondsLeft?: number | null, thumbnailUrl?: string | null, actions: Array<GridCaseAction> } } };

export type GridStatisticsQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
  from: Scalars['NaiveDate']['input'];
  to: Scalars['NaiveDate']['input'];
  gridId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type GridStatisticsQuery = { __typename?: 'Query', gridStatistics: { __typename?: 'GridStatistics', total: number, resolutionRate?: number | null, onTimeRate?: number | null, medianHoursToAccept?: number | null, medianHoursToClose?: number | null, mediationSuccessRate?: number | null, ratingAverage?: number | null, byCategory: Array<{ __typename?: 'GridCategoryCount', key: string, name: string, count: number }>, byState: Array<{ __typename?: 'GridStateCount', state: GridCaseState, label: string, count: number }>, perGrid: Array<{ __typename?: 'GridStatisticsRow', gridId: string, gridName: string, total: number, closed: number, overdue: number, resolutionRate?: number | null, ratingAverage?: number | null }> } };

export type GridAssignmentFieldsFragment = { __typename?: 'GridAssignment', id: string, gridId: string, gridName: string, memberId: string, memberName: string, role: GridAssignmentRole, startsOn: string, endsOn?: string | null, active: boolean };

export type GridAssignmentsQueryVariables = Exact<{
  gridId?: InputMaybe<Scalars['ID']['input']>;
  memberId?: InputMaybe<Scalars['ID']['input']>;
  activeOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type GridAssignmentsQuery = { __typename?: 'Query', gridAssignments: Array<{ __typename?: 'GridAssignment', id: string, gridId: string, gridName: string, memberId: string, memberName: string, role: GridAssignmentRole, startsOn: string, endsOn?: string | null, active: boolean }> };

export type AssignGridWorkerMutationVariables = Exact<{
  input: AssignGridWorkerInput;
}>;


export type AssignGridWorkerMutation = { __typename?: 'Mutation', assignGridWorker: { __typename?: 'GridAssignmentPayload', assignment: { __typename?: 'GridAssignment', id: string, gridId: string, gridName: string, memberId: string, memberName: string, role: GridAssignmentRole, startsOn: string, endsOn?: string | null, active: boolean } } };

export type EndGridAssignmentMutationVariables = Exact<{
  input: EndGridAssignmentInput;
}>;


export type EndGridAssignmentMutation = { __typename?: 'Mutation', endGridAssignment: { __typename?: 'GridAssignmentPayload', assignment: { __typename?: 'GridAssignment', id: string, gridId: string, gridName: string, memberId: string, memberName: string, role: GridAssignmentRole, startsOn: string, endsOn?: string | null, active: boolean } } };

export type SupervisionTaskFieldsFragment = { __typename?: 'SupervisionTask', id: string, number: string, orgId: string, orgName: string, title: string, description: string, dueAt: string, overdue: boolean, createdAt: string, createdByName?: string | null, total: number, reported: number, closed: number, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }>, targets: Array<{ __typename?: 'SupervisionTaskTarget', orgId: string, orgName: string, state: SupervisionTaskState, report?: string | null, reportedAt?: string | null, reportedByName?: string | null, reviewNote?: string | null, closedAt?: string | null, overdue: boolean, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }> };

export type SupervisionTasksQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  state?: InputMaybe<SupervisionTaskState>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type SupervisionTasksQuery = { __typename?: 'Query', supervisionTasks: { __typename?: 'SupervisionTaskConnection', edges: Array<{ __typename?: 'SupervisionTaskEdge', cursor: string, node: { __typename?: 'SupervisionTask', id: string, number: string, orgId: string, orgName: string, title: string, description: string, dueAt: string, overdue: boolean, createdAt: string, createdByName?: string | null, total: number, reported: number, closed: number, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }>, targets: Array<{ __typename?: 'SupervisionTaskTarget', orgId: string, orgName: string, state: SupervisionTaskState, report?: string | null, reportedAt?: string | null, reportedByName?: string | null, reviewNote?: string | null, closedAt?: string | null, overdue: boolean, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CreateSupervisionTaskMutationVariables = Exact<{
  input: CreateSupervisionTaskInput;
}>;


export type CreateSupervisionTaskMutation = { __typename?: 'Mutation', createSupervisionTask: { __typename?: 'SupervisionTaskPayload', task: { __typename?: 'SupervisionTask', id: string, number: string, orgId: string, orgName: string, title: string, description: string, dueAt: string, overdue: boolean, createdAt: string, createdByName?: string | null, total: number, reported: number, closed: number, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }>, targets: Array<{ __typename?: 'SupervisionTaskTarget', orgId: string, orgName: string, state: SupervisionTaskState, report?: string | null, reportedAt?: string | null, reportedByName?: string | null, reviewNote?: string | null, closedAt?: string | null, overdue: boolean, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }> } } };

export type ReportSupervisionTaskMutationVariables = Exact<{
  input: ReportSupervisionTaskInput;
}>;


export type ReportSupervisionTaskMutation = { __typename?: 'Mutation', reportSupervisionTask: { __typename?: 'SupervisionTaskPayload', task: { __typename?: 'SupervisionTask', id: string, number: string, orgId: string, orgName: string, title: string, description: string, dueAt: string, overdue: boolean, createdAt: string, createdByName?: string | null, total: number, reported: number, closed: number, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }>, targets: Array<{ __typename?: 'SupervisionTaskTarget', orgId: string, orgName: string, state: SupervisionTaskState, report?: string | null, reportedAt?: string | null, reportedByName?: string | null, reviewNote?: string | null, closedAt?: string | null, overdue: boolean, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }> } } };

export type ReviewSupervisionTaskMutationVariables = Exact<{
  input: ReviewSupervisionTaskInput;
}>;


export type ReviewSupervisionTaskMutation = { __typename?: 'Mutation', reviewSupervisionTask: { __typename?: 'SupervisionTaskPayload', task: { __typename?: 'SupervisionTask', id: string, number: string, orgId: string, orgName: string, title: string, description: string, dueAt: string, overdue: boolean, createdAt: string, createdByName?: string | null, total: number, reported: number, closed: number, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }>, targets: Array<{ __typename?: 'SupervisionTaskTarget', orgId: string, orgName: string, state: SupervisionTaskState, report?: string | null, reportedAt?: string | null, reportedByName?: string | null, reviewNote?: string | null, closedAt?: string | null, overdue: boolean, files: Array<{ __typename?: 'GridFile', fileId: string, fileName: string, contentType: string, url: string }> }> } } };

export type IdeaCardFieldsFragment = { __typename?: 'Idea', id: string, orgName: string, title: string, body: string, anonymous: boolean, status: IdeaStatus, statusLabel: string, decisionReason?: string | null, supportCount: number, commentCount: number, viewerSupports: boolean, isMine: boolean, canSupport: boolean, hidden: boolean, createdAt: string, actions: Array<IdeaAction>, author?: { __typename?: 'IdeaAuthor', id: string, name: string } | null };

export type IdeasQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
  status?: InputMaybe<IdeaStatus>;
  sort?: InputMaybe<IdeaSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type IdeasQuery = { __typename?: 'Query', ideas: { __typename?: 'IdeaConnection', edges: Array<{ __typename?: 'IdeaEdge', node: { __typename?: 'Idea', id: string, orgName: string, title: string, body: string, anonymous: boolean, status: IdeaStatus, statusLabel: string, decisionReason?: string | null, supportCount: number, commentCount: number, viewerSupports: boolean, isMine: boolean, canSupport: boolean, hidden: boolean, createdAt: string, actions: Array<IdeaAction>, author?: { __typename?: 'IdeaAuthor', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type IdeaQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type IdeaQuery = { __typename?: 'Query', idea: { __typename?: 'Idea', id: string, orgName: string, title: string, body: string, anonymous: boolean, status: IdeaStatus, statusLabel: string, decisionReason?: string | null, supportCount: number, commentCount: number, viewerSupports: boolean, isMine: boolean, canSupport: boolean, hidden: boolean, createdAt: string, actions: Array<IdeaAction>, timeline: Array<{ __typename?: 'IdeaEvent', id: string, status: IdeaStatus, statusLabel: string, actorName?: string | null, note?: string | null, createdAt: string }>, comments: { __typename?: 'IdeaCommentConnection', edges: Array<{ __typename?: 'IdeaCommentEdge', node: { __typename?: 'IdeaComment', id: string, authorName: string, body: string, hidden: boolean, createdAt: string } }> }, author?: { __typename?: 'IdeaAuthor', id: string, name: string } | null } };

export type SubmitIdeaMutationVariables = Exact<{
  input: SubmitIdeaInput;
}>;


export type SubmitIdeaMutation = { __typename?: 'Mutation', submitIdea: { __typename?: 'IdeaPayload', idea: { __typename?: 'Idea', id: string, orgName: string, title: string, body: string, anonymous: boolean, status: IdeaStatus, statusLabel: string, decisionReason?: string | null, supportCount: number, commentCount: number, viewerSupports: boolean, isMine: boolean, canSupport: boolean, hidden: boolean, createdAt: string, actions: Array<IdeaAction>, author?: { __typename?: 'IdeaAuthor', id: string, name: string } | null } } };

export type SupportIdeaMutationVariables = Exact<{
  input: IdeaInput;
}>;


export type SupportIdeaMutation = { __typename?: 'Mutation', supportIdea: { __typename?: 'IdeaPayload', idea: { __typename?: 'Idea', id: string, orgName: string, title: string, body: string, anonymous: boolean, status: IdeaStatus, statusLabel: string, decisionReason?: string | null, supportCount: number, commentCount: number, viewerSupports: boolean, isMine: boolean, canSupport: boolean, hidden: boolean, createdAt: string, actions: Array<IdeaAction>, author?: { __typename?: 'IdeaAuthor', id: string, name: string } | null } } };

export type WithdrawIdeaSupportMutationVariables = Exact<{
  input: IdeaInput;
}>;


export type WithdrawIdeaSupportMutation = { __typename?: 'Mutation', withdrawIdeaSupport: { __typename?: 'IdeaPayload', idea: { __typename?: 'Idea', id: string, orgName: string, title: string, body: string, anonymous: boolean, status: IdeaStatus, statusLabel: string, decisionReason?: string | null, supportCount: number, commentCount: number, viewerSupports: boolean, isMine: boolean, canSupport: boolean, hidden: boolean, createdAt: string, actions: Array<IdeaAction>, author?: { __typename?: 'IdeaAuthor', id: string, name: string } | null } } };

export type ReviewIdeaMutationVariables = Exact<{
  input: ReviewIdeaInput;
}>;


export type ReviewIdeaMutation = { __typename?: 'Mutation', reviewIdea: { __typename?: 'IdeaPayload', idea: { __typename?: 'Idea', id: string, orgName: string, title: string, body: string, anonymous: boolean, status: IdeaStatus, statusLabel: string, decisionReason?: string | null, supportCount: number, commentCount: number, viewerSupports: boolean, isMine: boolean, canSupport: boolean, hidden: boolean, createdAt: string, actions: Array<IdeaAction>, author?: { __typename?: 'IdeaAuthor', id: string, name: string } | null } } };

export type DecideIdeaMutationVariables = Exact<{
  input: DecideIdeaInput;
}>;


export type DecideIdeaMutation = { __typename?: 'Mutation', decideIdea: { __typename?: 'IdeaPayload', idea: { __typename?: 'Idea', id: string, orgName: string, title: string, body: string, anonymous: boolean, status: IdeaStatus, statusLabel: string, decisionReason?: string | null, supportCount: number, commentCount: number, viewerSupports: boolean, isMine: boolean, canSupport: boolean, hidden: boolean, createdAt: string, actions: Array<IdeaAction>, author?: { __typename?: 'IdeaAuthor', id: string, name: string } | null } } };

export type MarkIdeaImplementedMutationVariables = Exact<{
  input: MarkIdeaImplementedInput;
}>;


export type MarkIdeaImplementedMutation = { __typename?: 'Mutation', markIdeaImplemented: { __typename?: 'IdeaPayload', idea: { __typename?: 'Idea', id: string, orgName: string, title: string, body: string, anonymous: boolean, status: IdeaStatus, statusLabel: string, decisionReason?: string | null, supportCount: number, commentCount: number, viewerSupports: boolean, isMine: boolean, canSupport: boolean, hidden: boolean, createdAt: string, actions: Array<IdeaAction>, author?: { __typename?: 'IdeaAuthor', id: string, name: string } | null } } };

export type CommentOnIdeaMutationVariables = Exact<{
  input: CommentOnIdeaInput;
}>;


export type CommentOnIdeaMutation = { __typename?: 'Mutation', commentOnIdea: { __typename?: 'IdeaCommentPayload', comment: { __typename?: 'IdeaComment', id: string } } };

export type ReportIdeaContentMutationVariables = Exact<{
  input: ReportContentInput;
}>;


export type ReportIdeaContentMutation = { __typename?: 'Mutation', reportContent: { __typename?: 'ReportContentPayload', newReport: boolean, hidden: boolean } };

export type UpdateTenantSettingsMutationVariables = Exact<{
  input: UpdateTenantSettingsInput;
}>;


export type UpdateTenantSettingsMutation = { __typename?: 'Mutation', updateTenantSettings: { __typename?: 'Tenant', id: string, name: string, timeZone: string, loginAlerts: boolean } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { __typename?: 'Mutation', logIn: { __typename?: 'AuthPayload', viewer: { __typename?: 'Viewer', tenant: { __typename?: 'Tenant', slug: string, name: string } } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', viewer: { __typename?: 'Viewer', tenant: { __typename?: 'Tenant', slug: string, name: string } } } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', viewer: { __typename?: 'Viewer', member?: { __typename?: 'Member', name: string } | null, tenant: { __typename?: 'Tenant', name: string } } } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { __typename?: 'Mutation', logOut: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: Array<{ __typename?: 'Session', id: string, userAgent?: string | null, ip?: string | null, createdAt: string, expiresAt: string, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  input: IdInput;
}>;


export type RevokeSessionMutation = { __typename?: 'Mutation', revokeSession: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type InquiryFieldsFragment = { __typename?: 'Inquiry', id: string, orgName: string, askerName: string, subject: string, body: string, status: InquiryStatus, statusLabel: string, dueAt: string, overdue: boolean, answer?: string | null, answererName?: string | null, answeredAt?: string | null, rating?: number | null, ratingComment?: string | null, createdAt: string, isMine: boolean, canAnswer: boolean, canRate: boolean };

export type MyInquiriesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyInquiriesQuery = { __typename?: 'Query', myInquiries: { __typename?: 'InquiryConnection', edges: Array<{ __typename?: 'InquiryEdge', node: { __typename?: 'Inquiry', id: string, orgName: string, askerName: string, subject: string, body: string, status: InquiryStatus, statusLabel: string, dueAt: string, overdue: boolean, answer?: string | null, answererName?: string | null, answeredAt?: string | null, rating?: number | null, ratingComment?: string | null, createdAt: string, isMine: boolean, canAnswer: boolean, canRate: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OrgInquiriesQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
  status?: InputMaybe<InquiryStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrgInquiriesQuery = { __typename?: 'Query', inquiries: { __typename?: 'InquiryConnection', edges: Array<{ __typename?: 'InquiryEdge', node: { __typename?: 'Inquiry', id: string, orgName: string, askerName: string, subject: string, body: string, status: InquiryStatus, statusLabel: string, dueAt: string, overdue: boolean, answer?: string | null, answererName?: string | null, answeredAt?: string | null, rating?: number | null, ratingComment?: string | null, createdAt: string, isMine: boolean, canAnswer: boolean, canRate: boolean } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type AskInquiryMutationVariables = Exact<{
  input: AskInquiryInput;
}>;


export type AskInquiryMutation = { __typename?: 'Mutation', askInquiry: { __typename?: 'InquiryPayload', inquiry: { __typename?: 'Inquiry', id: string, orgName: string, askerName: string, subject: string, body: string, status: InquiryStatus, statusLabel: string, dueAt: string, overdue: boolean, answer?: string | null, answererName?: string | null, answeredAt?: string | null, rating?: number | null, ratingComment?: string | null, createdAt: string, isMine: boolean, canAnswer: boolean, canRate: boolean } } };

export type AnswerInquiryMutationVariables = Exact<{
  input: AnswerInquiryInput;
}>;


export type AnswerInquiryMutation = { __typename?: 'Mutation', answerInquiry: { __typename?: 'InquiryPayload', inquiry: { __typename?: 'Inquiry', id: string, orgName: string, askerName: string, subject: string, body: string, status: InquiryStatus, statusLabel: string, dueAt: string, overdue: boolean, answer?: string | null, answererName?: string | null, answeredAt?: string | null, rating?: number | null, ratingComment?: string | null, createdAt: string, isMine: boolean, canAnswer: boolean, canRate: boolean } } };

export type RateInquiryAnswerMutationVariables = Exact<{
  input: RateInquiryAnswerInput;
}>;


export type RateInquiryAnswerMutation = { __typename?: 'Mutation', rateInquiryAnswer: { __typename?: 'InquiryPayload', inquiry: { __typename?: 'Inquiry', id: string, orgName: string, askerName: string, subject: string, body: string, status: InquiryStatus, statusLabel: string, dueAt: string, overdue: boolean, answer?: string | null, answererName?: string | null, answeredAt?: string | null, rating?: number | null, ratingComment?: string | null, createdAt: string, isMine: boolean, canAnswer: boolean, canRate: boolean } } };

export type JoinApplicationFieldsFragment = { __typename?: 'JoinApplication', id: string, memberId: string, memberName: string, line: JoinLine, orgId: string, orgName: string, note?: string | null, status: ApplicationStatus, createdAt: string, decidedAt?: string | null, decisionNote?: string | null };

export type JoinApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type JoinApplicationsQuery = { __typename?: 'Query', joinApplications: Array<{ __typename?: 'JoinApplication', id: string, memberId: string, memberName: string, line: JoinLine, orgId: string, orgName: string, note?: string | null, status: ApplicationStatus, createdAt: string, decidedAt?: string | null, decisionNote?: string | null }> };

export type ApplyToJoinMutationVariables = Exact<{
  input: ApplyToJoinInput;
}>;


export type ApplyToJoinMutation = { __typename?: 'Mutation', applyToJoin: { __typename?: 'JoinApplication', id: string, memberId: string, memberName: string, line: JoinLine, orgId: string, orgName: string, note?: string | null, status: ApplicationStatus, createdAt: string, decidedAt?: string | null, decisionNote?: string | null } };

export type DecideJoinApplicationMutationVariables = Exact<{
  input: DecideJoinApplicationInput;
}>;


export type DecideJoinApplicationMutation = { __typename?: 'Mutation', decideJoinApplication: { __typename?: 'JoinApplication', id: string, memberId: string, memberName: string, line: JoinLine, orgId: string, orgName: string, note?: string | null, status: ApplicationStatus, createdAt: string, decidedAt?: string | null, decisionNote?: string | null } };

export type LapseRisksQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  line: DuesLine;
}>;


export type LapseRisksQuery = { __typename?: 'Query', lapseRisks: Array<{ __typename?: 'LapseRisk', memberId: string, name: string, organizationName?: string | null, level: LapseLevel, lastOrgLifeAt?: string | null, missedMeetings: number, unpaidMonths: number, lapseMonths: number, source: string, grounds: Array<{ __typename?: 'LapseGroundStanding', ground: LapseGround, months: number, since: string, stageMonths: number, lapsed: boolean }> }> };

export type LeagueCampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeagueCampaignsQuery = { __typename?: 'Query', leagueCampaigns: Array<{ __typename?: 'LeagueCampaign', id: string, orgId: string, orgName: string, year: number, closesOn: string, lastRemindedAt?: string | null, members: Array<{ __typename?: 'CampaignMember', memberId: string, name: string, orgName: string, registeredAt?: string | null }> }> };

export type LeagueAgeOutsQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
}>;


export type LeagueAgeOutsQuery = { __typename?: 'Query', leagueAgeOuts: Array<{ __typename?: 'LeagueAgeOut', memberId: string, name: string, ageOutOn: string }> };

export type StartLeagueCampaignMutationVariables = Exact<{
  input: StartLeagueCampaignInput;
}>;


export type StartLeagueCampaignMutation = { __typename?: 'Mutation', startLeagueCampaign: { __typename?: 'LeagueCampaign', id: string, year: number, orgName: string } };

export type RegisterLeagueMembershipMutationVariables = Exact<{
  input: RegisterLeagueMembershipInput;
}>;


export type RegisterLeagueMembershipMutation = { __typename?: 'Mutation', registerLeagueMembership: boolean };

export type RemindLeagueCampaignMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type RemindLeagueCampaignMutation = { __typename?: 'Mutation', remindLeagueCampaign: number };

export type MeetingListFieldsFragment = { __typename?: 'Meeting', id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState } | null };

export type MeetingAttendeeFieldsFragment = { __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null };

export type MeetingAttendanceFieldsFragment = { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null };

export type MeetingFieldsFragment = { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null };

export type MeetingTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type MeetingTypesQuery = { __typename?: 'Query', meetingTypes: Array<{ __typename?: 'MeetingTypeInfo', type: MeetingType, label: string, line: string, frequencyMonths?: number | null, ruleKey?: string | null, ruleSource?: string | null, general: boolean, committeeOnly: boolean }> };

export type MeetingsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  orgId?: InputMaybe<Scalars['ID']['input']>;
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type MeetingsQuery = { __typename?: 'Query', meetings: { __typename?: 'MeetingConnection', edges: Array<{ __typename?: 'MeetingEdge', cursor: string, node: { __typename?: 'Meeting', id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } };

export type MeetingScreenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MeetingScreenQuery = { __typename?: 'Query', meeting: { __typename?: 'Meeting', id: string, title: string, orgName: string, startsAt: string, endsAt: string, location?: string | null, status: MeetingStatus, checkInOpen: boolean, canManage: boolean, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null } } };

export type MeetingCheckInCodeQueryVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type MeetingCheckInCodeQuery = { __typename?: 'Query', meetingCheckInCode: { __typename?: 'MeetingCheckInCode', code: string, url: string, expiresAt: string, refreshInSeconds: number } };

export type MeetingComplianceQueryVariables = Exact<{
  orgId?: InputMaybe<Scalars['ID']['input']>;
  behindOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MeetingComplianceQuery = { __typename?: 'Query', meetingCompliance: Array<{ __typename?: 'ComplianceRow', orgId: string, orgName: string, type: MeetingType, typeLabel: string, frequencyMonths: number, periodStart: string, periodEnd: string, daysLeft: number, status: ComplianceStatus, warning: boolean, lastHeldAt?: string | null, nextMeetingId?: string | null, missedLast12Months: number, ruleSource: string }> };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { __typename?: 'Mutation', scheduleMeeting: { __typename?: 'MeetingPayload', meeting: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } } };

export type UpdateMeetingMutationVariables = Exact<{
  input: UpdateMeetingInput;
}>;


export type UpdateMeetingMutation = { __typename?: 'Mutation', updateMeeting: { __typename?: 'MeetingPayload', meeting: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } } };

export type CancelMeetingMutationVariables = Exact<{
  input: CancelMeetingInput;
}>;


export type CancelMeetingMutation = { __typename?: 'Mutation', cancelMeeting: { __typename?: 'MeetingPayload', meeting: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } } };

export type RequestMeetingLeaveMutationVariables = Exact<{
  input: RequestMeetingLeaveInput;
}>;


export type RequestMeetingLeaveMutation = { __typename?: 'Mutation', requestMeetingLeave: { __typename?: 'MeetingPayload', meeting: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } } };

export type DecideMeetingLeaveMutationVariables = Exact<{
  input: DecideMeetingLeaveInput;
}>;


export type DecideMeetingLeaveMutation = { __typename?: 'Mutation', decideMeetingLeave: { __typename?: 'MeetingPayload', meeting: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } } };

export type CheckInToMeetingMutationVariables = Exact<{
  input: CheckInToMeetingInput;
}>;


export type CheckInToMeetingMutation = { __typename?: 'Mutation', checkInToMeeting: { __typename?: 'MeetingPayload', meeting: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } } };

export type RecordMeetingAttendanceMutationVariables = Exact<{
  input: RecordMeetingAttendanceInput;
}>;


export type RecordMeetingAttendanceMutation = { __typename?: 'Mutation', recordMeetingAttendance: { __typename?: 'MeetingPayload', meeting: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } } };

export type SaveMeetingMinutesMutationVariables = Exact<{
  input: SaveMeetingMinutesInput;
}>;


export type SaveMeetingMinutesMutation = { __typename?: 'Mutation', saveMeetingMinutes: { __typename?: 'MeetingPayload', meeting: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } } };

export type ApproveMeetingMinutesMutationVariables = Exact<{
  input: ApproveMeetingMinutesInput;
}>;


export type ApproveMeetingMinutesMutation = { __typename?: 'Mutation', approveMeetingMinutes: { __typename?: 'MeetingPayload', meeting: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } } };

export type AmendMeetingRecordMutationVariables = Exact<{
  input: AmendMeetingRecordInput;
}>;


export type AmendMeetingRecordMutation = { __typename?: 'Mutation', amendMeetingRecord: { __typename?: 'MeetingPayload', meeting: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } } };

export type MeetingChangedSubscriptionVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type MeetingChangedSubscription = { __typename?: 'Subscription', meetingChanged: { __typename?: 'Meeting', agenda?: string | null, cancelReason?: string | null, minutes?: string | null, resolutions: Array<string>, approvedAt?: string | null, approvedByName?: string | null, createdAt: string, id: string, orgId: string, orgName: string, line: string, type: MeetingType, typeLabel: string, title: string, startsAt: string, endsAt: string, location?: string | null, isElection: boolean, status: MeetingStatus, held: boolean, checkInOpen: boolean, minutesStatus: MinutesStatus, canManage: boolean, geofence?: { __typename?: 'Geofence', latitude: number, longitude: number, radiusMeters: number } | null, attachments: Array<{ __typename?: 'MeetingAttachment', fileId: string, fileName: string, contentType: string, size: number, url: string }>, amendments: Array<{ __typename?: 'MeetingAmendment', id: string, text: string, authorName: string, createdAt: string }>, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null }, attendees: Array<{ __typename?: 'MeetingAttendee', memberId: string, name: string, state: AttendeeState, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null }>, myAttendance?: { __typename?: 'MeetingAttendee', memberId: string, state: AttendeeState, name: string, voting: boolean, leaveReason?: string | null, leaveRefused: boolean, checkedInAt?: string | null, checkInMethod?: CheckInMethod | null } | null } };

export type MeetingCountsChangedSubscriptionVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type MeetingCountsChangedSubscription = { __typename?: 'Subscription', meetingChanged: { __typename?: 'Meeting', id: string, checkInOpen: boolean, attendance: { __typename?: 'MeetingAttendance', expected: number, present: number, onLeave: number, leavePending: number, absent: number, quorumShare?: number | null, quorumInclusive?: boolean | null, quorumMet?: boolean | null, quorumRuleSource?: string | null } } };

export type CalendarFeedQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQuery = { __typename?: 'Query', calendarFeed?: { __typename?: 'CalendarFeed', createdAt: string, lastUsedAt?: string | null } | null };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { __typename?: 'Mutation', createCalendarFeed: { __typename?: 'CalendarFeedPayload', url: string, feed: { __typename?: 'CalendarFeed', createdAt: string, lastUsedAt?: string | null } } };

export type RevokeCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutation = { __typename?: 'Mutation', revokeCalendarFeed: boolean };

export type MembersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  line?: InputMaybe<OrgLine>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  politicalStatus?: InputMaybe<PoliticalStatus>;
  includeDisabled?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MembersQuery = { __typename?: 'Query', members: { __typename?: 'MemberConnection', edges: Array<{ __typename?: 'MemberEdge', cursor: string, node: { __typename?: 'Member', id: string, name: string, gender?: string | null, status: string, hasAccount: boolean, phone?: string | null, politicalStatus?: PoliticalStatus | null, organization?: { __typename?: 'Organization', id: string, name: string } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MemberDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberDetailQuery = { __typename?: 'Query', node:
    | { __typename?: 'GridCase', id: string }
    | { __typename?: 'Meeting', id: string }
    | { __typename?: 'Member', name: string, gender?: string | null, status: string, hasAccount: boolean, posts: Array<string>, phone?: string | null, email?: string | null, birthDate?: string | null, politicalStatus?: PoliticalStatus | null, createdAt: string, id: string, organization?: { __typename?: 'Organization', id: string, name: string } | null, partyOrganization?: { __typename?: 'Organization', id: string, name: string } | null, unionOrganization?: { __typename?: 'Organization', id: string, name: string } | null, youthOrganization?: { __typename?: 'Organization', id: string, name: string } | null, department?: { __typename?: 'Organization', id: string, name: string } | null }
    | { __typename?: 'Notice', id: string }
    | { __typename?: 'Organization', id: string }
    | { __typename?: 'SupervisionTask', id: string }
   };

export type CreateMemberMutationVariables = Exact<{
  input: MemberInput;
}>;


export type CreateMemberMutation = { __typename?: 'Mutation', createMember: { __typename?: 'MemberPayload', member: { __typename?: 'Member', id: string, name: string } } };

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { __typename?: 'Mutation', updateMember: { __typename?: 'MemberPayload', member: { __typename?: 'Member', id: string, name: string, gender?: string | null, phone?: string | null, email?: string | null, birthDate?: string | null, politicalStatus?: PoliticalStatus | null, posts: Array<string> } } };

export type SetMemberDisabledMutationVariables = Exact<{
  input: SetMemberDisabledInput;
}>;


export type SetMemberDisabledMutation = { __typename?: 'Mutation', setMemberDisabled: { __typename?: 'MemberPayload', member: { __typename?: 'Member', id: string, status: string } } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'InviteMemberPayload', invitationUrl: string, invitation: { __typename?: 'Invitation', id: string, email: string, expiresAt: string } } };

export type ImportMembersMutationVariables = Exact<{
  input: ImportMembersInput;
}>;


export type ImportMembersMutation = { __typename?: 'Mutation', importMembers: { __typename?: 'ImportMembersPayload', total: number, imported: number, errors: Array<{ __typename?: 'ImportRowError', row: number, column: string, message: string }> } };

export type ModerationItemFieldsFragment = { __typename?: 'ModerationItem', id: string, kind: ReportedContentKind, contentId: string, authorName: string, excerpt: string, status: ModerationStatus, hidden: boolean, pendingReports: number, totalReports: number, createdAt: string, updatedAt: string, reports: Array<{ __typename?: 'ContentReport', reporterName: string, reason: string, createdAt: string }>, history: Array<{ __typename?: 'ModerationRecord', action: ModerationActionKind, actorName?: string | null, note?: string | null, createdAt: string }> };

export type ModerationQueueQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
  status?: InputMaybe<ModerationStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ModerationQueueQuery = { __typename?: 'Query', moderationQueue: { __typename?: 'ModerationItemConnection', edges: Array<{ __typename?: 'ModerationItemEdge', node: { __typename?: 'ModerationItem', id: string, kind: ReportedContentKind, contentId: string, authorName: string, excerpt: string, status: ModerationStatus, hidden: boolean, pendingReports: number, totalReports: number, createdAt: string, updatedAt: string, reports: Array<{ __typename?: 'ContentReport', reporterName: string, reason: string, createdAt: string }>, history: Array<{ __typename?: 'ModerationRecord', action: ModerationActionKind, actorName?: string | null, note?: string | null, createdAt: string }> } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type ModerateContentMutationVariables = Exact<{
  input: ModerateContentInput;
}>;


export type ModerateContentMutation = { __typename?: 'Mutation', moderateContent: { __typename?: 'ModerateContentPayload', item: { __typename?: 'ModerationItem', id: string, kind: ReportedContentKind, contentId: string, authorName: string, excerpt: string, status: ModerationStatus, hidden: boolean, pendingReports: number, totalReports: number, createdAt: string, updatedAt: string, reports: Array<{ __typename?: 'ContentReport', reporterName: string, reason: string, createdAt: string }>, history: Array<{ __typename?: 'ModerationRecord', action: ModerationActionKind, actorName?: string | null, note?: string | null, createdAt: string }> } } };

export type NoticeReceiptFieldsFragment = { __typename?: 'NoticeReceipt', deliveredAt: string, readAt?: string | null, acknowledgedAt?: string | null, reply?: string | null };

export type NoticeListFieldsFragment = { __typename?: 'Notice', id: string, title: string, category: NoticeCategory, importance: NoticeImportance, status: NoticeStatus, ackRequired: boolean, ackDeadline?: string | null, issuerName: string, scheduledAt?: string | null, publishedAt?: string | null, withdrawnAt?: string | null, createdAt: string, author: { __typename?: 'NoticePerson', id: string, name: string }, myReceipt?: { __typename?: 'NoticeReceipt', deliveredAt: string, readAt?: string | null, acknowledgedAt?: string | null, reply?: string | null } | null };

export type NoticeStatsFieldsFragment = { __typename?: 'NoticeStats', noticeId: string, recipients: number, read: number, acknowledged: number, byOrg: Array<{ __typename?: 'NoticeOrgStats', orgId?: string | null, orgName: string, recipients: number, read: number, acknowledged: number }> };

export type NoticesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type NoticesQuery = { __typename?: 'Query', notices: { __typename?: 'NoticeConnection', edges: Array<{ __typename?: 'NoticeEdge', cursor: string, node: { __typename?: 'Notice', id: string, title: string, category: NoticeCategory, importance: NoticeImportance, status: NoticeStatus, ackRequired: boolean, ackDeadline?: string | null, issuerName: string, scheduledAt?: string | null, publishedAt?: string | null, withdrawnAt?: string | null, createdAt: string, author: { __typename?: 'NoticePerson', id: string, name: string }, myReceipt?: { __typename?: 'NoticeReceipt', deliveredAt: string, readAt?: string | null, acknowledgedAt?: string | null, reply?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SentNoticesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<NoticeStatus>;
}>;


export type SentNoticesQuery = { __typename?: 'Query', sentNotices: { __typename?: 'NoticeConnection', edges: Array<{ __typename?: 'NoticeEdge', cursor: string, node: { __typename?: 'Notice', withdrawReason?: string | null, recipientCount: number, reviewNote?: string | null, viewerCanManage: boolean, viewerCanReview: boolean, viewerCanSeeBoard: boolean, id: string, title: string, category: NoticeCategory, importance: NoticeImportance, status: NoticeStatus, ackRequired: boolean, ackDeadline?: string | null, issuerName: string, scheduledAt?: string | null, publishedAt?: string | null, withdrawnAt?: string | null, createdAt: string, reviewer?: { __typename?: 'NoticePerson', id: string, name: string } | null, author: { __typename?: 'NoticePerson', id: string, name: string }, myReceipt?: { __typename?: 'NoticeReceipt', deliveredAt: string, readAt?: string | null, acknowledgedAt?: string | null, reply?: string | null } | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type NoticeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NoticeQuery = { __typename?: 'Query', notice: { __typename?: 'Notice', body: string, reviewNote?: string | null, withdrawReason?: string | null, recipientCount: number, viewerCanSeeBoard: boolean, viewerCanManage: boolean, viewerCanReview: boolean, id: string, title: string, category: NoticeCategory, importance: NoticeImportance, status: NoticeStatus, ackRequired: boolean, ackDeadline?: string | null, issuerName: string, scheduledAt?: string | null, publishedAt?: string | null, withdrawnAt?: string | null, createdAt: string, issuer?: { __typename?: 'Organization', id: string, name: string } | null, reviewer?: { __typename?: 'NoticePerson', id: string, name: string } | null, attachments: Array<{ __typename?: 'NoticeAttachment', id: string, name: string, contentType: string, size: number, isImage: boolean, url: string }>, audience?: { __typename?: 'NoticeAudience', lines: Array<string>, roles: Array<string>, politicalStatuses: Array<string>, memberIds: Array<string>, excludeMemberIds: Array<string>, orgs: Array<{ __typename?: 'AudienceOrg', orgId: string, includeSubtree: boolean }> } | null, author: { __typename?: 'NoticePerson', id: string, name: string }, myReceipt?: { __typename?: 'NoticeReceipt', deliveredAt: string, readAt?: string | null, acknowledgedAt?: string | null, reply?: string | null } | null } };

export type NoticeBoardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NoticeBoardQuery = { __typename?: 'Query', notice: { __typename?: 'Notice', id: string, title: string, status: NoticeStatus, ackRequired: boolean, ackDeadline?: string | null, issuerName: string, publishedAt?: string | null, recipientCount: number, viewerCanSeeBoard: boolean, stats?: { __typename?: 'NoticeStats', noticeId: string, recipients: number, read: number, acknowledged: number, byOrg: Array<{ __typename?: 'NoticeOrgStats', orgId?: string | null, orgName: string, recipients: number, read: number, acknowledged: number }> } | null } };

export type NoticeResponsesQueryVariables = Exact<{
  noticeId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<NoticeResponseState>;
}>;


export type NoticeResponsesQuery = { __typename?: 'Query', noticeResponses: { __typename?: 'NoticeResponseConnection', edges: Array<{ __typename?: 'NoticeResponseEdge', cursor: string, node: { __typename?: 'NoticeResponse', orgName: string, deliveredAt: string, readAt?: string | null, acknowledgedAt?: string | null, reply?: string | null, remindedCount: number, member: { __typename?: 'NoticePerson', id: string, name: string } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type NoticeAudienceCountQueryVariables = Exact<{
  issuerOrgId: Scalars['ID']['input'];
  audience: NoticeAudienceInput;
}>;


export type NoticeAudienceCountQuery = { __typename?: 'Query', noticeAudienceCount: number };

export type SaveNoticeDraftMutationVariables = Exact<{
  input: NoticeInput;
}>;


export type SaveNoticeDraftMutation = { __typename?: 'Mutation', saveNoticeDraft: { __typename?: 'NoticePayload', notice: { __typename?: 'Notice', id: string, status: NoticeStatus } } };

export type PublishNoticeMutationVariables = Exact<{
  input: NoticeInput;
}>;


export type PublishNoticeMutation = { __typename?: 'Mutation', publishNotice: { __typename?: 'NoticePayload', notice: { __typename?: 'Notice', id: string, status: NoticeStatus, recipientCount: number } } };

export type ReviewNoticeMutationVariables = Exact<{
  input: ReviewNoticeInput;
}>;


export type ReviewNoticeMutation = { __typename?: 'Mutation', reviewNotice: { __typename?: 'NoticePayload', notice: { __typename?: 'Notice', id: string, status: NoticeStatus, reviewNote?: string | null, viewerCanReview: boolean } } };

export type WithdrawNoticeMutationVariables = Exact<{
  input: WithdrawNoticeInput;
}>;


export type WithdrawNoticeMutation = { __typename?: 'Mutation', withdrawNotice: { __typename?: 'NoticePayload', notice: { __typename?: 'Notice', id: string, status: NoticeStatus, withdrawnAt?: string | null, withdrawReason?: string | null } } };

export type AcknowledgeNoticeMutationVariables = Exact<{
  input: AcknowledgeNoticeInput;
}>;


export type AcknowledgeNoticeMutation = { __typename?: 'Mutation', acknowledgeNotice: { __typename?: 'NoticePayload', notice: { __typename?: 'Notice', id: string, myReceipt?: { __typename?: 'NoticeReceipt', deliveredAt: string, readAt?: string | null, acknowledgedAt?: string | null, reply?: string | null } | null } } };

export type RemindNoticeRecipientsMutationVariables = Exact<{
  input: RemindNoticeInput;
}>;


export type RemindNoticeRecipientsMutation = { __typename?: 'Mutation', remindNoticeRecipients: { __typename?: 'RemindNoticePayload', reminded: number } };

export type NoticeStatsChangedSubscriptionVariables = Exact<{
  noticeId: Scalars['ID']['input'];
}>;


export type NoticeStatsChangedSubscription = { __typename?: 'Subscription', noticeStatsChanged: { __typename?: 'NoticeStats', noticeId: string, recipients: number, read: number, acknowledged: number, byOrg: Array<{ __typename?: 'NoticeOrgStats', orgId?: string | null, orgName: string, recipients: number, read: number, acknowledged: number }> } };

export type AudienceRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type AudienceRolesQuery = { __typename?: 'Query', roles: Array<{ __typename?: 'Role', name: string, label: string }> };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', unreadNotificationCount: number } };

export type NotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationConnection', edges: Array<{ __typename?: 'NotificationEdge', cursor: string, node: { __typename?: 'Notification', id: string, kind: string, title: string, body: string, detail: any, noticeId?: string | null, createdAt: string, readAt?: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type MarkNotificationReadMutationVariables = Exact<{
  input: IdInput;
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: boolean };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type NotificationPreferencesFieldsFragment = { __typename?: 'NotificationPreferences', digestFrequency: DigestFrequency, categories: Array<{ __typename?: 'NotificationCategorySetting', category: string, label: string, description: string, channel: NotificationChannel, defaultChannel: NotificationChannel, chosen: boolean, mandatoryReason?: string | null }> };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename?: 'Query', notificationPreferences: { __typename?: 'NotificationPreferences', digestFrequency: DigestFrequency, categories: Array<{ __typename?: 'NotificationCategorySetting', category: string, label: string, description: string, channel: NotificationChannel, defaultChannel: NotificationChannel, chosen: boolean, mandatoryReason?: string | null }> } };

export type SetNotificationChannelMutationVariables = Exact<{
  input: SetNotificationChannelInput;
}>;


export type SetNotificationChannelMutation = { __typename?: 'Mutation', setNotificationChannel: { __typename?: 'NotificationPreferences', digestFrequency: DigestFrequency, categories: Array<{ __typename?: 'NotificationCategorySetting', category: string, label: string, description: string, channel: NotificationChannel, defaultChannel: NotificationChannel, chosen: boolean, mandatoryReason?: string | null }> } };

export type SetDigestFrequencyMutationVariables = Exact<{
  input: SetDigestFrequencyInput;
}>;


export type SetDigestFrequencyMutation = { __typename?: 'Mutation', setDigestFrequency: { __typename?: 'NotificationPreferences', digestFrequency: DigestFrequency, categories: Array<{ __typename?: 'NotificationCategorySetting', category: string, label: string, description: string, channel: NotificationChannel, defaultChannel: NotificationChannel, chosen: boolean, mandatoryReason?: string | null }> } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string, kind: string, title: string, body: string, detail: any, noticeId?: string | null, createdAt: string, readAt?: string | null } };

export type OperatorLogInMutationVariables = Exact<{
  input: OperatorLogInInput;
}>;


export type OperatorLogInMutation = { __typename?: 'Mutation', operatorLogIn: string };

export type QueueHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueHealthQuery = { __typename?: 'Query', queueHealth: { __typename?: 'QueueHealth', runnable: number, running: number, dead: number, oldestRunnableSeconds: number, deadJobs: Array<{ __typename?: 'DeadJob', id: string, task: string, attempts: number, lastError?: string | null, key?: string | null, createdAt: string, updatedAt: string }> } };

export type OperatorTenantsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type OperatorTenantsQuery = { __typename?: 'Query', tenants: { __typename?: 'TenantConnection', edges: Array<{ __typename?: 'TenantEdge', cursor: string, node: { __typename?: 'TenantSummary', id: string, slug: string, name: string, status: string, memberCount: number, createdAt: string } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SetTenantSuspendedMutationVariables = Exact<{
  input: SetTenantSuspendedInput;
}>;


export type SetTenantSuspendedMutation = { __typename?: 'Mutation', setTenantSuspended: boolean };

export type OrganizationPositionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationPositionsQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, positions: Array<{ __typename?: 'Position', id: string, title: string, role: string, termStart: string, termEnd?: string | null, endedAt?: string | null, member?: { __typename?: 'Member', id: string, name: string } | null }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, name: string, path: string } } };

export type RenameOrganizationMutationVariables = Exact<{
  input: RenameOrganizationInput;
}>;


export type RenameOrganizationMutation = { __typename?: 'Mutation', renameOrganization: { __typename?: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, name: string } } };

export type MoveOrganizationMutationVariables = Exact<{
  input: MoveOrganizationInput;
}>;


export type MoveOrganizationMutation = { __typename?: 'Mutation', moveOrganization: { __typename?: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, path: string, depth: number } } };

export type ArchiveOrganizationMutationVariables = Exact<{
  input: IdInput;
}>;


export type ArchiveOrganizationMutation = { __typename?: 'Mutation', archiveOrganization: { __typename?: 'OrganizationPayload', organization: { __typename?: 'Organization', id: string, archivedAt?: string | null } } };

export type AssignPositionMutationVariables = Exact<{
  input: AssignPositionInput;
}>;


export type AssignPositionMutation = { __typename?: 'Mutation', assignPosition: { __typename?: 'PositionPayload', position: { __typename?: 'Position', id: string } } };

export type EndPositionMutationVariables = Exact<{
  input: IdInput;
}>;


export type EndPositionMutation = { __typename?: 'Mutation', endPosition: { __typename?: 'PositionPayload', position: { __typename?: 'Position', id: string, endedAt?: string | null } } };

export type StageTransitionFieldsFragment = { __typename?: 'StageTransition', id: string, memberId: string, memberName: string, orgId: string, orgName: string, fromStage: PipelineStage, toStage: PipelineStage, extensionMonths?: number | null, effectiveOn: string, note?: string | null, status: TransitionStatus, publicityUntil?: string | null, approvalDueAt: string, awaitingDecision: boolean, objectionCount: number, proposedAt: string, decidedAt?: string | null, decisionNote?: string | null, objections: Array<{ __typename?: 'StageObjection', authorName: string, text: string, createdAt: string }> };

export type PartyPipelineQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
}>;


export type PartyPipelineQuery = { __typename?: 'Query', partyPipeline: { __typename?: 'PartyPipeline', entries: Array<{ __typename?: 'PipelineEntry', memberId: string, name: string, orgId: string, orgName: string, stage: PipelineStage, since?: string | null, extendedMonths: number, contacts: number, introducers: number, nextStage?: PipelineStage | null, earliestNext?: string | null, blockedBy?: string | null }>, openTransitions: Array<{ __typename?: 'StageTransition', id: string, memberId: string, memberName: string, orgId: string, orgName: string, fromStage: PipelineStage, toStage: PipelineStage, extensionMonths?: number | null, effectiveOn: string, note?: string | null, status: TransitionStatus, publicityUntil?: string | null, approvalDueAt: string, awaitingDecision: boolean, objectionCount: number, proposedAt: string, decidedAt?: string | null, decisionNote?: string | null, objections: Array<{ __typename?: 'StageObjection', authorName: string, text: string, createdAt: string }> }> } };

export type MemberPipelineQueryVariables = Exact<{
  memberId: Scalars['ID']['input'];
}>;


export type MemberPipelineQuery = { __typename?: 'Query', memberPipeline: { __typename?: 'MemberPipeline', stages: Array<{ __typename?: 'MemberStage', stage: PipelineStage, startedOn: string, extensionMonths?: number | null }>, transitions: Array<{ __typename?: 'StageTransition', id: string, memberId: string, memberName: string, orgId: string, orgName: string, fromStage: PipelineStage, toStage: PipelineStage, extensionMonths?: number | null, effectiveOn: string, note?: string | null, status: TransitionStatus, publicityUntil?: string | null, approvalDueAt: string, awaitingDecision: boolean, objectionCount: number, proposedAt: string, decidedAt?: string | null, decisionNote?: string | null, objections: Array<{ __typename?: 'StageObjection', authorName: string, text: string, createdAt: string }> }>, contacts: Array<{ __typename?: 'PipelineContact', memberId: string, name: string, role: string }>, positions: Array<{ __typename?: 'MemberPosition', orgName: string, title: string, termStart: string, endedAt?: string | null }> } };

export type RecordMemberStageMutationVariables = Exact<{
  input: RecordMemberStageInput;
}>;


export type RecordMemberStageMutation = { __typename?: 'Mutation', recordMemberStage: Array<{ __typename?: 'MemberStage', stage: PipelineStage, startedOn: string, extensionMonths?: number | null }> };

export type SetPipelineContactMutationVariables = Exact<{
  input: SetPipelineContactInput;
}>;


export type SetPipelineContactMutation = { __typename?: 'Mutation', setPipelineContact: boolean };

export type ProposeStageTransitionMutationVariables = Exact<{
  input: ProposeStageTransitionInput;
}>;


export type ProposeStageTransitionMutation = { __typename?: 'Mutation', proposeStageTransition: { __typename?: 'StageTransition', id: string, memberId: string, memberName: string, orgId: string, orgName: string, fromStage: PipelineStage, toStage: PipelineStage, extensionMonths?: number | null, effectiveOn: string, note?: string | null, status: TransitionStatus, publicityUntil?: string | null, approvalDueAt: string, awaitingDecision: boolean, objectionCount: number, proposedAt: string, decidedAt?: string | null, decisionNote?: string | null, objections: Array<{ __typename?: 'StageObjection', authorName: string, text: string, createdAt: string }> } };

export type ObjectToStageTransitionMutationVariables = Exact<{
  input: ObjectToStageTransitionInput;
}>;


export type ObjectToStageTransitionMutation = { __typename?: 'Mutation', objectToStageTransition: { __typename?: 'StageTransition', id: string, status: TransitionStatus, objectionCount: number } };

export type DecideStageTransitionMutationVariables = Exact<{
  input: DecideStageTransitionInput;
}>;


export type DecideStageTransitionMutation = { __typename?: 'Mutation', decideStageTransition: { __typename?: 'StageTransition', id: string, memberId: string, memberName: string, orgId: string, orgName: string, fromStage: PipelineStage, toStage: PipelineStage, extensionMonths?: number | null, effectiveOn: string, note?: string | null, status: TransitionStatus, publicityUntil?: string | null, approvalDueAt: string, awaitingDecision: boolean, objectionCount: number, proposedAt: string, decidedAt?: string | null, decisionNote?: string | null, objections: Array<{ __typename?: 'StageObjection', authorName: string, text: string, createdAt: string }> } };

export type WithdrawStageTransitionMutationVariables = Exact<{
  input: WithdrawStageTransitionInput;
}>;


export type WithdrawStageTransitionMutation = { __typename?: 'Mutation', withdrawStageTransition: { __typename?: 'StageTransition', id: string, memberId: string, memberName: string, orgId: string, orgName: string, fromStage: PipelineStage, toStage: PipelineStage, extensionMonths?: number | null, effectiveOn: string, note?: string | null, status: TransitionStatus, publicityUntil?: string | null, approvalDueAt: string, awaitingDecision: boolean, objectionCount: number, proposedAt: string, decidedAt?: string | null, decisionNote?: string | null, objections: Array<{ __typename?: 'StageObjection', authorName: string, text: string, createdAt: string }> } };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { __typename?: 'Query', roles: Array<{ __typename?: 'Role', name: string, label: string, description: string, builtin: boolean, permissions: Array<string> }> };

export type GrantsQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantsQuery = { __typename?: 'Query', grants: Array<{ __typename?: 'Grant', id: string, role: string, scope: string, source?: string | null, member?: { __typename?: 'Member', id: string, name: string } | null }> };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { __typename?: 'Mutation', grantRole: { __typename?: 'GrantPayload', grant: { __typename?: 'Grant', id: string } } };

export type RevokeGrantMutationVariables = Exact<{
  input: IdInput;
}>;


export type RevokeGrantMutation = { __typename?: 'Mutation', revokeGrant: boolean };

export type RulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RulesQuery = { __typename?: 'Query', rules: Array<{ __typename?: 'Rule', key: string, area: string, title: string, source: string, defaultParams: any, effectiveParams: any, effectiveSource: string, overridden: boolean, overriddenAt?: string | null }> };

export type OverrideRuleMutationVariables = Exact<{
  input: OverrideRuleInput;
}>;


export type OverrideRuleMutation = { __typename?: 'Mutation', overrideRule: { __typename?: 'Rule', key: string, effectiveParams: any, effectiveSource: string, overridden: boolean, overriddenAt?: string | null } };

export type ResetRuleMutationVariables = Exact<{
  input: ResetRuleInput;
}>;


export type ResetRuleMutation = { __typename?: 'Mutation', resetRule: { __typename?: 'Rule', key: string, effectiveParams: any, effectiveSource: string, overridden: boolean, overriddenAt?: string | null } };

export type SurveyListFieldsFragment = { __typename?: 'Survey', id: string, title: string, orgName: string, status: SurveyStatus, anonymous: boolean, opensAt: string, closesAt: string, myStatus: { __typename?: 'MySurveyStatus', eligible: boolean, responded: boolean } };

export type SurveyFieldsFragment = { __typename?: 'Survey', id: string, title: string, description: string, orgId: string, orgName: string, status: SurveyStatus, anonymous: boolean, resultsVisibility: ResultsVisibility, resultsVisible: boolean, opensAt: string, closesAt: string, closedAt?: string | null, viewerCanManage: boolean, viewerIsOfficer: boolean, exportUrl?: string | null, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, title: string, required: boolean, minChoices?: number | null, maxChoices?: number | null, scaleMin?: number | null, scaleMax?: number | null, minLabel?: string | null, maxLabel?: string | null, options: Array<{ __typename?: 'SurveyOption', id: string, label: string }> }>, myStatus: { __typename?: 'MySurveyStatus', eligible: boolean, responded: boolean }, turnout?: { __typename?: 'SurveyTurnout', surveyId: string, eligible: number, responded: number } | null };

export type MySurveysQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  pendingOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MySurveysQuery = { __typename?: 'Query', mySurveys: { __typename?: 'SurveyConnection', edges: Array<{ __typename?: 'SurveyEdge', node: { __typename?: 'Survey', id: string, title: string, orgName: string, status: SurveyStatus, anonymous: boolean, opensAt: string, closesAt: string, myStatus: { __typename?: 'MySurveyStatus', eligible: boolean, responded: boolean } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OrgSurveysQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrgSurveysQuery = { __typename?: 'Query', surveys: { __typename?: 'SurveyConnection', edges: Array<{ __typename?: 'SurveyEdge', node: { __typename?: 'Survey', id: string, title: string, orgName: string, status: SurveyStatus, anonymous: boolean, opensAt: string, closesAt: string, myStatus: { __typename?: 'MySurveyStatus', eligible: boolean, responded: boolean } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type SurveyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyQuery = { __typename?: 'Query', survey: { __typename?: 'Survey', id: string, title: string, description: string, orgId: string, orgName: string, status: SurveyStatus, anonymous: boolean, resultsVisibility: ResultsVisibility, resultsVisible: boolean, opensAt: string, closesAt: string, closedAt?: string | null, viewerCanManage: boolean, viewerIsOfficer: boolean, exportUrl?: string | null, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, title: string, required: boolean, minChoices?: number | null, maxChoices?: number | null, scaleMin?: number | null, scaleMax?: number | null, minLabel?: string | null, maxLabel?: string | null, options: Array<{ __typename?: 'SurveyOption', id: string, label: string }> }>, myStatus: { __typename?: 'MySurveyStatus', eligible: boolean, responded: boolean }, turnout?: { __typename?: 'SurveyTurnout', surveyId: string, eligible: number, responded: number } | null } };

export type SurveyResultsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyResultsQuery = { __typename?: 'Query', surveyResults?: { __typename?: 'SurveyResults', responses: number, questions: Array<{ __typename?: 'SurveyQuestionResult', answered: number, mean?: number | null, texts: Array<string>, question: { __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, title: string }, choices: Array<{ __typename?: 'SurveyChoiceCount', count: number, option: { __typename?: 'SurveyOption', id: string, label: string } }>, ratings: Array<{ __typename?: 'SurveyRatingCount', value: number, count: number }> }> } | null };

export type CreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type CreateSurveyMutation = { __typename?: 'Mutation', createSurvey: { __typename?: 'SurveyPayload', survey: { __typename?: 'Survey', id: string } } };

export type SubmitSurveyResponseMutationVariables = Exact<{
  input: SubmitSurveyResponseInput;
}>;


export type SubmitSurveyResponseMutation = { __typename?: 'Mutation', submitSurveyResponse: { __typename?: 'SurveyPayload', survey: { __typename?: 'Survey', id: string, title: string, description: string, orgId: string, orgName: string, status: SurveyStatus, anonymous: boolean, resultsVisibility: ResultsVisibility, resultsVisible: boolean, opensAt: string, closesAt: string, closedAt?: string | null, viewerCanManage: boolean, viewerIsOfficer: boolean, exportUrl?: string | null, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, title: string, required: boolean, minChoices?: number | null, maxChoices?: number | null, scaleMin?: number | null, scaleMax?: number | null, minLabel?: string | null, maxLabel?: string | null, options: Array<{ __typename?: 'SurveyOption', id: string, label: string }> }>, myStatus: { __typename?: 'MySurveyStatus', eligible: boolean, responded: boolean }, turnout?: { __typename?: 'SurveyTurnout', surveyId: string, eligible: number, responded: number } | null } } };

export type CloseSurveyMutationVariables = Exact<{
  input: SurveyIdInput;
}>;


export type CloseSurveyMutation = { __typename?: 'Mutation', closeSurvey: { __typename?: 'SurveyPayload', survey: { __typename?: 'Survey', id: string, title: string, description: string, orgId: string, orgName: string, status: SurveyStatus, anonymous: boolean, resultsVisibility: ResultsVisibility, resultsVisible: boolean, opensAt: string, closesAt: string, closedAt?: string | null, viewerCanManage: boolean, viewerIsOfficer: boolean, exportUrl?: string | null, questions: Array<{ __typename?: 'SurveyQuestion', id: string, position: number, kind: SurveyQuestionKind, title: string, required: boolean, minChoices?: number | null, maxChoices?: number | null, scaleMin?: number | null, scaleMax?: number | null, minLabel?: string | null, maxLabel?: string | null, options: Array<{ __typename?: 'SurveyOption', id: string, label: string }> }>, myStatus: { __typename?: 'MySurveyStatus', eligible: boolean, responded: boolean }, turnout?: { __typename?: 'SurveyTurnout', surveyId: string, eligible: number, responded: number } | null } } };

export type RemindSurveyRespondentsMutationVariables = Exact<{
  input: SurveyIdInput;
}>;


export type RemindSurveyRespondentsMutation = { __typename?: 'Mutation', remindSurveyRespondents: { __typename?: 'RemindSurveyRespondentsPayload', reminded: number } };

export type SurveyAudienceCountQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
  audience: SurveyAudienceInput;
}>;


export type SurveyAudienceCountQuery = { __typename?: 'Query', surveyAudienceCount: number };

export type TransferLetterFieldsFragment = { __typename?: 'TransferLetter', id: string, memberId: string, memberName: string, line: string, fromOrgId: string, fromOrgName: string, destination: string, crossProvince: boolean, code: string, validUntil: string, duesPaidThrough?: string | null, crossing: any, status: TransferLetterStatus, note?: string | null, issuedAt: string, acceptedAt?: string | null, receipt?: any | null };

export type TransferLettersQueryVariables = Exact<{ [key: string]: never; }>;


export type TransferLettersQuery = { __typename?: 'Query', transferLetters: Array<{ __typename?: 'TransferLetter', id: string, memberId: string, memberName: string, line: string, fromOrgId: string, fromOrgName: string, destination: string, crossProvince: boolean, code: string, validUntil: string, duesPaidThrough?: string | null, crossing: any, status: TransferLetterStatus, note?: string | null, issuedAt: string, acceptedAt?: string | null, receipt?: any | null }> };

export type TransferLetterByCodeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type TransferLetterByCodeQuery = { __typename?: 'Query', transferLetterByCode: { __typename?: 'FoundTransferLetter', fromTenantName: string, fromOrgName: string, memberName: string, line: string, destination: string, validUntil: string, status: TransferLetterStatus, duesPaidThrough?: string | null, crossing: any } };

export type IssueTransferLetterMutationVariables = Exact<{
  input: IssueTransferLetterInput;
}>;


export type IssueTransferLetterMutation = { __typename?: 'Mutation', issueTransferLetter: { __typename?: 'TransferLetter', id: string, memberId: string, memberName: string, line: string, fromOrgId: string, fromOrgName: string, destination: string, crossProvince: boolean, code: string, validUntil: string, duesPaidThrough?: string | null, crossing: any, status: TransferLetterStatus, note?: string | null, issuedAt: string, acceptedAt?: string | null, receipt?: any | null } };

export type CancelTransferLetterMutationVariables = Exact<{
  input: CancelTransferLetterInput;
}>;


export type CancelTransferLetterMutation = { __typename?: 'Mutation', cancelTransferLetter: { __typename?: 'TransferLetter', id: string, memberId: string, memberName: string, line: string, fromOrgId: string, fromOrgName: string, destination: string, crossProvince: boolean, code: string, validUntil: string, duesPaidThrough?: string | null, crossing: any, status: TransferLetterStatus, note?: string | null, issuedAt: string, acceptedAt?: string | null, receipt?: any | null } };

export type AcceptTransferLetterMutationVariables = Exact<{
  input: AcceptTransferLetterInput;
}>;


export type AcceptTransferLetterMutation = { __typename?: 'Mutation', acceptTransferLetter: { __typename?: 'AcceptTransferLetterPayload', member: { __typename?: 'Member', id: string, name: string } } };

export type UnionCardQueryVariables = Exact<{ [key: string]: never; }>;


export type UnionCardQuery = { __typename?: 'Query', unionCard: { __typename?: 'UnionCard', name: string, orgName: string, tenantName: string, code: string, expiresAt: string } };

export type VerifyUnionCardQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifyUnionCardQuery = { __typename?: 'Query', verifyUnionCard: { __typename?: 'VerifiedUnionCard', name: string, orgName: string } };

export type VoteListFieldsFragment = { __typename?: 'Vote', id: string, kind: VoteKind, title: string, orgName: string, status: VoteStatus, anonymous: boolean, opensAt: string, closesAt: string, myStatus: { __typename?: 'MyVoteStatus', eligible: boolean, voted: boolean } };

export type VoteFieldsFragment = { __typename?: 'Vote', id: string, kind: VoteKind, title: string, description: string, orgId: string, orgName: string, status: VoteStatus, anonymous: boolean, resultsVisibility: ResultsVisibility, minChoices: number, maxChoices: number, seats?: number | null, opensAt: string, closesAt: string, closedAt?: string | null, valid?: boolean | null, invalidReason?: string | null, viewerCanManage: boolean, viewerIsOfficer: boolean, exportUrl?: string | null, options: Array<{ __typename?: 'VoteOption', id: string, label: string }>, myStatus: { __typename?: 'MyVoteStatus', eligible: boolean, voted: boolean }, turnout?: { __typename?: 'VoteTurnout', voteId: string, eligible: number, voted: number } | null, results?: Array<{ __typename?: 'VoteResult', votes: number, option: { __typename?: 'VoteOption', id: string, label: string } }> | null };

export type MyVotesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  pendingOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MyVotesQuery = { __typename?: 'Query', myVotes: { __typename?: 'VoteConnection', edges: Array<{ __typename?: 'VoteEdge', node: { __typename?: 'Vote', id: string, kind: VoteKind, title: string, orgName: string, status: VoteStatus, anonymous: boolean, opensAt: string, closesAt: string, myStatus: { __typename?: 'MyVoteStatus', eligible: boolean, voted: boolean } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type OrgVotesQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrgVotesQuery = { __typename?: 'Query', votes: { __typename?: 'VoteConnection', edges: Array<{ __typename?: 'VoteEdge', node: { __typename?: 'Vote', id: string, kind: VoteKind, title: string, orgName: string, status: VoteStatus, anonymous: boolean, opensAt: string, closesAt: string, myStatus: { __typename?: 'MyVoteStatus', eligible: boolean, voted: boolean } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type VoteQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VoteQuery = { __typename?: 'Query', vote: { __typename?: 'Vote', id: string, kind: VoteKind, title: string, description: string, orgId: string, orgName: string, status: VoteStatus, anonymous: boolean, resultsVisibility: ResultsVisibility, minChoices: number, maxChoices: number, seats?: number | null, opensAt: string, closesAt: string, closedAt?: string | null, valid?: boolean | null, invalidReason?: string | null, viewerCanManage: boolean, viewerIsOfficer: boolean, exportUrl?: string | null, options: Array<{ __typename?: 'VoteOption', id: string, label: string }>, myStatus: { __typename?: 'MyVoteStatus', eligible: boolean, voted: boolean }, turnout?: { __typename?: 'VoteTurnout', voteId: string, eligible: number, voted: number } | null, results?: Array<{ __typename?: 'VoteResult', votes: number, option: { __typename?: 'VoteOption', id: string, label: string } }> | null } };

export type VoteNonVotersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type VoteNonVotersQuery = { __typename?: 'Query', vote: { __typename?: 'Vote', id: string, nonVoters?: { __typename?: 'VoteNonVoterConnection', edges: Array<{ __typename?: 'VoteNonVoterEdge', node: { __typename?: 'VoteNonVoter', memberId: string, name: string, orgName: string, remindedCount: number } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } | null } };

export type VoteReceiptsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type VoteReceiptsQuery = { __typename?: 'Query', vote: { __typename?: 'Vote', id: string, receipts: { __typename?: 'VoteReceiptConnection', edges: Array<{ __typename?: 'VoteReceiptEdge', node: string }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } } };

export type VoteElectorateCountQueryVariables = Exact<{
  orgId: Scalars['ID']['input'];
  electorate: ElectorateInput;
}>;


export type VoteElectorateCountQuery = { __typename?: 'Query', voteElectorateCount: number };

export type VerifyBallotReceiptQueryVariables = Exact<{
  voteId: Scalars['ID']['input'];
  receipt: Scalars['String']['input'];
}>;


export type VerifyBallotReceiptQuery = { __typename?: 'Query', verifyBallotReceipt: { __typename?: 'BallotVerification', counted: boolean, fingerprint?: string | null, options?: Array<{ __typename?: 'VoteOption', id: string, label: string }> | null } };

export type CreateVoteMutationVariables = Exact<{
  input: CreateVoteInput;
}>;


export type CreateVoteMutation = { __typename?: 'Mutation', createVote: { __typename?: 'VotePayload', vote: { __typename?: 'Vote', id: string, options: Array<{ __typename?: 'VoteOption', id: string, label: string }> } } };

export type CastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type CastBallotMutation = { __typename?: 'Mutation', castBallot: { __typename?: 'CastBallotPayload', receipt: string } };

export type CloseVoteMutationVariables = Exact<{
  input: CloseVoteInput;
}>;


export type CloseVoteMutation = { __typename?: 'Mutation', closeVote: { __typename?: 'VotePayload', vote: { __typename?: 'Vote', id: string, kind: VoteKind, title: string, description: string, orgId: string, orgName: string, status: VoteStatus, anonymous: boolean, resultsVisibility: ResultsVisibility, minChoices: number, maxChoices: number, seats?: number | null, opensAt: string, closesAt: string, closedAt?: string | null, valid?: boolean | null, invalidReason?: string | null, viewerCanManage: boolean, viewerIsOfficer: boolean, exportUrl?: string | null, options: Array<{ __typename?: 'VoteOption', id: string, label: string }>, myStatus: { __typename?: 'MyVoteStatus', eligible: boolean, voted: boolean }, turnout?: { __typename?: 'VoteTurnout', voteId: string, eligible: number, voted: number } | null, results?: Array<{ __typename?: 'VoteResult', votes: number, option: { __typename?: 'VoteOption', id: string, label: string } }> | null } } };

export type RemindVotersMutationVariables = Exact<{
  input: RemindVotersInput;
}>;


export type RemindVotersMutation = { __typename?: 'Mutation', remindVoters: { __typename?: 'RemindVotersPayload', reminded: number } };

export type VoteTurnoutChangedSubscriptionVariables = Exact<{
  voteId: Scalars['ID']['input'];
}>;


export type VoteTurnoutChangedSubscription = { __typename?: 'Subscription', voteTurnoutChanged: { __typename?: 'VoteTurnout', voteId: string, eligible: number, voted: number } };

export const ChatMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recalledBy"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"mentionIds"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsAll"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsViewer"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]} as unknown as DocumentNode<ChatMessageFieldsFragment, unknown>;
export const LastMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LastMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]} as unknown as DocumentNode<LastMessageFieldsFragment, unknown>;
export const ConversationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LastMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcastOnly"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedNotice"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAdmin"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LastMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}}]} as unknown as DocumentNode<ConversationFieldsFragment, unknown>;
export const DuesEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuesEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrects"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DuesEntryFieldsFragment, unknown>;
export const DuesBaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesBaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuesBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"newPayMonth"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DuesBaseFieldsFragment, unknown>;
export const EvaluationCampaignFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessedCount"}},{"kind":"Field","name":{"kind":"Name","value":"peerTurnout"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentProposed"}},{"kind":"Field","name":{"kind":"Name","value":"excellentDecided"}},{"kind":"Field","name":{"kind":"Name","value":"capWarning"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleSource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSelfAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPeerSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"peerTally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyQualified"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerComments"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"proposedReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"finalReason"}}]}}]}}]} as unknown as DocumentNode<EvaluationCampaignFieldsFragment, unknown>;
export const GridFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<GridFileFieldsFragment, unknown>;
export const GridCaseListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<GridCaseListFieldsFragment, unknown>;
export const GridCaseDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterHidden"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatcherName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]} as unknown as DocumentNode<GridCaseDetailFieldsFragment, unknown>;
export const TaskBoardCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoardCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<TaskBoardCardFieldsFragment, unknown>;
export const TaskBoardColumnFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskBoardCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoardCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<TaskBoardColumnFieldsFragment, unknown>;
export const GridAssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<GridAssignmentFieldsFragment, unknown>;
export const SupervisionTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]} as unknown as DocumentNode<SupervisionTaskFieldsFragment, unknown>;
export const IdeaCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canSupport"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<IdeaCardFieldsFragment, unknown>;
export const InquiryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inquiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"askerName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answererName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}}]}}]} as unknown as DocumentNode<InquiryFieldsFragment, unknown>;
export const JoinApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JoinApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JoinApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<JoinApplicationFieldsFragment, unknown>;
export const MeetingListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<MeetingListFieldsFragment, unknown>;
export const MeetingAttendanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}}]} as unknown as DocumentNode<MeetingAttendanceFieldsFragment, unknown>;
export const MeetingAttendeeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}}]} as unknown as DocumentNode<MeetingAttendeeFieldsFragment, unknown>;
export const MeetingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}}]} as unknown as DocumentNode<MeetingFieldsFragment, unknown>;
export const ModerationItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReports"}},{"kind":"Field","name":{"kind":"Name","value":"totalReports"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ModerationItemFieldsFragment, unknown>;
export const NoticeReceiptFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}}]} as unknown as DocumentNode<NoticeReceiptFieldsFragment, unknown>;
export const NoticeListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ackRequired"}},{"kind":"Field","name":{"kind":"Name","value":"ackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"myReceipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeReceiptFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}}]} as unknown as DocumentNode<NoticeListFieldsFragment, unknown>;
export const NoticeStatsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeId"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"byOrg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}}]}}]}}]} as unknown as DocumentNode<NoticeStatsFieldsFragment, unknown>;
export const NotificationPreferencesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannel"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryReason"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesFieldsFragment, unknown>;
export const StageTransitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageTransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"extensionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicityUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDecision"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<StageTransitionFieldsFragment, unknown>;
export const SurveyListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}}]}}]} as unknown as DocumentNode<SurveyListFieldsFragment, unknown>;
export const SurveyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"resultsVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"resultsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minChoices"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"minLabel"}},{"kind":"Field","name":{"kind":"Name","value":"maxLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"exportUrl"}}]}}]} as unknown as DocumentNode<SurveyFieldsFragment, unknown>;
export const TransferLetterFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"crossProvince"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"duesPaidThrough"}},{"kind":"Field","name":{"kind":"Name","value":"crossing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}}]}}]} as unknown as DocumentNode<TransferLetterFieldsFragment, unknown>;
export const VoteListFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}}]}}]} as unknown as DocumentNode<VoteListFieldsFragment, unknown>;
export const VoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"resultsVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"minChoices"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"invalidReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"exportUrl"}}]}}]} as unknown as DocumentNode<VoteFieldsFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"loginAlerts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"permissionsAnywhere"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"line"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgLine"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"Variable","name":{"kind":"Name","value":"line"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"isJoint"}},{"kind":"Field","name":{"kind":"Name","value":"isVirtual"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const MemberSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberSearchQuery, MemberSearchQueryVariables>;
export const MemberNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberNameQuery, MemberNameQueryVariables>;
export const BeginUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BeginUploadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsCompletion"}}]}}]}}]} as unknown as DocumentNode<BeginUploadMutation, BeginUploadMutationVariables>;
export const CompleteUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}}]}}]}}]} as unknown as DocumentNode<CompleteUploadMutation, CompleteUploadMutationVariables>;
export const FileUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FileUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<FileUrlQuery, FileUrlQueryVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditChainBreak"}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const ConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LastMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LastMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcastOnly"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedNotice"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAdmin"}}]}}]} as unknown as DocumentNode<ConversationsQuery, ConversationsQueryVariables>;
export const ChatUnreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatUnread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChatUnreadQuery, ChatUnreadQueryVariables>;
export const ChatMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"beforeSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recalledBy"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"mentionIds"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsAll"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsViewer"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]} as unknown as DocumentNode<ChatMessagesQuery, ChatMessagesQueryVariables>;
export const SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recalledBy"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"mentionIds"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsAll"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsViewer"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const MarkConversationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkConversationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkConversationReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markConversationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MarkConversationReadMutation, MarkConversationReadMutationVariables>;
export const MessageAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageAdded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageAdded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recalledBy"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"mentionIds"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsAll"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsViewer"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]} as unknown as DocumentNode<MessageAddedSubscription, MessageAddedSubscriptionVariables>;
export const MessageChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recalledBy"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"mentionIds"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsAll"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsViewer"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]} as unknown as DocumentNode<MessageChangedSubscription, MessageChangedSubscriptionVariables>;
export const ConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LastMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LastMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcastOnly"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedNotice"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAdmin"}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const ConversationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"muted"}},{"kind":"Field","name":{"kind":"Name","value":"mutedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ConversationMembersQuery, ConversationMembersQueryVariables>;
export const SearchMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"beforeSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recalledBy"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"mentionIds"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsAll"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsViewer"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]} as unknown as DocumentNode<SearchMessagesQuery, SearchMessagesQueryVariables>;
export const CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LastMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LastMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcastOnly"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedNotice"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAdmin"}}]}}]} as unknown as DocumentNode<CreateGroupMutation, CreateGroupMutationVariables>;
export const OpenDirectConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenDirectConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDirectConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LastMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LastMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcastOnly"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedNotice"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAdmin"}}]}}]} as unknown as DocumentNode<OpenDirectConversationMutation, OpenDirectConversationMutationVariables>;
export const AddConversationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddConversationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddConversationMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addConversationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<AddConversationMembersMutation, AddConversationMembersMutationVariables>;
export const RemoveConversationMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveConversationMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeConversationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemoveConversationMemberMutation, RemoveConversationMemberMutationVariables>;
export const SetConversationAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetConversationAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetConversationAdminInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setConversationAdmin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SetConversationAdminMutation, SetConversationAdminMutationVariables>;
export const UpdateConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LastMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeq"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LastMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"broadcastOnly"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedNotice"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsAdmin"}}]}}]} as unknown as DocumentNode<UpdateConversationMutation, UpdateConversationMutationVariables>;
export const RecallMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRefInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChatMessageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChatMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyToSeq"}},{"kind":"Field","name":{"kind":"Name","value":"recalledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recalledBy"}},{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"mentionIds"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsAll"}},{"kind":"Field","name":{"kind":"Name","value":"mentionsViewer"}},{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]} as unknown as DocumentNode<RecallMessageMutation, RecallMessageMutationVariables>;
export const MuteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MuteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MuteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"muteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MuteMemberMutation, MuteMemberMutationVariables>;
export const UnmuteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnmuteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmuteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<UnmuteMemberMutation, UnmuteMemberMutationVariables>;
export const ReportMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportMessageInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]},{"kind":"Field","name":{"kind":"Name","value":"reportContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newReport"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]} as unknown as DocumentNode<ReportMessageMutation, ReportMessageMutationVariables>;
export const ChatWordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatWords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatWords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"word"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]} as unknown as DocumentNode<ChatWordsQuery, ChatWordsQueryVariables>;
export const SetChatWordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetChatWord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetChatWordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setChatWord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"word"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]} as unknown as DocumentNode<SetChatWordMutation, SetChatWordMutationVariables>;
export const RemoveChatWordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveChatWord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"word"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeChatWord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"word"},"value":{"kind":"Variable","name":{"kind":"Name","value":"word"}}}]}]}}]} as unknown as DocumentNode<RemoveChatWordMutation, RemoveChatWordMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberTotal"}},{"kind":"Field","name":{"kind":"Name","value":"membersByLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersByPoliticalStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationsByLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DuesRollupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuesRollup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"line"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DuesLine"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duesRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"Variable","name":{"kind":"Name","value":"line"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"toMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toMonth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"billedFen"}},{"kind":"Field","name":{"kind":"Name","value":"correctedFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"membersBilled"}},{"kind":"Field","name":{"kind":"Name","value":"membersPaid"}}]}}]}}]} as unknown as DocumentNode<DuesRollupQuery, DuesRollupQueryVariables>;
export const DuesArrearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuesArrears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"line"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DuesLine"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duesArrears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"Variable","name":{"kind":"Name","value":"line"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"owedFen"}},{"kind":"Field","name":{"kind":"Name","value":"monthsOwed"}},{"kind":"Field","name":{"kind":"Name","value":"oldestMonth"}},{"kind":"Field","name":{"kind":"Name","value":"lapseWarning"}},{"kind":"Field","name":{"kind":"Name","value":"lapseMonths"}}]}}]}}]} as unknown as DocumentNode<DuesArrearsQuery, DuesArrearsQueryVariables>;
export const DuesBasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuesBases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duesBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesBaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesBaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuesBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"newPayMonth"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DuesBasesQuery, DuesBasesQueryVariables>;
export const DuesStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuesStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"line"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DuesLine"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duesStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"Variable","name":{"kind":"Name","value":"line"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuesEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrects"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DuesStatementQuery, DuesStatementQueryVariables>;
export const DuesStandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuesStanding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"line"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DuesLine"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duesStanding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"Variable","name":{"kind":"Name","value":"line"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidThrough"}},{"kind":"Field","name":{"kind":"Name","value":"fromTenantName"}}]}}]}}]} as unknown as DocumentNode<DuesStandingQuery, DuesStandingQueryVariables>;
export const MyDuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"party"},"name":{"kind":"Name","value":"duesStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"EnumValue","value":"PARTY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesEntryFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"union"},"name":{"kind":"Name","value":"duesStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"EnumValue","value":"UNION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesEntryFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"youth"},"name":{"kind":"Name","value":"duesStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"EnumValue","value":"YOUTH"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duesBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesBaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuesEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrects"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesBaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuesBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"newPayMonth"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MyDuesQuery, MyDuesQueryVariables>;
export const SetDuesBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDuesBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDuesBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDuesBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesBaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesBaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuesBase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"fromMonth"}},{"kind":"Field","name":{"kind":"Name","value":"newPayMonth"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SetDuesBaseMutation, SetDuesBaseMutationVariables>;
export const GenerateDuesBillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateDuesBills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateDuesBillsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateDuesBills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}}]}}]}}]} as unknown as DocumentNode<GenerateDuesBillsMutation, GenerateDuesBillsMutationVariables>;
export const RecordDuesPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDuesPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDuesPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDuesPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuesEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrects"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RecordDuesPaymentMutation, RecordDuesPaymentMutationVariables>;
export const RemindDuesArrearsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindDuesArrears"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemindDuesArrearsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindDuesArrears"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminded"}}]}}]}}]} as unknown as DocumentNode<RemindDuesArrearsMutation, RemindDuesArrearsMutationVariables>;
export const CorrectDuesEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectDuesEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectDuesEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctDuesEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuesEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuesEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DuesEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"baseFen"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"corrects"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CorrectDuesEntryMutation, CorrectDuesEntryMutationVariables>;
export const ImportDuesBasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportDuesBases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportDuesBasesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDuesBases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportDuesBasesMutation, ImportDuesBasesMutationVariables>;
export const MyEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEvaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessedCount"}},{"kind":"Field","name":{"kind":"Name","value":"peerTurnout"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentProposed"}},{"kind":"Field","name":{"kind":"Name","value":"excellentDecided"}},{"kind":"Field","name":{"kind":"Name","value":"capWarning"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleSource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSelfAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPeerSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"peerTally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyQualified"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerComments"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"proposedReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"finalReason"}}]}}]}}]} as unknown as DocumentNode<MyEvaluationQuery, MyEvaluationQueryVariables>;
export const EvaluationCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationCampaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationCampaignFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessedCount"}},{"kind":"Field","name":{"kind":"Name","value":"peerTurnout"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentProposed"}},{"kind":"Field","name":{"kind":"Name","value":"excellentDecided"}},{"kind":"Field","name":{"kind":"Name","value":"capWarning"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleSource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSelfAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPeerSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"peerTally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyQualified"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerComments"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"proposedReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"finalReason"}}]}}]}}]} as unknown as DocumentNode<EvaluationCampaignsQuery, EvaluationCampaignsQueryVariables>;
export const StartEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationCampaignFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessedCount"}},{"kind":"Field","name":{"kind":"Name","value":"peerTurnout"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentProposed"}},{"kind":"Field","name":{"kind":"Name","value":"excellentDecided"}},{"kind":"Field","name":{"kind":"Name","value":"capWarning"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleSource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSelfAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPeerSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"peerTally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyQualified"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerComments"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"proposedReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"finalReason"}}]}}]}}]} as unknown as DocumentNode<StartEvaluationMutation, StartEvaluationMutationVariables>;
export const SubmitSelfAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSelfAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSelfAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSelfAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationCampaignFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessedCount"}},{"kind":"Field","name":{"kind":"Name","value":"peerTurnout"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentProposed"}},{"kind":"Field","name":{"kind":"Name","value":"excellentDecided"}},{"kind":"Field","name":{"kind":"Name","value":"capWarning"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleSource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSelfAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPeerSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"peerTally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyQualified"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerComments"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"proposedReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"finalReason"}}]}}]}}]} as unknown as DocumentNode<SubmitSelfAssessmentMutation, SubmitSelfAssessmentMutationVariables>;
export const SubmitPeerRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPeerRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPeerRatingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPeerRatings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationCampaignFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessedCount"}},{"kind":"Field","name":{"kind":"Name","value":"peerTurnout"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentProposed"}},{"kind":"Field","name":{"kind":"Name","value":"excellentDecided"}},{"kind":"Field","name":{"kind":"Name","value":"capWarning"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleSource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSelfAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPeerSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"peerTally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyQualified"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerComments"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"proposedReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"finalReason"}}]}}]}}]} as unknown as DocumentNode<SubmitPeerRatingsMutation, SubmitPeerRatingsMutationVariables>;
export const AdvanceEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdvanceEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationCampaignFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessedCount"}},{"kind":"Field","name":{"kind":"Name","value":"peerTurnout"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentProposed"}},{"kind":"Field","name":{"kind":"Name","value":"excellentDecided"}},{"kind":"Field","name":{"kind":"Name","value":"capWarning"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleSource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSelfAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPeerSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"peerTally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyQualified"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerComments"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"proposedReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"finalReason"}}]}}]}}]} as unknown as DocumentNode<AdvanceEvaluationMutation, AdvanceEvaluationMutationVariables>;
export const ProposeGradesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeGrades"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeGradesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeGrades"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationCampaignFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessedCount"}},{"kind":"Field","name":{"kind":"Name","value":"peerTurnout"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentProposed"}},{"kind":"Field","name":{"kind":"Name","value":"excellentDecided"}},{"kind":"Field","name":{"kind":"Name","value":"capWarning"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleSource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSelfAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPeerSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"peerTally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyQualified"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerComments"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"proposedReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"finalReason"}}]}}]}}]} as unknown as DocumentNode<ProposeGradesMutation, ProposeGradesMutationVariables>;
export const DecideGradesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideGrades"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideGradesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideGrades"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationCampaignFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationCampaignFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationCampaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessedCount"}},{"kind":"Field","name":{"kind":"Name","value":"peerTurnout"}},{"kind":"Field","name":{"kind":"Name","value":"excellentCap"}},{"kind":"Field","name":{"kind":"Name","value":"excellentProposed"}},{"kind":"Field","name":{"kind":"Name","value":"excellentDecided"}},{"kind":"Field","name":{"kind":"Name","value":"capWarning"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleTitle"}},{"kind":"Field","name":{"kind":"Name","value":"capRuleSource"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsParticipant"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSelfAssessed"}},{"kind":"Field","name":{"kind":"Name","value":"viewerPeerSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"peerTally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"qualified"}},{"kind":"Field","name":{"kind":"Name","value":"basicallyQualified"}},{"kind":"Field","name":{"kind":"Name","value":"unqualified"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerComments"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"proposedReason"}},{"kind":"Field","name":{"kind":"Name","value":"finalGrade"}},{"kind":"Field","name":{"kind":"Name","value":"finalReason"}}]}}]}}]} as unknown as DocumentNode<DecideGradesMutation, DecideGradesMutationVariables>;
export const GridCaseCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCaseCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCaseCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acceptHours"}},{"kind":"Field","name":{"kind":"Name","value":"resolveHours"}}]}}]}}]} as unknown as DocumentNode<GridCaseCategoriesQuery, GridCaseCategoriesQueryVariables>;
export const MyGridsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyGrids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myGrids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<MyGridsQuery, MyGridsQueryVariables>;
export const GridCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCaseState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"gridId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"categoryKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]} as unknown as DocumentNode<GridCasesQuery, GridCasesQueryVariables>;
export const GridCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterHidden"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatcherName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<GridCaseQuery, GridCaseQueryVariables>;
export const ReportGridCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportGridCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportGridCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportGridCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]} as unknown as DocumentNode<ReportGridCaseMutation, ReportGridCaseMutationVariables>;
export const AcceptGridCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptGridCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptGridCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptGridCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterHidden"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatcherName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptGridCaseMutation, AcceptGridCaseMutationVariables>;
export const CancelGridCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelGridCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelGridCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelGridCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterHidden"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatcherName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<CancelGridCaseMutation, CancelGridCaseMutationVariables>;
export const DispatchGridCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchGridCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchGridCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchGridCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterHidden"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatcherName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<DispatchGridCaseMutation, DispatchGridCaseMutationVariables>;
export const StartGridCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartGridCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartGridCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startGridCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterHidden"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatcherName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<StartGridCaseMutation, StartGridCaseMutationVariables>;
export const SubmitGridCaseFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitGridCaseFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitGridCaseFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitGridCaseFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterHidden"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatcherName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitGridCaseFeedbackMutation, SubmitGridCaseFeedbackMutationVariables>;
export const CloseGridCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseGridCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseGridCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeGridCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterHidden"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatcherName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<CloseGridCaseMutation, CloseGridCaseMutationVariables>;
export const ReopenGridCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenGridCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenGridCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenGridCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterHidden"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatcherName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenGridCaseMutation, ReopenGridCaseMutationVariables>;
export const RateGridCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateGridCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateGridCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateGridCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseDetailFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"stateLabel"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryKey"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"photos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridCaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridCaseListFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reporterHidden"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"dispatcherName"}},{"kind":"Field","name":{"kind":"Name","value":"acceptDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dispatchedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<RateGridCaseMutation, RateGridCaseMutationVariables>;
export const TaskBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"columns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskBoardColumnFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoardCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskBoardCardFields"}}]}}]}}]} as unknown as DocumentNode<TaskBoardQuery, TaskBoardQueryVariables>;
export const TaskBoardColumnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskBoardColumn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridCaseState"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskBoardColumn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskBoardColumnFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoardCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardColumnFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoardColumn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"cards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskBoardCardFields"}}]}}]}}]} as unknown as DocumentNode<TaskBoardColumnQuery, TaskBoardColumnQueryVariables>;
export const TaskBoardChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TaskBoardChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskBoardChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"card"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskBoardCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskBoardCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskBoardCard"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"assigneeName"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"secondsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"thumbnailUrl"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<TaskBoardChangedSubscription, TaskBoardChangedSubscriptionVariables>;
export const GridStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NaiveDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"gridId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToAccept"}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToClose"}},{"kind":"Field","name":{"kind":"Name","value":"mediationSuccessRate"}},{"kind":"Field","name":{"kind":"Name","value":"ratingAverage"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perGrid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionRate"}},{"kind":"Field","name":{"kind":"Name","value":"ratingAverage"}}]}}]}}]}}]} as unknown as DocumentNode<GridStatisticsQuery, GridStatisticsQueryVariables>;
export const GridAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gridId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridId"}}},{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridAssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<GridAssignmentsQuery, GridAssignmentsQueryVariables>;
export const AssignGridWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignGridWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignGridWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignGridWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridAssignmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<AssignGridWorkerMutation, AssignGridWorkerMutationVariables>;
export const EndGridAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndGridAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndGridAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endGridAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridAssignmentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gridId"}},{"kind":"Field","name":{"kind":"Name","value":"gridName"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<EndGridAssignmentMutation, EndGridAssignmentMutationVariables>;
export const SupervisionTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionTaskState"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionTaskFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisionTasksQuery, SupervisionTasksQueryVariables>;
export const CreateSupervisionTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSupervisionTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSupervisionTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSupervisionTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSupervisionTaskMutation, CreateSupervisionTaskMutationVariables>;
export const ReportSupervisionTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportSupervisionTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportSupervisionTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportSupervisionTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<ReportSupervisionTaskMutation, ReportSupervisionTaskMutationVariables>;
export const ReviewSupervisionTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewSupervisionTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewSupervisionTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewSupervisionTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GridFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GridFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GridFileFields"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewSupervisionTaskMutation, ReviewSupervisionTaskMutationVariables>;
export const IdeasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ideas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ideas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCardFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canSupport"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<IdeasQuery, IdeasQueryVariables>;
export const IdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Idea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCardFields"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canSupport"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<IdeaQuery, IdeaQueryVariables>;
export const SubmitIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canSupport"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<SubmitIdeaMutation, SubmitIdeaMutationVariables>;
export const SupportIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canSupport"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<SupportIdeaMutation, SupportIdeaMutationVariables>;
export const WithdrawIdeaSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawIdeaSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawIdeaSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canSupport"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<WithdrawIdeaSupportMutation, WithdrawIdeaSupportMutationVariables>;
export const ReviewIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canSupport"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<ReviewIdeaMutation, ReviewIdeaMutationVariables>;
export const DecideIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canSupport"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<DecideIdeaMutation, DecideIdeaMutationVariables>;
export const MarkIdeaImplementedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkIdeaImplemented"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkIdeaImplementedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markIdeaImplemented"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"idea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IdeaCardFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IdeaCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Idea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"supportCount"}},{"kind":"Field","name":{"kind":"Name","value":"commentCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSupports"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canSupport"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}}]}}]} as unknown as DocumentNode<MarkIdeaImplementedMutation, MarkIdeaImplementedMutationVariables>;
export const CommentOnIdeaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnIdea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommentOnIdeaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commentOnIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CommentOnIdeaMutation, CommentOnIdeaMutationVariables>;
export const ReportIdeaContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportIdeaContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newReport"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}}]}}]}}]} as unknown as DocumentNode<ReportIdeaContentMutation, ReportIdeaContentMutationVariables>;
export const UpdateTenantSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTenantSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTenantSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTenantSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"loginAlerts"}}]}}]}}]} as unknown as DocumentNode<UpdateTenantSettingsMutation, UpdateTenantSettingsMutationVariables>;
export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MyInquiriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInquiries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inquiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"askerName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answererName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}}]}}]} as unknown as DocumentNode<MyInquiriesQuery, MyInquiriesQueryVariables>;
export const OrgInquiriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgInquiries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InquiryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inquiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"askerName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answererName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}}]}}]} as unknown as DocumentNode<OrgInquiriesQuery, OrgInquiriesQueryVariables>;
export const AskInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inquiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"askerName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answererName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}}]}}]} as unknown as DocumentNode<AskInquiryMutation, AskInquiryMutationVariables>;
export const AnswerInquiryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inquiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"askerName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answererName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}}]}}]} as unknown as DocumentNode<AnswerInquiryMutation, AnswerInquiryMutationVariables>;
export const RateInquiryAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateInquiryAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateInquiryAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateInquiryAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InquiryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InquiryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Inquiry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"askerName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answererName"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"ratingComment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"canAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"canRate"}}]}}]} as unknown as DocumentNode<RateInquiryAnswerMutation, RateInquiryAnswerMutationVariables>;
export const JoinApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JoinApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JoinApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JoinApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JoinApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<JoinApplicationsQuery, JoinApplicationsQueryVariables>;
export const ApplyToJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToJoinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToJoin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JoinApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JoinApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JoinApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<ApplyToJoinMutation, ApplyToJoinMutationVariables>;
export const DecideJoinApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideJoinApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideJoinApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideJoinApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"JoinApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JoinApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JoinApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<DecideJoinApplicationMutation, DecideJoinApplicationMutationVariables>;
export const LapseRisksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LapseRisks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"line"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DuesLine"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lapseRisks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"Variable","name":{"kind":"Name","value":"line"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"lastOrgLifeAt"}},{"kind":"Field","name":{"kind":"Name","value":"missedMeetings"}},{"kind":"Field","name":{"kind":"Name","value":"unpaidMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lapseMonths"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ground"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"stageMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lapsed"}}]}}]}}]}}]} as unknown as DocumentNode<LapseRisksQuery, LapseRisksQueryVariables>;
export const LeagueCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeagueCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leagueCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastRemindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}}]}}]}}]}}]} as unknown as DocumentNode<LeagueCampaignsQuery, LeagueCampaignsQueryVariables>;
export const LeagueAgeOutsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeagueAgeOuts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leagueAgeOuts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ageOutOn"}}]}}]}}]} as unknown as DocumentNode<LeagueAgeOutsQuery, LeagueAgeOutsQueryVariables>;
export const StartLeagueCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartLeagueCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartLeagueCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startLeagueCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}}]}}]}}]} as unknown as DocumentNode<StartLeagueCampaignMutation, StartLeagueCampaignMutationVariables>;
export const RegisterLeagueMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterLeagueMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterLeagueMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerLeagueMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RegisterLeagueMembershipMutation, RegisterLeagueMembershipMutationVariables>;
export const RemindLeagueCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindLeagueCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindLeagueCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}]}]}}]} as unknown as DocumentNode<RemindLeagueCampaignMutation, RemindLeagueCampaignMutationVariables>;
export const MeetingTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ruleKey"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSource"}},{"kind":"Field","name":{"kind":"Name","value":"general"}},{"kind":"Field","name":{"kind":"Name","value":"committeeOnly"}}]}}]}}]} as unknown as DocumentNode<MeetingTypesQuery, MeetingTypesQueryVariables>;
export const MeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mine"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mine"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<MeetingsQuery, MeetingsQueryVariables>;
export const MeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MeetingQuery, MeetingQueryVariables>;
export const MeetingScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}}]} as unknown as DocumentNode<MeetingScreenQuery, MeetingScreenQueryVariables>;
export const MeetingCheckInCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingCheckInCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingCheckInCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshInSeconds"}}]}}]}}]} as unknown as DocumentNode<MeetingCheckInCodeQuery, MeetingCheckInCodeQueryVariables>;
export const MeetingComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"behindOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"behindOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"behindOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"frequencyMonths"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"lastHeldAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextMeetingId"}},{"kind":"Field","name":{"kind":"Name","value":"missedLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSource"}}]}}]}}]} as unknown as DocumentNode<MeetingComplianceQuery, MeetingComplianceQueryVariables>;
export const ScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const CancelMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const RequestMeetingLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMeetingLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMeetingLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMeetingLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RequestMeetingLeaveMutation, RequestMeetingLeaveMutationVariables>;
export const DecideMeetingLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideMeetingLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideMeetingLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideMeetingLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DecideMeetingLeaveMutation, DecideMeetingLeaveMutationVariables>;
export const CheckInToMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInToMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInToMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInToMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CheckInToMeetingMutation, CheckInToMeetingMutationVariables>;
export const RecordMeetingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeetingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RecordMeetingAttendanceMutation, RecordMeetingAttendanceMutationVariables>;
export const SaveMeetingMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMeetingMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveMeetingMinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveMeetingMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<SaveMeetingMinutesMutation, SaveMeetingMinutesMutationVariables>;
export const ApproveMeetingMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMeetingMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveMeetingMinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveMeetingMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ApproveMeetingMinutesMutation, ApproveMeetingMinutesMutationVariables>;
export const AmendMeetingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendMeetingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendMeetingRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendMeetingRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AmendMeetingRecordMutation, AmendMeetingRecordMutationVariables>;
export const MeetingChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"isElection"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"held"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"minutesStatus"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendeeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"voting"}},{"kind":"Field","name":{"kind":"Name","value":"leaveReason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveRefused"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInMethod"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingListFields"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"}},{"kind":"Field","name":{"kind":"Name","value":"geofence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"radiusMeters"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedByName"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendeeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MeetingChangedSubscription, MeetingChangedSubscriptionVariables>;
export const MeetingCountsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MeetingCountsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkInOpen"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingAttendanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingAttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"onLeave"}},{"kind":"Field","name":{"kind":"Name","value":"leavePending"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"quorumShare"}},{"kind":"Field","name":{"kind":"Name","value":"quorumInclusive"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"quorumRuleSource"}}]}}]} as unknown as DocumentNode<MeetingCountsChangedSubscription, MeetingCountsChangedSubscriptionVariables>;
export const CalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQuery, CalendarFeedQueryVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"line"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgLine"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"politicalStatus"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PoliticalStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDisabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"line"},"value":{"kind":"Variable","name":{"kind":"Name","value":"line"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"politicalStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"politicalStatus"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDisabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDisabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const MemberDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hasAccount"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unionOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"youthOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberDetailQuery, MemberDetailQueryVariables>;
export const CreateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMemberMutation, CreateMemberMutationVariables>;
export const UpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const SetMemberDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMemberDisabledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SetMemberDisabledMutation, SetMemberDisabledMutationVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const ImportMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportMembersMutation, ImportMembersMutationVariables>;
export const ModerationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModerationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderationQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationItemFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReports"}},{"kind":"Field","name":{"kind":"Name","value":"totalReports"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ModerationQueueQuery, ModerationQueueQueryVariables>;
export const ModerateContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModerateContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModerateContentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moderateContent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModerationItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModerationItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModerationItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contentId"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"pendingReports"}},{"kind":"Field","name":{"kind":"Name","value":"totalReports"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ModerateContentMutation, ModerateContentMutationVariables>;
export const NoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeListFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ackRequired"}},{"kind":"Field","name":{"kind":"Name","value":"ackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"myReceipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeReceiptFields"}}]}}]}}]} as unknown as DocumentNode<NoticesQuery, NoticesQueryVariables>;
export const SentNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SentNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeListFields"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSeeBoard"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ackRequired"}},{"kind":"Field","name":{"kind":"Name","value":"ackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"myReceipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeReceiptFields"}}]}}]}}]} as unknown as DocumentNode<SentNoticesQuery, SentNoticesQueryVariables>;
export const NoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeListFields"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"isImage"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSeeBoard"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}},{"kind":"Field","name":{"kind":"Name","value":"audience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"includeSubtree"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"excludeMemberIds"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ackRequired"}},{"kind":"Field","name":{"kind":"Name","value":"ackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"myReceipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeReceiptFields"}}]}}]}}]} as unknown as DocumentNode<NoticeQuery, NoticeQueryVariables>;
export const NoticeBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"ackRequired"}},{"kind":"Field","name":{"kind":"Name","value":"ackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanSeeBoard"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeStatsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeId"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"byOrg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}}]}}]}}]} as unknown as DocumentNode<NoticeBoardQuery, NoticeBoardQueryVariables>;
export const NoticeResponsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeResponses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"state"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeResponseState"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noticeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"Variable","name":{"kind":"Name","value":"state"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"remindedCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeResponsesQuery, NoticeResponsesQueryVariables>;
export const NoticeAudienceCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeAudienceCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"issuerOrgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeAudienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeAudienceCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"issuerOrgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"issuerOrgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}}]}]}}]} as unknown as DocumentNode<NoticeAudienceCountQuery, NoticeAudienceCountQueryVariables>;
export const SaveNoticeDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveNoticeDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveNoticeDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SaveNoticeDraftMutation, SaveNoticeDraftMutationVariables>;
export const PublishNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}}]}}]}}]}}]} as unknown as DocumentNode<PublishNoticeMutation, PublishNoticeMutationVariables>;
export const ReviewNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanReview"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewNoticeMutation, ReviewNoticeMutationVariables>;
export const WithdrawNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawReason"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawNoticeMutation, WithdrawNoticeMutationVariables>;
export const AcknowledgeNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myReceipt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeReceiptFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeReceiptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeReceipt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reply"}}]}}]} as unknown as DocumentNode<AcknowledgeNoticeMutation, AcknowledgeNoticeMutationVariables>;
export const RemindNoticeRecipientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindNoticeRecipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemindNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindNoticeRecipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminded"}}]}}]}}]} as unknown as DocumentNode<RemindNoticeRecipientsMutation, RemindNoticeRecipientsMutationVariables>;
export const NoticeStatsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NoticeStatsChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeStatsChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noticeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeStatsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NoticeStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noticeId"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"byOrg"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}}]}}]}}]} as unknown as DocumentNode<NoticeStatsChangedSubscription, NoticeStatsChangedSubscriptionVariables>;
export const AudienceRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AudienceRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<AudienceRolesQuery, AudienceRolesQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"noticeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferencesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannel"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryReason"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationChannelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationChannel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetNotificationChannelInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationChannel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferencesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannel"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryReason"}}]}}]}}]} as unknown as DocumentNode<SetNotificationChannelMutation, SetNotificationChannelMutationVariables>;
export const SetDigestFrequencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDigestFrequency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDigestFrequencyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDigestFrequency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferencesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferencesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferences"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"digestFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannel"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryReason"}}]}}]}}]} as unknown as DocumentNode<SetDigestFrequencyMutation, SetDigestFrequencyMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"noticeId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const OperatorLogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OperatorLogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OperatorLogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatorLogIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<OperatorLogInMutation, OperatorLogInMutationVariables>;
export const QueueHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runnable"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"oldestRunnableSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"deadJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<QueueHealthQuery, QueueHealthQueryVariables>;
export const OperatorTenantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperatorTenants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OperatorTenantsQuery, OperatorTenantsQueryVariables>;
export const SetTenantSuspendedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTenantSuspended"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTenantSuspendedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTenantSuspended"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SetTenantSuspendedMutation, SetTenantSuspendedMutationVariables>;
export const OrganizationPositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationPositionsQuery, OrganizationPositionsQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const RenameOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RenameOrganizationMutation, RenameOrganizationMutationVariables>;
export const MoveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]}}]}}]} as unknown as DocumentNode<MoveOrganizationMutation, MoveOrganizationMutationVariables>;
export const ArchiveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveOrganizationMutation, ArchiveOrganizationMutationVariables>;
export const AssignPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AssignPositionMutation, AssignPositionMutationVariables>;
export const EndPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]}}]} as unknown as DocumentNode<EndPositionMutation, EndPositionMutationVariables>;
export const PartyPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartyPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partyPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"extendedMonths"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"introducers"}},{"kind":"Field","name":{"kind":"Name","value":"nextStage"}},{"kind":"Field","name":{"kind":"Name","value":"earliestNext"}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openTransitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageTransitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageTransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"extensionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicityUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDecision"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<PartyPipelineQuery, PartyPipelineQueryVariables>;
export const MemberPipelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberPipeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberPipeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionMonths"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageTransitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageTransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"extensionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicityUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDecision"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<MemberPipelineQuery, MemberPipelineQueryVariables>;
export const RecordMemberStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMemberStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMemberStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMemberStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"extensionMonths"}}]}}]}}]} as unknown as DocumentNode<RecordMemberStageMutation, RecordMemberStageMutationVariables>;
export const SetPipelineContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPipelineContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPipelineContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPipelineContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SetPipelineContactMutation, SetPipelineContactMutationVariables>;
export const ProposeStageTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeStageTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeStageTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeStageTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageTransitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageTransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"extensionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicityUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDecision"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<ProposeStageTransitionMutation, ProposeStageTransitionMutationVariables>;
export const ObjectToStageTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectToStageTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectToStageTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectToStageTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}}]}}]}}]} as unknown as DocumentNode<ObjectToStageTransitionMutation, ObjectToStageTransitionMutationVariables>;
export const DecideStageTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideStageTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideStageTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideStageTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageTransitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageTransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"extensionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicityUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDecision"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<DecideStageTransitionMutation, DecideStageTransitionMutationVariables>;
export const WithdrawStageTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawStageTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawStageTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawStageTransition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StageTransitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StageTransitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageTransition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"extensionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publicityUntil"}},{"kind":"Field","name":{"kind":"Name","value":"approvalDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDecision"}},{"kind":"Field","name":{"kind":"Name","value":"objectionCount"}},{"kind":"Field","name":{"kind":"Name","value":"objections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]} as unknown as DocumentNode<WithdrawStageTransitionMutation, WithdrawStageTransitionMutationVariables>;
export const RolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"builtin"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]} as unknown as DocumentNode<RolesQuery, RolesQueryVariables>;
export const GrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantsQuery, GrantsQueryVariables>;
export const GrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RevokeGrantMutation, RevokeGrantMutationVariables>;
export const RulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"defaultParams"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveParams"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSource"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenAt"}}]}}]}}]} as unknown as DocumentNode<RulesQuery, RulesQueryVariables>;
export const OverrideRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverrideRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveParams"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSource"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenAt"}}]}}]}}]} as unknown as DocumentNode<OverrideRuleMutation, OverrideRuleMutationVariables>;
export const ResetRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveParams"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSource"}},{"kind":"Field","name":{"kind":"Name","value":"overridden"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenAt"}}]}}]}}]} as unknown as DocumentNode<ResetRuleMutation, ResetRuleMutationVariables>;
export const MySurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySurveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySurveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"pendingOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyListFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}}]}}]} as unknown as DocumentNode<MySurveysQuery, MySurveysQueryVariables>;
export const OrgSurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgSurveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyListFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}}]}}]} as unknown as DocumentNode<OrgSurveysQuery, OrgSurveysQueryVariables>;
export const SurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Survey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"resultsVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"resultsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minChoices"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"minLabel"}},{"kind":"Field","name":{"kind":"Name","value":"maxLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"exportUrl"}}]}}]} as unknown as DocumentNode<SurveyQuery, SurveyQueryVariables>;
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"texts"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const CreateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const SubmitSurveyResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSurveyResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"resultsVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"resultsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minChoices"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"minLabel"}},{"kind":"Field","name":{"kind":"Name","value":"maxLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"exportUrl"}}]}}]} as unknown as DocumentNode<SubmitSurveyResponseMutation, SubmitSurveyResponseMutationVariables>;
export const CloseSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Survey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"resultsVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"resultsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minChoices"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"minLabel"}},{"kind":"Field","name":{"kind":"Name","value":"maxLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"responded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"exportUrl"}}]}}]} as unknown as DocumentNode<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const RemindSurveyRespondentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindSurveyRespondents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindSurveyRespondents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminded"}}]}}]}}]} as unknown as DocumentNode<RemindSurveyRespondentsMutation, RemindSurveyRespondentsMutationVariables>;
export const SurveyAudienceCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyAudienceCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"audience"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyAudienceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyAudienceCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"audience"},"value":{"kind":"Variable","name":{"kind":"Name","value":"audience"}}}]}]}}]} as unknown as DocumentNode<SurveyAudienceCountQuery, SurveyAudienceCountQueryVariables>;
export const TransferLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferLetterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"crossProvince"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"duesPaidThrough"}},{"kind":"Field","name":{"kind":"Name","value":"crossing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}}]}}]} as unknown as DocumentNode<TransferLettersQuery, TransferLettersQueryVariables>;
export const TransferLetterByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TransferLetterByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferLetterByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromTenantName"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"duesPaidThrough"}},{"kind":"Field","name":{"kind":"Name","value":"crossing"}}]}}]}}]} as unknown as DocumentNode<TransferLetterByCodeQuery, TransferLetterByCodeQueryVariables>;
export const IssueTransferLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueTransferLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueTransferLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTransferLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferLetterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"crossProvince"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"duesPaidThrough"}},{"kind":"Field","name":{"kind":"Name","value":"crossing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}}]}}]} as unknown as DocumentNode<IssueTransferLetterMutation, IssueTransferLetterMutationVariables>;
export const CancelTransferLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTransferLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelTransferLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTransferLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TransferLetterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TransferLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TransferLetter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"fromOrgName"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"crossProvince"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"duesPaidThrough"}},{"kind":"Field","name":{"kind":"Name","value":"crossing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receipt"}}]}}]} as unknown as DocumentNode<CancelTransferLetterMutation, CancelTransferLetterMutationVariables>;
export const AcceptTransferLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTransferLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptTransferLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTransferLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptTransferLetterMutation, AcceptTransferLetterMutationVariables>;
export const UnionCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnionCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unionCard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"tenantName"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<UnionCardQuery, UnionCardQueryVariables>;
export const VerifyUnionCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyUnionCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyUnionCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}}]}}]}}]} as unknown as DocumentNode<VerifyUnionCardQuery, VerifyUnionCardQueryVariables>;
export const MyVotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"pendingOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pendingOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoteListFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}}]}}]} as unknown as DocumentNode<MyVotesQuery, MyVotesQueryVariables>;
export const OrgVotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgVotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"votes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoteListFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteListFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}}]}}]} as unknown as DocumentNode<OrgVotesQuery, OrgVotesQueryVariables>;
export const VoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Vote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoteFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"resultsVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"minChoices"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"invalidReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"exportUrl"}}]}}]} as unknown as DocumentNode<VoteQuery, VoteQueryVariables>;
export const VoteNonVotersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoteNonVoters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nonVoters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"remindedCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VoteNonVotersQuery, VoteNonVotersQueryVariables>;
export const VoteReceiptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoteReceipts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receipts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VoteReceiptsQuery, VoteReceiptsQueryVariables>;
export const VoteElectorateCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoteElectorateCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electorate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ElectorateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteElectorateCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"electorate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electorate"}}}]}]}}]} as unknown as DocumentNode<VoteElectorateCountQuery, VoteElectorateCountQueryVariables>;
export const VerifyBallotReceiptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyBallotReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receipt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyBallotReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"voteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}}},{"kind":"Argument","name":{"kind":"Name","value":"receipt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receipt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"fingerprint"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyBallotReceiptQuery, VerifyBallotReceiptQueryVariables>;
export const CreateVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateVoteMutation, CreateVoteMutationVariables>;
export const CastBallotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastBallot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastBallotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castBallot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receipt"}}]}}]}}]} as unknown as DocumentNode<CastBallotMutation, CastBallotMutationVariables>;
export const CloseVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"orgName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"resultsVisibility"}},{"kind":"Field","name":{"kind":"Name","value":"minChoices"}},{"kind":"Field","name":{"kind":"Name","value":"maxChoices"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"option"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"votes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"invalidReason"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"exportUrl"}}]}}]} as unknown as DocumentNode<CloseVoteMutation, CloseVoteMutationVariables>;
export const RemindVotersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindVoters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemindVotersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindVoters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reminded"}}]}}]}}]} as unknown as DocumentNode<RemindVotersMutation, RemindVotersMutationVariables>;
export const VoteTurnoutChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VoteTurnoutChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteTurnoutChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"voteId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"voteId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteId"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"voted"}}]}}]}}]} as unknown as DocumentNode<VoteTurnoutChangedSubscription, VoteTurnoutChangedSubscriptionVariables>;