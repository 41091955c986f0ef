// Publishing (宣传). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** The unit's columns with the viewer's rights. */
export const ColumnsQuery = graphql(`
  query PublishingColumns {
    columns {
      id
      name
      description
      organizationName
      submitPolicy
      secondReview
      isPublic
      viewerCanSubmit
      viewerCanReview
      ...ColumnManageFields
    }
  }
`);

/** A column as the management page shows it. */
export const ColumnManageFields = graphql(`
  fragment ColumnManageFields on Column {
    id
    name
    description
    organizationId
    organizationName
    submitPolicy
    secondReview
    isPublic
    viewerCanReview
    archivedAt
  }
`);

/** The archived columns the viewer reviews. */
export const ArchivedColumnsQuery = graphql(`
  query ArchivedColumns {
    archivedColumns {
      ...ColumnManageFields
    }
  }
`);

/** 新建栏目. */
export const CreateColumnMutation = graphql(`
  mutation CreateColumn($input: CreateColumnInput!) {
    createColumn(input: $input) {
      column {
        ...ColumnManageFields
      }
    }
  }
`);

/** 修改栏目. */
export const UpdateColumnMutation = graphql(`
  mutation UpdateColumn($input: UpdateColumnInput!) {
    updateColumn(input: $input) {
      column {
        ...ColumnManageFields
      }
    }
  }
`);

/** 归档栏目. */
export const ArchiveColumnMutation = graphql(`
  mutation ArchiveColumn($input: ColumnRefInput!) {
    archiveColumn(input: $input) {
      column {
        ...ColumnManageFields
      }
    }
  }
`);

/** 恢复栏目. */
export const RestoreColumnMutation = graphql(`
  mutation RestoreColumn($input: ColumnRefInput!) {
    restoreColumn(input: $input) {
      column {
        ...ColumnManageFields
      }
    }
  }
`);

/** An article as lists show it. */
export const ArticleListFields = graphql(`
  fragment ArticleListFields on Article {
    id
    title
    columnName
    status
    authorName
    tags
    publishedAt
    submittedAt
    viewCount
    likeCount
    commentCount
  }
`);

/** A column's published articles, searched and paged. */
export const ArticlesQuery = graphql(`
  query PublishingArticles($columnId: ID!, $search: String, $after: String) {
    articles(columnId: $columnId, search: $search, first: 20, after: $after) {
      edges {
        node {
          ...ArticleListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The viewer's own articles. */
export const MyArticlesQuery = graphql(`
  query MyArticles {
    myArticles {
      ...ArticleListFields
    }
  }
`);

/** Articles waiting for the viewer's review. */
export const ReviewQueueQuery = graphql(`
  query ArticleReviewQueue {
    articleReviewQueue {
      ...ArticleListFields
    }
  }
`);

/** One article with everything its page shows. */
export const ArticleQuery = graphql(`
  query PublishingArticle($id: ID!) {
    article(id: $id) {
      ...ArticleListFields
      columnId
      bodyHtml
      contributorName
      isPublic
      visibilityOrganizationId
      visibilityOrganizationName
      visibilityLine
      returnNote
      withdrawReason
      publishAt
      commentsOpen
      viewerLiked
      viewerIsAuthor
      viewerCanEdit
      viewerCanReview
      contributorId
      files {
        id
        fileName
        contentType
        byteSize
        url
        cover
      }
      history {
        action
        toStatus
        actorName
        note
        at
      }
      comments(first: 100) {
        edges {
          node {
            id
            authorName
            mine
            body
            hidden
            reply
            createdAt
          }
        }
      }
    }
  }
`);

export const CreateArticleMutation = graphql(`
  mutation CreateArticle($input: CreateArticleInput!) {
    createArticle(input: $input) {
      article {
        id
        status
      }
    }
  }
`);

export const UpdateArticleMutation = graphql(`
  mutation UpdateArticle($input: UpdateArticleInput!) {
    updateArticle(input: $input) {
      article {
        id
        status
      }
    }
  }
`);

export const SubmitArticleMutation = graphql(`
  mutation SubmitArticle($input: SubmitArticleInput!) {
    submitArticle(input: $input) {
      article {
        id
        status
      }
    }
  }
`);

export const ReviewArticleMutation = graphql(`
  mutation ReviewArticle($input: ReviewArticleInput!) {
    reviewArticle(input: $input) {
      article {
        id
        status
        returnNote
      }
    }
  }
`);

export const PublishArticleMutation = graphql(`
  mutation PublishArticle($input: PublishArticleInput!) {
    publishArticle(input: $input) {
      article {
        id
        status
        publishedAt
        publishAt
      }
    }
  }
`);

export const WithdrawArticleMutation = graphql(`
  mutation WithdrawArticle($input: WithdrawArticleInput!) {
    withdrawArticle(input: $input) {
      article {
        id
        status
        withdrawReason
      }
    }
  }
`);

export const LikeArticleMutation = graphql(`
  mutation LikeArticle($input: ArticleIdInput!) {
    likeArticle(input: $input) {
      article {
        id
        likeCount
        viewerLiked
      }
    }
  }
`);

export const UnlikeArticleMutation = graphql(`
  mutation UnlikeArticle($input: ArticleIdInput!) {
    unlikeArticle(input: $input) {
      article {
        id
        likeCount
        viewerLiked
      }
    }
  }
`);

export const CommentMutation = graphql(`
  mutation CommentOnArticle($input: CommentOnArticleInput!) {
    commentOnArticle(input: $input) {
      comment {
        id
      }
    }
  }
`);

export const ReplyMutation = graphql(`
  mutation ReplyToComment($input: ReplyToCommentInput!) {
    replyToComment(input: $input) {
      comment {
        id
        reply
      }
    }
  }
`);

export const HideCommentMutation = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      comment {
        id
        hidden
      }
    }
  }
`);

export const ReportCommentMutation = graphql(`
  mutation ReportComment($input: ReportCommentInput!) {
    reportComment(input: $input) {
      newReport
      hidden
    }
  }
`);

export const SetCommentsMutation = graphql(`
  mutation SetArticleComments($input: SetArticleCommentsInput!) {
    setArticleComments(input: $input) {
      article {
        id
        commentsOpen
      }
    }
  }
`);

export const ContributorStatisticsQuery = graphql(`
  query ContributorStatistics($organizationId: ID, $from: DateTime!, $to: DateTime!) {
    contributorStatistics(organizationId: $organizationId, from: $from, to: $to) {
      exportUrl
      contributors {
        memberId
        memberName
        organizationName
        submitted
        adopted
        returned
        views
        likes
      }
      organizations {
        organizationId
        organizationName
        submitted
        adopted
        returned
        views
        likes
      }
    }
  }
`);
