import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, renderPage } from '../../test/render';
import StudyHomePage from './StudyHomePage';

function plans(nodes: unknown[]) {
  return {
    data: {
      myStudyPlans: {
        __typename: 'StudyPlanConnection',
        edges: nodes.map((node, i) => ({ __typename: 'StudyPlanEdge', cursor: `c${i}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  };
}

const plan = {
  __typename: 'StudyPlan',
  id: 'p1',
  title: '本月学习计划：学党章、守党规',
  description: '',
  organizationName: '第一党支部',
  deadline: '2026-12-20T10:00:00Z',
  status: 'OPEN',
  myCompleted: 1,
  materialCount: 3,
  continueMaterialId: 'm2',
  materials: [
    { __typename: 'StudyPlanMaterial', materialId: 'm1', title: '深刻领会“两个维护”', requiredSeconds: null, seconds: 0, completed: true },
    { __typename: 'StudyPlanMaterial', materialId: 'm2', title: '学习党章', requiredSeconds: 300, seconds: 60, completed: false },
    { __typename: 'StudyPlanMaterial', materialId: 'm3', title: '微党课', requiredSeconds: null, seconds: 0, completed: false },
  ],
};

describe('StudyHomePage (我的学习)', () => {
  it('shows each plan’s progress and continues where the member stopped', async () => {
    const mock = mockClient(() => plans([plan]));
    renderPage(<StudyHomePage />, { client: mock.client, viewer: MEMBER_VIEWER, path: '/study', route: '/study' });

    const card = await screen.findByTestId('study-plan');
    expect(within(card).getByTestId('study-plan-count')).toHaveTextContent('已完成 1/3 项');
    expect(within(card).getAllByText('已完成')).toHaveLength(1);
    fireEvent.click(within(card).getByRole('button', { name: '继续学习' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/study/materials/m2');
  });

  it('says so when no plan is assigned', async () => {
    const mock = mockClient(() => plans([]));
    renderPage(<StudyHomePage />, { client: mock.client, viewer: MEMBER_VIEWER });
    expect(await screen.findByText('暂时没有学习计划')).toBeInTheDocument();
  });
});
