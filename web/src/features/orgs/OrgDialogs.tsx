import { useEffect, useMemo } from 'react';
import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CreateOrganizationMutation, MoveOrganizationMutation, RenameOrganizationMutation } from './operations';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { FormDialog } from '../../components/FormDialog';
import type { OrgKind, OrgLine } from '../../gql/graphql';
import { allowedKinds, defaultKind, isSelfOrDescendant, type Org } from '../../lib/orgs';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

interface CreateValues {
  parentId: string | null;
  name: string;
  kind: OrgKind;
  isJoint: boolean;
  isVirtual: boolean;
}

const CREATE_FIELDS = ['parentId', 'name', 'kind'] as const;

/** New unit in `line`, under `parent` (changeable in the dialog). */
export function CreateOrgDialog({
  open,
  line,
  parent,
  orgs,
  onClose,
  onCreated,
}: {
  open: boolean;
  line: OrgLine;
  parent: Org | null;
  orgs: Org[];
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const { submit, fetching, error, leftovers, clear } = useFormMutation(CreateOrganizationMutation, form, CREATE_FIELDS);
  const parentId = Form.useWatch('parentId', form) ?? null;
  const parentKind = orgs.find((o) => o.id === parentId)?.kind ?? null;
  const kinds = useMemo(() => allowedKinds(line, parentKind), [line, parentKind]);

  useEffect(() => {
    if (open) {
      clear();
      form.resetFields();
      form.setFieldsValue({
        parentId: parent?.id ?? null,
        kind: defaultKind(line, parent?.kind ?? null) ?? undefined,
        isJoint: false,
        isVirtual: false,
      });
    }
  }, [open, parent, line, form, clear]);

  // Keep the kind valid when the parent changes.
  useEffect(() => {
    const k = form.getFieldValue('kind') as OrgKind | undefined;
    if (!k || !kinds.includes(k)) form.setFieldValue('kind', defaultKind(line, parentKind) ?? undefined);
  }, [kinds, line, parentKind, form]);

  const onOk = async () => {
    // Invalid fields show their messages; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { data } = await submit({
      input: {
        parentId: v.parentId ?? null,
        name: v.name.trim(),
        line,
        kind: v.kind,
        isJoint: v.isJoint,
        isVirtual: v.isVirtual,
      },
    });
    if (data) onCreated(data.createOrganization.organization.id);
  };

  return (
    <FormDialog
      open={open}
      title={t('orgs.create.title', { line: t(`line.${line}`) })}
      okText={t('common.create')}
      onOk={onOk}
      onClose={onClose}
      fetching={fetching}
      error={error}
      leftovers={leftovers}
      form={form}
      name="createOrg"
      submitOnEnter
    >
      <Form.Item name="parentId" label={t('orgs.fields.parent')} extra={t('orgs.create.parentHelp')}>
        <OrgTreeSelect orgs={orgs} placeholder={t('orgs.create.topLevel')} disabled={(o) => allowedKinds(line, o.kind).length === 0} />
      </Form.Item>
      <Form.Item name="name" label={t('orgs.fields.name')} rules={[required(t, t('orgs.fields.name')), maxLen(t, 100)]}>
        <Input autoFocus placeholder={t('orgs.create.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="kind" label={t('orgs.fields.kind')} rules={[requiredSelect(t, t('orgs.fields.kind'))]}>
        <Select options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="isJoint" valuePropName="checked" style={{ marginBottom: 4 }}>
        <Checkbox>{t('orgs.fields.isJoint')}</Checkbox>
      </Form.Item>
      <Form.Item name="isVirtual" valuePropName="checked" style={{ marginBottom: 0 }}>
        <Checkbox>{t('orgs.fields.isVirtual')}</Checkbox>
      </Form.Item>
      <button type="submit" hidden aria-hidden tabIndex={-1} />
    </FormDialog>
  );
}

const RENAME_FIELDS = ['name'] as const;

export function RenameOrgDialog({ org, onClose, onDone }: { org: Org | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const { submit, fetching, error, leftovers, clear } = useFormMutation(RenameOrganizationMutation, form, RENAME_FIELDS);
  useEffect(() => {
    if (org) {
      clear();
      form.setFieldsValue({ name: org.name });
    }
  }, [org, form, clear]);
  const onOk = async () => {
    if (!org) return;
    // Invalid fields show their messages; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { data } = await submit({ input: { id: org.id, name: v.name.trim() } });
    if (data) onDone();
  };
  return (
    <FormDialog
      open={!!org}
      title={t('orgs.rename.title')}
      okText={t('common.save')}
      onOk={onOk}
      onClose={onClose}
      fetching={fetching}
      error={error}
      leftovers={leftovers}
      form={form}
      name="renameOrg"
      submitOnEnter
    >
      <Form.Item name="name" label={t('orgs.fields.name')} rules={[required(t, t('orgs.fields.name')), maxLen(t, 100)]}>
        <Input autoFocus />
      </Form.Item>
    </FormDialog>
  );
}

const MOVE_FIELDS = ['newParentId'] as const;

export function MoveOrgDialog({
  org,
  orgs,
  onClose,
  onDone,
}: {
  org: Org | null;
  orgs: Org[];
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ newParentId: string | null }>();
  const { submit, fetching, error, leftovers, clear } = useFormMutation(MoveOrganizationMutation, form, MOVE_FIELDS);
  useEffect(() => {
    if (org) {
      clear();
      form.resetFields();
    }
  }, [org, form, clear]);
  const onOk = async () => {
    if (!org) return;
    // Invalid fields show their messages; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    if (!v.newParentId) return;
    const { data } = await submit({ input: { id: org.id, newParentId: v.newParentId } });
    if (data) onDone();
  };
  const cannotHold = (candidate: Org) =>
    !!org && (isSelfOrDescendant(org, candidate) || !allowedKinds(org.line, candidate.kind).includes(org.kind));
  return (
    <FormDialog
      open={!!org}
      title={t('orgs.move.title', { name: org?.name ?? '' })}
      okText={t('orgs.move.submit')}
      onOk={onOk}
      onClose={onClose}
      fetching={fetching}
      error={error}
      leftovers={leftovers}
      form={form}
      name="moveOrg"
    >
      <Form.Item
        name="newParentId"
        label={t('orgs.move.newParent')}
        extra={t('orgs.move.help')}
        rules={[requiredSelect(t, t('orgs.move.newParent'))]}
      >
        <OrgTreeSelect orgs={orgs.filter((o) => o.line === org?.line)} disabled={cannotHold} allowClear={false} />
      </Form.Item>
    </FormDialog>
  );
}
