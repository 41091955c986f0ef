import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import StudyMaterialPage from './StudyMaterialPage';

function material(over: Record<string, unknown> = {}) {
  return {
    __typename: 'StudyMaterial',
    id: 'm1',
    organizationId: 'o1',
    organizationName: '第一党支部',
    kind: 'ARTICLE',
    title: '学习党章：党员的义务和权利',
    summary: '逐条学习',
    body: '<p>中国共产党章程</p>',
    videoUrl: null,
    durationSeconds: null,
    fileName: null,
    fileUrl: null,
    requiredSeconds: null,
    archivedAt: null,
    createdAt: '2026-12-01T00:00:00Z',
    viewerCanManage: false,
    myProgress: { __typename: 'StudyProgress', seconds: 0, completed: false, completedAt: null },
    ...over,
  };
}

const noNotes = {
  studyNotes: { __typename: 'StudyNoteConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } },
};

function progressReply(completed: boolean) {
  return { __typename: 'StudyMaterialPayload', material: { __typename: 'StudyMaterial', id: 'm1', myProgress: { __typename: 'StudyProgress', seconds: 0, completed, completedAt: null } } };
}

describe('StudyMaterialPage (学习资料)', () => {
  it('opens the material, shows the article and the reading time still owed', async () => {
    const mock = mockClient((op) => {
      if (op.operationName === 'StudyMaterial') return { data: { studyMaterial: material({ requiredSeconds: 300, myProgress: { __typename: 'StudyProgress', seconds: 60, completed: false, completedAt: null } }) } };
      if (op.operationName === 'OpenStudyMaterial') return { data: { openStudyMaterial: progressReply(false) } };
      return { data: noNotes };
    });
    renderPage(<StudyMaterialPage />, { client: mock.client, viewer: MEMBER_VIEWER, path: '/study/materials/m1', route: '/study/materials/:id' });

    expect(await screen.findByTestId('study-body')).toHaveTextContent('中国共产党章程');
    expect(screen.getByTestId('study-progress')).toHaveTextContent('已学习 1 分 00 秒，需学习 5 分 00 秒');
    await waitFor(() => expect(named(mock.sent, 'OpenStudyMaterial')).toHaveLength(1));
    expect(screen.queryByRole('button', { name: '完成学习' })).toBeNull();
  });

  it('finishes a material asking no reading time and saves a shared 心得', async () => {
    const mock = mockClient((op) => {
      if (op.operationName === 'StudyMaterial') return { data: { studyMaterial: material() } };
      if (op.operationName === 'OpenStudyMaterial') return { data: { openStudyMaterial: progressReply(false) } };
      if (op.operationName === 'FinishStudyMaterial') return { data: { finishStudyMaterial: progressReply(true) } };
      if (op.operationName === 'SaveStudyNote')
        return { data: { saveStudyNote: { __typename: 'StudyNotePayload', note: { __typename: 'StudyNote', id: 'n1', body: '牢记初心', shared: true, mine: true, updatedAt: '2026-12-01T00:00:00Z' } } } };
      return { data: noNotes };
    });
    renderPage(<StudyMaterialPage />, { client: mock.client, viewer: MEMBER_VIEWER, path: '/study/materials/m1', route: '/study/materials/:id' });

    fireEvent.click(await screen.findByRole('button', { name: '完成学习' }));
    await waitFor(() => expect(named(mock.sent, 'FinishStudyMaterial')).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('我的心得'), { target: { value: '牢记初心' } });
    fireEvent.click(screen.getByRole('switch', { name: '分享给组织' }));
    fireEvent.click(screen.getByRole('button', { name: '保存心得' }));
    await waitFor(() => expect(named(mock.sent, 'SaveStudyNote')).toHaveLength(1));
    expect(named(mock.sent, 'SaveStudyNote')[0].variables).toEqual({ input: { materialId: 'm1', body: '牢记初心', shared: true } });
  });
});
