import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64UrlEncode } from '../../lib/notificationDetail';
import { OFFICER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import StudyManagePage from './StudyManagePage';

const ORG_UUID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const ORG = base64UrlEncode(`Organization:${ORG_UUID}`);

const orgs = {
  data: {
    organizations: {
      __typename: 'OrganizationConnection',
      edges: [
        {
          __typename: 'OrganizationEdge',
          cursor: 'c0',
          node: { __typename: 'Organization', id: ORG, name: '第一党支部', line: 'PARTY', kind: 'PARTY_BRANCH', kindLabel: '党支部', path: '1', depth: 1, isJoint: false, isVirtual: false, archivedAt: null, createdAt: '2026-01-01T00:00:00Z' },
        },
      ],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  },
};

function page(field: string, nodes: unknown[], type: string) {
  return {
    data: {
      [field]: {
        __typename: `${type}Connection`,
        edges: nodes.map((node, i) => ({ __typename: `${type}Edge`, cursor: `c${i}`, node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  };
}

function material(over: Record<string, unknown> = {}) {
  return {
    __typename: 'StudyMaterial',
    id: 'm1',
    organizationId: ORG,
    organizationName: '第一党支部',
    kind: 'ARTICLE',
    title: '学习党章',
    summary: '党章第一章',
    body: '<p>第一条 <b>党员</b></p>',
    videoUrl: null,
    durationSeconds: null,
    fileName: null,
    requiredSeconds: 300,
    archivedAt: null,
    createdAt: '2026-03-01T00:00:00Z',
    viewerCanManage: true,
    myProgress: null,
    ...over,
  };
}

const VIDEO = material({ id: 'm2', kind: 'VIDEO', title: '微党课', summary: '', body: '', videoUrl: 'https://v.example.cn/1', durationSeconds: 600, requiredSeconds: null });

const COURSE = {
  __typename: 'StudyCourse',
  id: 'c1',
  title: '党章专题',
  summary: '三讲',
  materialIds: ['m1', 'm-old'],
  materials: [
    { __typename: 'StudyMaterial', id: 'm1', title: '学习党章', archivedAt: null },
    { __typename: 'StudyMaterial', id: 'm-old', title: '旧教材', archivedAt: '2026-02-01T00:00:00Z' },
  ],
  viewerCanManage: true,
  createdAt: '2026-03-01T00:00:00Z',
};

const PLAN_ROW = { __typename: 'StudyPlan', id: 'p1', title: '三月学习计划', deadline: '2026-12-20T10:00:00Z', status: 'OPEN', assignedCount: 12, completedCount: 3, materialCount: 2, viewerCanManage: true };

function planDetail(audience: unknown) {
  return {
    data: {
      studyPlan: {
        __typename: 'StudyPlan',
        id: 'p1',
        organizationId: ORG,
        title: '三月学习计划',
        description: '按时完成',
        deadline: '2026-12-20T10:00:00Z',
        status: 'OPEN',
        audience,
        items: [
          { __typename: 'StudyPlanItem', position: 0, materialId: 'm1', courseId: null, title: '学习党章' },
          { __typename: 'StudyPlanItem', position: 1, materialId: null, courseId: 'c1', title: '党章专题' },
        ],
      },
    },
  };
}

function setup(other: (op: SentOperation) => Reply | null = () => null, planAudience: unknown = { orgs: [{ orgId: ORG_UUID, includeSubtree: false }], lines: ['PARTY'] }) {
  const mock = mockClient((op) => {
    const own = other(op);
    if (own) return own;
    switch (op.operationName) {
      case 'Organizations':
        return orgs;
      case 'StudyPlans':
        return page('studyPlans', [PLAN_ROW], 'StudyPlan');
      case 'StudyMaterials':
        return page('studyMaterials', [material(), VIDEO], 'StudyMaterial');
      case 'StudyCourses':
      case 'ManagedStudyCourses':
        return page('studyCourses', [COURSE], 'StudyCourse');
      case 'StudyPlanEdit':
        return planDetail(planAudience);
      default:
        return { data: null };
    }
  });
  renderPage(<StudyManagePage />, { client: mock.client, viewer: OFFICER_VIEWER });
  return mock;
}

async function openTab(name: string) {
  fireEvent.click(await screen.findByRole('tab', { name }));
}

/** The open confirmation saying `text` (a closed one may linger while it animates away). */
async function popconfirm(text: string): Promise<HTMLElement> {
  let pop: HTMLElement | undefined;
  await waitFor(() => {
    pop = [...document.querySelectorAll<HTMLElement>('.ant-popconfirm:not(.ant-popover-hidden)')].find((p) => p.textContent?.includes(text));
    expect(pop).toBeDefined();
  });
  return pop!;
}

/** A PUT the test finishes when it likes, recorded in `puts`. */
const puts: FakeXhr[] = [];
class FakeXhr {
  url = '';
  withCredentials = false;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader() {}
  abort() {}
  send() {
    puts.push(this);
    this.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 2 });
  }
  finish() {
    this.status = 200;
    this.onload?.();
  }
}

afterEach(() => {
  puts.length = 0;
  vi.unstubAllGlobals();
});

const FILE = { __typename: 'File', id: 'f1', name: '党章全文.pdf', contentType: 'application/pdf', size: 2048, status: 'PENDING', isImage: false };

function uploads(op: SentOperation): Reply | null {
  if (op.operationName === 'BeginUpload') {
    return { data: { beginUpload: { __typename: 'UploadTarget', file: FILE, url: 'https://s3.example.cn/f1', method: 'PUT', headers: [], needsCompletion: true } } };
  }
  if (op.operationName === 'CompleteUpload') return { data: { completeUpload: { ...FILE, status: 'READY' } } };
  if (op.operationName === 'CreateStudyMaterial') return { data: { createStudyMaterial: { __typename: 'StudyMaterialPayload', material: { __typename: 'StudyMaterial', id: 'm9' } } } };
  return null;
}

async function newFileMaterial() {
  await openTab('学习资料');
  fireEvent.click(await screen.findByRole('button', { name: /新建资料/ }));
  const dialog = await screen.findByRole('dialog');
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '类型' }));
  fireEvent.click(await screen.findByText('文件', { selector: '.ant-select-item-option-content' }));
  await within(dialog).findByTestId('study-file-input');
  fireEvent.change(within(dialog).getByRole('textbox', { name: '标题' }), { target: { value: '党章全文' } });
  return dialog;
}

describe('StudyManagePage: file materials', () => {
  it('refuses to save a file material before its file is uploaded', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { sent } = setup(uploads);
    const dialog = await newFileMaterial();
    const save = within(dialog).getByRole('button', { name: /保\s?存/ });

    fireEvent.click(save);
    expect(await within(dialog).findByText('请上传文件')).toBeInTheDocument();

    fireEvent.change(within(dialog).getByTestId('study-file-input'), { target: { files: [new File(['%PDF-1.7'], '党章全文.pdf', { type: 'application/pdf' })] } });
    expect(await within(dialog).findByText('正在上传 党章全文.pdf')).toBeInTheDocument();
    await waitFor(() => expect(save).toBeDisabled());
    expect(within(dialog).getByRole('status')).toHaveTextContent('文件上传完成后才能保存');
    fireEvent.click(save);

    expect(named(sent, 'CreateStudyMaterial')).toHaveLength(0);
  });

  it('uploads the file, then saves the material with the file’s id', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const { sent } = setup(uploads);
    const dialog = await newFileMaterial();
    fireEvent.change(within(dialog).getByTestId('study-file-input'), { target: { files: [new File(['%PDF-1.7'], '党章全文.pdf', { type: 'application/pdf' })] } });
    await waitFor(() => expect(puts).toHaveLength(1));

    puts[0].finish();

    const ready = await within(dialog).findByText('党章全文.pdf（2.0 KB）');
    expect(ready.closest('[data-testid="study-file"]')).toHaveAttribute('data-status', 'ready');
    expect(named(sent, 'BeginUpload')[0].variables).toEqual({ input: { name: '党章全文.pdf', contentType: 'application/pdf', size: 8 } });
    expect(named(sent, 'CompleteUpload')[0].variables).toEqual({ fileId: 'f1' });
    const save = within(dialog).getByRole('button', { name: /保\s?存/ });
    await waitFor(() => expect(save).toBeEnabled());
    fireEvent.click(save);
    await waitFor(() => expect(named(sent, 'CreateStudyMaterial')).toHaveLength(1));
    expect(named(sent, 'CreateStudyMaterial')[0].variables.input).toEqual({
      orgId: ORG,
      kind: 'FILE',
      title: '党章全文',
      summary: '',
      body: '',
      videoUrl: null,
      durationSeconds: null,
      fileId: 'f1',
      requiredSeconds: null,
    });
    expect(await screen.findByText('资料已发布')).toBeInTheDocument();
  });
});

describe('StudyManagePage: editing', () => {
  it('edits an article with its current values and puts the server’s message on its field', async () => {
    let calls = 0;
    const { sent } = setup((op) => {
      if (op.operationName !== 'UpdateStudyMaterial') return null;
      calls++;
      if (calls === 1) return { data: null, errors: [{ message: '输入有误', path: ['updateStudyMaterial'], extensions: { code: 'VALIDATION', fields: { title: '标题最多 100 个字' } } }] };
      return { data: { updateStudyMaterial: { __typename: 'StudyMaterialPayload', material: material({ title: '学习新党章' }) } } };
    });
    await openTab('学习资料');
    const row = (await screen.findAllByTestId('study-material-row'))[0];
    fireEvent.click(within(row).getByRole('button', { name: /编\s?辑/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('编辑资料')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: '标题' })).toHaveValue('学习党章');
    expect(within(dialog).getByRole('textbox', { name: '简介' })).toHaveValue('党章第一章');
    expect(within(dialog).getByRole('textbox', { name: '正文' }).innerHTML).toContain('<b>党员</b>');
    expect(within(dialog).queryByRole('combobox', { name: '类型' })).toBeNull();
    fireEvent.change(within(dialog).getByRole('textbox', { name: '标题' }), { target: { value: '学习新党章' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    expect(await within(dialog).findByText('标题最多 100 个字')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(named(sent, 'UpdateStudyMaterial')).toHaveLength(2));
    expect(named(sent, 'UpdateStudyMaterial')[1].variables.input).toEqual({
      materialId: 'm1',
      title: '学习新党章',
      summary: '党章第一章',
      body: '<p>第一条 <b>党员</b></p>',
      videoUrl: null,
      durationSeconds: null,
      requiredSeconds: 300,
    });
    expect(await screen.findByText('资料已保存')).toBeInTheDocument();
  });

  it('edits a video’s link and length', async () => {
    const { sent } = setup((op) =>
      op.operationName === 'UpdateStudyMaterial' ? { data: { updateStudyMaterial: { __typename: 'StudyMaterialPayload', material: VIDEO } } } : null,
    );
    await openTab('学习资料');
    const row = (await screen.findAllByTestId('study-material-row'))[1];
    fireEvent.click(within(row).getByRole('button', { name: /编\s?辑/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('textbox', { name: '视频链接' })).toHaveValue('https://v.example.cn/1');
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: '视频时长（秒）' }), { target: { value: '720' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    await waitFor(() => expect(named(sent, 'UpdateStudyMaterial')).toHaveLength(1));
    expect(named(sent, 'UpdateStudyMaterial')[0].variables.input).toEqual({
      materialId: 'm2',
      title: '微党课',
      summary: '',
      body: '',
      videoUrl: 'https://v.example.cn/1',
      durationSeconds: 720,
      requiredSeconds: null,
    });
  });

  it('edits a course, showing its archived material by name', async () => {
    const { sent } = setup((op) =>
      op.operationName === 'UpdateStudyCourse'
        ? { data: { updateStudyCourse: { __typename: 'StudyCoursePayload', course: { __typename: 'StudyCourse', id: 'c1', title: '党章专题（修订）', summary: '三讲', materialIds: ['m1', 'm-old'] } } } }
        : null,
    );
    await openTab('课程');
    fireEvent.click(within(await screen.findByTestId('study-course-row')).getByRole('button', { name: /编\s?辑/ }));

    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('编辑课程')).toBeInTheDocument();
    expect(within(dialog).getByText('旧教材（已归档）')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByRole('textbox', { name: '标题' }), { target: { value: '党章专题（修订）' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    await waitFor(() => expect(named(sent, 'UpdateStudyCourse')).toHaveLength(1));
    expect(named(sent, 'UpdateStudyCourse')[0].variables.input).toEqual({ courseId: 'c1', title: '党章专题（修订）', summary: '三讲', materialIds: ['m1', 'm-old'] });
    expect(await screen.findByText('课程已保存')).toBeInTheDocument();
  });

  it('edits a plan with its current values, audience and items in order', async () => {
    const { sent } = setup((op) =>
      op.operationName === 'UpdateStudyPlan' ? { data: { updateStudyPlan: { __typename: 'StudyPlanPayload', plan: { ...PLAN_ROW, title: '三月学习计划（调整）' } } } } : null,
    );
    fireEvent.click(within(await screen.findByTestId('study-plan-row')).getByRole('button', { name: /编\s?辑/ }));

    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: '标题' })).toHaveValue('三月学习计划'));
    expect(within(dialog).getByRole('textbox', { name: '说明' })).toHaveValue('按时完成');
    expect(within(dialog).getByRole('switch')).not.toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: '党组织' })).toBeChecked();
    fireEvent.change(within(dialog).getByRole('textbox', { name: '标题' }), { target: { value: '三月学习计划（调整）' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    await waitFor(() => expect(named(sent, 'UpdateStudyPlan')).toHaveLength(1));
    expect(named(sent, 'UpdateStudyPlan')[0].variables.input).toEqual({
      planId: 'p1',
      title: '三月学习计划（调整）',
      description: '按时完成',
      deadline: '2026-12-20T10:00:00.000Z',
      items: [{ materialId: 'm1' }, { courseId: 'c1' }],
      audience: { orgs: [{ orgId: ORG, includeSubtree: false }], lines: ['PARTY'] },
    });
    expect(await screen.findByText('学习计划已保存')).toBeInTheDocument();
  });

  it('keeps a plan’s audience of several orgs as it is', async () => {
    const other = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';
    const { sent } = setup(
      (op) => (op.operationName === 'UpdateStudyPlan' ? { data: { updateStudyPlan: { __typename: 'StudyPlanPayload', plan: PLAN_ROW } } } : null),
      { orgs: [{ orgId: ORG_UUID, includeSubtree: true }, { orgId: other, includeSubtree: false }], lines: [] },
    );
    fireEvent.click(within(await screen.findByTestId('study-plan-row')).getByRole('button', { name: /编\s?辑/ }));

    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByTestId('study-plan-kept-audience')).toBeInTheDocument();
    expect(within(dialog).queryByRole('switch')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));

    await waitFor(() => expect(named(sent, 'UpdateStudyPlan')).toHaveLength(1));
    expect(named(sent, 'UpdateStudyPlan')[0].variables.input).toMatchObject({
      audience: {
        orgs: [
          { orgId: ORG, includeSubtree: true },
          { orgId: base64UrlEncode(`Organization:${other}`), includeSubtree: false },
        ],
        lines: [],
      },
    });
  });
});

describe('StudyManagePage: archiving and closing', () => {
  it('archives a material only once the officer confirms', async () => {
    const { sent } = setup((op) =>
      op.operationName === 'ArchiveStudyMaterial'
        ? { data: { archiveStudyMaterial: { __typename: 'StudyMaterialPayload', material: { __typename: 'StudyMaterial', id: 'm1', archivedAt: '2026-03-02T00:00:00Z' } } } }
        : null,
    );
    await openTab('学习资料');
    const row = (await screen.findAllByTestId('study-material-row'))[0];
    fireEvent.click(within(row).getByRole('button', { name: /归\s?档/ }));

    const pop = await popconfirm('确定归档？');
    expect(named(sent, 'ArchiveStudyMaterial')).toHaveLength(0);
    fireEvent.click(within(pop).getByRole('button', { name: /归\s?档/ }));

    await waitFor(() => expect(named(sent, 'ArchiveStudyMaterial')).toHaveLength(1));
    expect(named(sent, 'ArchiveStudyMaterial')[0].variables).toEqual({ input: { materialId: 'm1' } });
    expect(await screen.findByText('已归档「学习党章」')).toBeInTheDocument();
  });

  it('closes a plan only once the officer confirms', async () => {
    const { sent } = setup((op) =>
      op.operationName === 'CloseStudyPlan' ? { data: { closeStudyPlan: { __typename: 'StudyPlanPayload', plan: { __typename: 'StudyPlan', id: 'p1', status: 'CLOSED' } } } } : null,
    );
    fireEvent.click(within(await screen.findByTestId('study-plan-row')).getByRole('button', { name: '结束计划' }));

    const pop = await popconfirm('确定结束该学习计划？');
    expect(named(sent, 'CloseStudyPlan')).toHaveLength(0);
    fireEvent.click(within(pop).getByRole('button', { name: '结束计划' }));

    await waitFor(() => expect(named(sent, 'CloseStudyPlan')).toHaveLength(1));
    expect(named(sent, 'CloseStudyPlan')[0].variables).toEqual({ input: { planId: 'p1' } });
  });
});
