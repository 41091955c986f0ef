import { useEffect, useState } from 'react';
import { App as AntApp, DatePicker, Form, Input, Radio, Rate, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GridCaseAction } from '../../gql/graphql';
import { FormDialog } from '../../components/FormDialog';
import { MemberPicker } from '../../components/MemberPicker';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { pickerToIso } from '../../lib/format';
import type { PendingFile } from '../../lib/upload';
import {
  AcceptGridCaseMutation,
  CancelGridCaseMutation,
  CloseGridCaseMutation,
  DispatchGridCaseMutation,
  RateGridCaseMutation,
  ReopenGridCaseMutation,
  StartGridCaseMutation,
  SubmitGridCaseFeedbackMutation,
} from './operations';
import { PhotosField } from './PhotosField';

/** The case the dialog acts on. */
export interface ActionTarget {
  caseId: string;
  number: string;
  title: string;
}

interface Values {
  note?: string;
  reason?: string;
  assigneeKind?: 'member' | 'org';
  assigneeMemberId?: string;
  assigneeOrgId?: string | null;
  dueAt?: Dayjs | null;
  resolved?: boolean;
  photos?: PendingFile[];
  rating?: number;
  comment?: string;
}

const DOCS: Record<GridCaseAction, TypedDocumentNode<unknown, { input: Record<string, unknown> }>> = {
  ACCEPT: AcceptGridCaseMutation as never,
  CANCEL: CancelGridCaseMutation as never,
  DISPATCH: DispatchGridCaseMutation as never,
  START: StartGridCaseMutation as never,
  FEEDBACK: SubmitGridCaseFeedbackMutation as never,
  CLOSE: CloseGridCaseMutation as never,
  REOPEN: ReopenGridCaseMutation as never,
  RATE: RateGridCaseMutation as never,
};

const FIELDS = ['note', 'reason', 'assigneeMemberId', 'assigneeOrgId', 'dueAt', 'resolved', 'photos', 'rating', 'comment'] as const;

/** The mutation's input for `action` from the dialog's values. */
export function actionInput(action: GridCaseAction, caseId: string, v: Values): Record<string, unknown> {
  const note = v.note?.trim() || null;
  switch (action) {
    case 'CANCEL':
    case 'REOPEN':
      return { caseId, reason: v.reason?.trim() ?? '' };
    case 'DISPATCH':
      return {
        caseId,
        assigneeMemberId: v.assigneeKind === 'org' ? null : (v.assigneeMemberId ?? null),
        assigneeOrgId: v.assigneeKind === 'org' ? (v.assigneeOrgId ?? null) : null,
        dueAt: pickerToIso(v.dueAt),
        note,
      };
    case 'FEEDBACK':
      return { caseId, note: v.note?.trim() ?? '', photoFileIds: (v.photos ?? []).map((p) => p.id) };
    case 'CLOSE':
      return { caseId, note, resolved: v.resolved ?? true };
    case 'RATE':
      return { caseId, rating: v.rating ?? 5, comment: v.comment?.trim() || null };
    default:
      return { caseId, note };
  }
}

/**
 * One dialog for every transition of a case: 立案 / 开始处置 (an optional note), 不予立案 and 核查不通过
 * (a reason), 派遣 (a member or an org, and a deadline), 反馈 (a note and photos), 核查结案 (a note and
 * whether the 矛盾纠纷 was resolved), 评价 (stars). 不予立案 is marked as dangerous.
 */
export function CaseActionDialog({
  action,
  target,
  onClose,
  onDone,
}: {
  action: GridCaseAction | null;
  target: ActionTarget | null;
  onClose: () => void;
  onDone?: (action: GridCaseAction) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const open = !!action && !!target;
  const doc = DOCS[action ?? 'ACCEPT'];
  const m = useFormMutation(doc, form, FIELDS, { 'input.reason': 'reason', 'input.note': 'note', 'input.dueAt': 'dueAt' });
  const kind = Form.useWatch('assigneeKind', form);
  const orgs = useAllOrganizations(null, !(open && action === 'DISPATCH'));

  useEffect(() => {
    if (open) {
      form.resetFields();
      m.clear();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, action, target?.caseId]);

  const ok = async () => {
    if (!action || !target) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    // 不予立案 ends the case for good: ask once more.
    if (action === 'CANCEL') {
      const sure = await modal.confirm({
        title: t('grid.cancelConfirm.title', { number: target.number }),
        content: t('grid.cancelConfirm.body'),
        okText: t('grid.actions.CANCEL'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
      });
      if (!sure) return;
    }
    const res = await m.submit({ input: actionInput(action, target.caseId, values) });
    if (res.data) {
      message.success(t('grid.actions.done', { action: t(`grid.actions.${action}`) }));
      onDone?.(action);
      onClose();
    }
  };

  const danger = action === 'CANCEL';
  return (
    <FormDialog<Values>
      open={open}
      title={action && target ? t('grid.actions.title', { action: t(`grid.actions.${action}`), number: target.number }) : ''}
      okText={action ? t(`grid.actions.${action}`) : ''}
      okButtonProps={{ danger, disabled: busy, 'data-testid': 'grid-action-ok' } as never}
      fetching={m.fetching}
      onOk={ok}
      onClose={onClose}
      intro={target ? <p className="tx-grid-dialog-title">{target.title}</p> : null}
      error={m.error}
      leftovers={m.leftovers}
      form={form}
      name={`grid-${(action ?? 'x').toLowerCase()}`}
      initialValues={{ assigneeKind: 'member', resolved: true, rating: 5, photos: [] }}
    >
      {(action === 'CANCEL' || action === 'REOPEN') && (
        <Form.Item name="reason" label={t('grid.fields.reason')} rules={[required(t, t('grid.fields.reason')), maxLen(t, 500)]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
      {action === 'DISPATCH' && (
        <>
          <Form.Item name="assigneeKind" label={t('grid.fields.assigneeKind')}>
            <Radio.Group
              options={[
                { value: 'member', label: t('grid.fields.assigneeMember') },
                { value: 'org', label: t('grid.fields.assigneeOrg') },
              ]}
            />
          </Form.Item>
          {kind === 'org' ? (
            <Form.Item name="assigneeOrgId" label={t('grid.fields.assigneeOrg')} rules={[requiredSelect(t, t('grid.fields.assigneeOrg'))]}>
              <OrgTreeSelect orgs={orgs.orgs} loading={orgs.loading} aria-label={t('grid.fields.assigneeOrg')} />
            </Form.Item>
          ) : (
            <Form.Item name="assigneeMemberId" label={t('grid.fields.assigneeMember')} rules={[requiredSelect(t, t('grid.fields.assigneeMember'))]}>
              <MemberPicker aria-label={t('grid.fields.assigneeMember')} />
            </Form.Item>
          )}
          <Form.Item name="dueAt" label={t('grid.fields.dueAt')} extra={t('grid.fields.dueAtHelp')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      {(action === 'ACCEPT' || action === 'START' || action === 'DISPATCH' || action === 'CLOSE') && (
        <Form.Item name="note" label={t('grid.fields.note')} rules={[maxLen(t, 1000)]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      {action === 'FEEDBACK' && (
        <>
          <Form.Item name="note" label={t('grid.fields.feedback')} rules={[required(t, t('grid.fields.feedback')), maxLen(t, 1000)]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="photos" label={t('grid.fields.photos')}>
            <PhotosField onBusy={setBusy} />
          </Form.Item>
        </>
      )}
      {action === 'CLOSE' && (
        <Form.Item name="resolved" label={t('grid.fields.resolved')} valuePropName="checked" extra={t('grid.fields.resolvedHelp')}>
          <Switch aria-label={t('grid.fields.resolved')} />
        </Form.Item>
      )}
      {action === 'RATE' && (
        <>
          <Form.Item name="rating" label={t('grid.fields.rating')}>
            <Rate />
          </Form.Item>
          <Form.Item name="comment" label={t('grid.fields.comment')} rules={[maxLen(t, 500)]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
