import { App as AntApp, Form, Input, Modal, Select } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { ManagedStudyCoursesQuery } from '../../gql/graphql';
import { FormError } from '../../components/FormError';
import { useFormMutation } from '../../lib/useFormMutation';
import { CreateStudyCourseMutation, StudyMaterialsQuery, UpdateStudyCourseMutation } from './operations';

/** Materials offered in the picker. */
const PICK = 100;

export type ManagedCourse = ManagedStudyCoursesQuery['studyCourses']['edges'][number]['node'];

interface Values {
  title: string;
  summary?: string;
  materialIds: string[];
}

const FIELDS = ['title', 'summary', 'materialIds'] as const;

/**
 * 新建课程 / 编辑课程: a title, a summary and materials in the order chosen. Editing shows the
 * course's materials even when they are archived (the server asks for those to be taken out).
 */
export function CourseDialog({ orgId, course, onClose, onSaved }: { orgId: string; course?: ManagedCourse; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [{ data, fetching: loading }] = useQuery({ query: StudyMaterialsQuery, variables: { orgId, first: PICK } });
  const create = useFormMutation(CreateStudyCourseMutation, form, FIELDS);
  const update = useFormMutation(UpdateStudyCourseMutation, form, FIELDS);
  const { fetching, error, leftovers } = course ? update : create;

  const offered = (data?.studyMaterials.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.title }));
  const held = (course?.materialIds ?? [])
    .filter((id) => !offered.some((o) => o.value === id))
    .map((id) => {
      const m = course?.materials.find((x) => x.id === id);
      return { value: id, label: m ? (m.archivedAt ? t('study.manage.archivedMaterial', { title: m.title }) : m.title) : t('study.manage.unknownMaterial') };
    });

  const onOk = async () => {
    // A field's own message says what is missing.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const fields = { title: v.title, summary: v.summary ?? '', materialIds: v.materialIds };
    const res = course ? await update.submit({ input: { courseId: course.id, ...fields } }) : await create.submit({ input: { orgId, ...fields } });
    if (res.data) {
      void message.success(course ? t('study.manage.courseSaved') : t('study.manage.courseCreated'));
      onSaved();
    }
  };

  return (
    <Modal
      open
      title={course ? t('study.manage.editCourse') : t('study.manage.newCourse')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={onOk}
      onCancel={onClose}
      forceRender
    >
      <FormError error={error} extra={leftovers} />
      <Form form={form} layout="vertical" requiredMark={false} initialValues={course ? { title: course.title, summary: course.summary, materialIds: course.materialIds } : { materialIds: [] }}>
        <Form.Item name="title" label={t('study.fields.title')} rules={[{ required: true, whitespace: true, message: t('study.fields.titleRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="summary" label={t('study.fields.summary')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="materialIds"
          label={t('study.fields.materials')}
          extra={t('study.fields.orderHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('study.fields.itemsRequired') }]}
        >
          <Select mode="multiple" loading={loading} aria-label={t('study.fields.materials')} options={[...held, ...offered]} optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
