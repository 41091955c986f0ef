// Study (学习). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const MyStudyPlansQuery = graphql(`
  query MyStudyPlans($first: Int!, $after: String) {
    myStudyPlans(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          description
          organizationName
          deadline
          status
          myCompleted
          materialCount
          continueMaterialId
          materials {
            materialId
            title
            requiredSeconds
            seconds
            completed
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const StudyMaterialFields = graphql(`
  fragment StudyMaterialFields on StudyMaterial {
    id
    organizationId
    organizationName
    kind
    title
    summary
    body
    videoUrl
    durationSeconds
    fileName
    requiredSeconds
    archivedAt
    createdAt
    viewerCanManage
    myProgress {
      seconds
      completed
      completedAt
    }
  }
`);

export const StudyMaterialQuery = graphql(`
  query StudyMaterial($id: ID!) {
    studyMaterial(id: $id) {
      ...StudyMaterialFields
      fileUrl
    }
  }
`);

export const OpenStudyMaterialMutation = graphql(`
  mutation OpenStudyMaterial($input: StudyMaterialIdInput!) {
    openStudyMaterial(input: $input) {
      material {
        id
        myProgress {
          seconds
          completed
          completedAt
        }
      }
    }
  }
`);

export const RecordStudyTimeMutation = graphql(`
  mutation RecordStudyTime($input: RecordStudyTimeInput!) {
    recordStudyTime(input: $input) {
      material {
        id
        myProgress {
          seconds
          completed
          completedAt
        }
      }
    }
  }
`);

export const FinishStudyMaterialMutation = graphql(`
  mutation FinishStudyMaterial($input: StudyMaterialIdInput!) {
    finishStudyMaterial(input: $input) {
      material {
        id
        myProgress {
          seconds
          completed
          completedAt
        }
      }
    }
  }
`);

export const StudyNotesQuery = graphql(`
  query StudyNotes($materialId: ID!, $first: Int!, $after: String) {
    studyNotes(materialId: $materialId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          memberName
          body
          shared
          mine
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SaveStudyNoteMutation = graphql(`
  mutation SaveStudyNote($input: SaveStudyNoteInput!) {
    saveStudyNote(input: $input) {
      note {
        id
        body
        shared
        mine
        updatedAt
      }
    }
  }
`);

export const StudyMaterialsQuery = graphql(`
  query StudyMaterials($orgId: ID!, $first: Int!, $after: String) {
    studyMaterials(orgId: $orgId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...StudyMaterialFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateStudyMaterialMutation = graphql(`
  mutation CreateStudyMaterial($input: CreateStudyMaterialInput!) {
    createStudyMaterial(input: $input) {
      material {
        id
      }
    }
  }
`);

export const UpdateStudyMaterialMutation = graphql(`
  mutation UpdateStudyMaterial($input: UpdateStudyMaterialInput!) {
    updateStudyMaterial(input: $input) {
      material {
        ...StudyMaterialFields
      }
    }
  }
`);

export const ArchiveStudyMaterialMutation = graphql(`
  mutation ArchiveStudyMaterial($input: StudyMaterialIdInput!) {
    archiveStudyMaterial(input: $input) {
      material {
        id
        archivedAt
      }
    }
  }
`);

export const StudyCoursesQuery = graphql(`
  query StudyCourses($orgId: ID!, $first: Int!, $after: String) {
    studyCourses(orgId: $orgId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          summary
          materialIds
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The manage page's courses, with the materials they hold (titles for the edit dialog). */
export const ManagedStudyCoursesQuery = graphql(`
  query ManagedStudyCourses($orgId: ID!, $first: Int!, $after: String) {
    studyCourses(orgId: $orgId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          summary
          materialIds
          materials {
            id
            title
            archivedAt
          }
          viewerCanManage
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateStudyCourseMutation = graphql(`
  mutation CreateStudyCourse($input: CreateStudyCourseInput!) {
    createStudyCourse(input: $input) {
      course {
        id
      }
    }
  }
`);

export const StudyPlansQuery = graphql(`
  query StudyPlans($orgId: ID!, $first: Int!, $after: String) {
    studyPlans(orgId: $orgId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          deadline
          status
          assignedCount
          completedCount
          materialCount
          viewerCanManage
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateStudyPlanMutation = graphql(`
  mutation CreateStudyPlan($input: CreateStudyPlanInput!) {
    createStudyPlan(input: $input) {
      plan {
        id
        assignedCount
      }
    }
  }
`);

export const UpdateStudyCourseMutation = graphql(`
  mutation UpdateStudyCourse($input: UpdateStudyCourseInput!) {
    updateStudyCourse(input: $input) {
      course {
        id
        title
        summary
        materialIds
      }
    }
  }
`);

/** A plan as its edit dialog shows it (the audience as chosen, the items in order). */
export const StudyPlanEditQuery = graphql(`
  query StudyPlanEdit($id: ID!) {
    studyPlan(id: $id) {
      id
      organizationId
      title
      description
      deadline
      status
      audience
      items {
        position
        materialId
        courseId
        title
      }
    }
  }
`);

export const UpdateStudyPlanMutation = graphql(`
  mutation UpdateStudyPlan($input: UpdateStudyPlanInput!) {
    updateStudyPlan(input: $input) {
      plan {
        id
        title
        deadline
        status
        assignedCount
        completedCount
        materialCount
      }
    }
  }
`);

export const CloseStudyPlanMutation = graphql(`
  mutation CloseStudyPlan($input: StudyPlanIdInput!) {
    closeStudyPlan(input: $input) {
      plan {
        id
        status
      }
    }
  }
`);

export const StudyPlanBoardQuery = graphql(`
  query StudyPlanBoard($planId: ID!, $first: Int!, $after: String, $incompleteOnly: Boolean!) {
    studyPlan(id: $planId) {
      id
      title
      deadline
      status
      organizationName
      viewerCanManage
      exportUrl
    }
    studyPlanCompletion(planId: $planId, first: $first, after: $after, incompleteOnly: $incompleteOnly) {
      assigned
      completed
      organizations {
        organizationId
        organizationName
        assigned
        completed
      }
      people {
        edges {
          cursor
          node {
            memberId
            memberName
            organizationName
            completedItems
            totalItems
            seconds
            lastStudiedAt
            completed
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const RemindStudyPlanMutation = graphql(`
  mutation RemindStudyPlan($input: StudyPlanIdInput!) {
    remindStudyPlan(input: $input) {
      reminded
    }
  }
`);
