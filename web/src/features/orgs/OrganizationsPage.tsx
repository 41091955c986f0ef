import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Input,
  Row,
  Space,
  Spin,
  Tabs,
  Tag,
  Tree,
  Typography,
} from 'antd';
import type { TreeDataNode, TreeProps } from 'antd';
import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { ArchiveOrganizationMutation, MoveOrganizationMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import type { OrgLine } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { LINES, allowedKinds, buildForest, isSelfOrDescendant, parentPath, type Org, type OrgNode } from '../../lib/orgs';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { CreateOrgDialog, MoveOrgDialog, RenameOrgDialog } from './OrgDialogs';
import { PositionsPanel } from './PositionsPanel';
import { GridWorkersPanel } from '../grid/GridWorkersPanel';

function isLine(s: string | null): s is OrgLine {
  return !!s && (LINES as string[]).includes(s);
}

export default function OrganizationsPage() {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const { canManage, isAdmin } = useViewer();
  const [params, setParams] = useSearchParams();
  const line: OrgLine = isLine(params.get('line')) ? (params.get('line') as OrgLine) : 'PARTY';
  const selectedId = params.get('org');
  const { orgs, loading, error, reload } = useAllOrganizations(line);
  const [filter, setFilter] = useState('');
  const [createFor, setCreateFor] = useState<{ parent: Org | null } | null>(null);
  const [renaming, setRenaming] = useState<Org | null>(null);
  const [moving, setMoving] = useState<Org | null>(null);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const [, archive] = useMutation(ArchiveOrganizationMutation);
  const [, move] = useMutation(MoveOrganizationMutation);

  const byId = useMemo(() => new Map(orgs.map((o) => [o.id, o])), [orgs]);
  const byPath = useMemo(() => new Map(orgs.map((o) => [o.path, o])), [orgs]);
  const selected = selectedId ? (byId.get(selectedId) ?? null) : null;

  useEffect(() => setExpanded(null), [line]);

  const select = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('org', id);
    else next.delete('org');
    setParams(next, { replace: true });
  };
  const setLine = (l: string) => setParams({ line: l }, { replace: true });

  const treeData = useMemo(() => {
    const q = filter.trim();
    const keep = (n: OrgNode): boolean => !q || n.org.name.includes(q) || n.children.some(keep);
    const toNode = (n: OrgNode): TreeDataNode => ({
      key: n.org.id,
      title: (
        <span>
          {n.org.name}{' '}
          <Tag style={{ marginInlineStart: 4 }} bordered={false}>
            {t(`kind.${n.org.kind}`)}
          </Tag>
          {n.org.isJoint && <Tag color="blue">{t('orgs.joint')}</Tag>}
          {n.org.isVirtual && <Tag color="purple">{t('orgs.virtual')}</Tag>}
        </span>
      ),
      children: n.children.filter(keep).map(toNode),
    });
    return buildForest(orgs).filter(keep).map(toNode);
  }, [orgs, filter, t]);

  const allKeys = useMemo(() => orgs.map((o) => o.id), [orgs]);

  const doArchive = (org: Org) => {
    modal.confirm({
      title: t('orgs.archive.confirmTitle', { name: org.name }),
      content: t('orgs.archive.confirmBody'),
      okText: t('orgs.archive.submit'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const res = await archive({ input: { id: org.id } });
        if (res.error) {
          const e = describeError(res.error, t);
          modal.error({ title: t('orgs.archive.failed'), content: e ? errorText(e) : t('errors.UNKNOWN') });
          return;
        }
        message.success(t('orgs.archive.done', { name: org.name }));
        select(null);
        reload();
      },
    });
  };

  // Drag and drop: dropping onto a unit moves the dragged unit under it; dropping beside a
  // unit moves it under that unit's parent.
  const targetParent = (dropOn: Org, dropToGap: boolean): Org | null => {
    if (!dropToGap) return dropOn;
    const pp = parentPath(dropOn.path);
    return pp ? (byPath.get(pp) ?? null) : null;
  };
  const canHold = (dragged: Org, parent: Org | null) =>
    !!parent && !isSelfOrDescendant(dragged, parent) && allowedKinds(dragged.line, parent.kind).includes(dragged.kind);

  const allowDrop: TreeProps['allowDrop'] = ({ dragNode, dropNode, dropPosition }) => {
    const dragged = byId.get(String(dragNode.key));
    const on = byId.get(String(dropNode.key));
    if (!dragged || !on) return false;
    const parent = targetParent(on, dropPosition !== 0);
    return canHold(dragged, parent) && parent?.path !== parentPath(dragged.path);
  };

  const onDrop: TreeProps['onDrop'] = (info) => {
    const dragged = byId.get(String(info.dragNode.key));
    const on = byId.get(String(info.node.key));
    if (!dragged || !on) return;
    const parent = targetParent(on, info.dropToGap);
    if (!parent || !canHold(dragged, parent) || parent.path === parentPath(dragged.path)) return;
    modal.confirm({
      title: t('orgs.move.confirm', { name: dragged.name, parent: parent.name }),
      okText: t('orgs.move.submit'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const res = await move({ input: { id: dragged.id, newParentId: parent.id } });
        if (res.error) {
          const e = describeError(res.error, t);
          modal.error({ title: t('orgs.move.failed'), content: e ? errorText(e) : t('errors.UNKNOWN') });
          return;
        }
        message.success(t('orgs.move.done'));
        reload();
      },
    });
  };

  const loadError = describeError(error, t);
  const parentOfSelected = selected ? byPath.get(parentPath(selected.path) ?? '') : undefined;

  const treeCard = (
    <Card
      title={t('orgs.treeTitle', { line: t(`line.${line}`) })}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateFor({ parent: null })}>
            {t('orgs.create.button')}
          </Button>
        )
      }
    >
      <Input.Search
        allowClear
        placeholder={t('orgs.filterPlaceholder')}
        aria-label={t('orgs.filterPlaceholder')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        style={{ marginBottom: 12 }}
      />
      {loadError && <Alert type="error" showIcon title={errorText(loadError)} style={{ marginBottom: 12 }} />}
      {loading && orgs.length === 0 ? (
        <div style={{ textAlign: 'center', padding: 24 }}>
          <Spin />
        </div>
      ) : treeData.length === 0 ? (
        <Empty description={filter ? t('common.noMatch') : t('orgs.empty', { line: t(`line.${line}`) })}>
          {canManage && !filter && (
            <Button type="primary" onClick={() => setCreateFor({ parent: null })}>
              {t('orgs.create.first')}
            </Button>
          )}
        </Empty>
      ) : (
        <>
          {canManage && (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
              <DragOutlined /> {t('orgs.dragHint')}
            </Typography.Paragraph>
          )}
          <Tree
            aria-label={t('orgs.treeTitle', { line: t(`line.${line}`) })}
            blockNode
            showLine
            treeData={treeData}
            selectedKeys={selected ? [selected.id] : []}
            expandedKeys={filter ? allKeys : (expanded ?? allKeys)}
            onExpand={(keys) => setExpanded(keys.map(String))}
            onSelect={(keys) => select(keys.length ? String(keys[0]) : null)}
            draggable={canManage ? { icon: false } : false}
            allowDrop={allowDrop}
            onDrop={onDrop}
          />
        </>
      )}
    </Card>
  );

  const detailCard = (
    <Card title={selected ? selected.name : t('orgs.detailTitle')}>
      {!selected ? (
        <Empty description={t('orgs.selectHint')} />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'kind', label: t('orgs.fields.kind'), children: t(`kind.${selected.kind}`) },
              { key: 'line', label: t('orgs.fields.line'), children: t(`line.${selected.line}`) },
              { key: 'parent', label: t('orgs.fields.parent'), children: parentOfSelected?.name ?? t('orgs.topLevel') },
              { key: 'created', label: t('common.createdAt'), children: formatDateTime(selected.createdAt) },
              {
                key: 'flags',
                label: t('orgs.fields.flags'),
                children: (
                  <>
                    {selected.isJoint && <Tag color="blue">{t('orgs.joint')}</Tag>}
                    {selected.isVirtual && <Tag color="purple">{t('orgs.virtual')}</Tag>}
                    {!selected.isJoint && !selected.isVirtual && '—'}
                  </>
                ),
              },
            ]}
          />
          {canManage && (
            <Space wrap>
              <Button
                icon={<PlusOutlined />}
                disabled={allowedKinds(selected.line, selected.kind).length === 0}
                onClick={() => setCreateFor({ parent: selected })}
              >
                {t('orgs.create.child')}
              </Button>
              <Button icon={<EditOutlined />} onClick={() => setRenaming(selected)}>
                {t('orgs.rename.button')}
              </Button>
              <Button icon={<DragOutlined />} onClick={() => setMoving(selected)}>
                {t('orgs.move.button')}
              </Button>
              <Button danger icon={<DeleteOutlined />} onClick={() => doArchive(selected)}>
                {t('orgs.archive.button')}
              </Button>
            </Space>
          )}
          <PositionsPanel key={selected.id} org={selected} canManage={canManage} isAdmin={isAdmin} />
          {selected.line === 'GRID' && <GridWorkersPanel key={`grid-${selected.id}`} org={selected} canManage={canManage} />}
        </Space>
      )}
    </Card>
  );

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.organizations')}
      </Typography.Title>
      <Tabs
        activeKey={line}
        onChange={setLine}
        items={LINES.map((l) => ({ key: l, label: t(`line.${l}`) }))}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          {treeCard}
        </Col>
        <Col xs={24} lg={14}>
          {detailCard}
        </Col>
      </Row>
      <CreateOrgDialog
        open={!!createFor}
        line={line}
        parent={createFor?.parent ?? null}
        orgs={orgs}
        onClose={() => setCreateFor(null)}
        onCreated={(id) => {
          setCreateFor(null);
          message.success(t('orgs.create.done'));
          reload();
          select(id);
        }}
      />
      <RenameOrgDialog
        org={renaming}
        onClose={() => setRenaming(null)}
        onDone={() => {
          setRenaming(null);
          message.success(t('common.saved'));
          reload();
        }}
      />
      <MoveOrgDialog
        org={moving}
        orgs={orgs}
        onClose={() => setMoving(null)}
        onDone={() => {
          setMoving(null);
          message.success(t('orgs.move.done'));
          reload();
        }}
      />
    </div>
  );
}
