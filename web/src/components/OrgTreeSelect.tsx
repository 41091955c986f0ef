import { useMemo } from 'react';
import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { buildForest, type Org, type OrgNode } from '../lib/orgs';

interface Props {
  id?: string;
  orgs: Org[];
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  /** Units that may not be chosen (still shown, greyed). */
  disabled?: (org: Org) => boolean;
  allowClear?: boolean;
  loading?: boolean;
  'aria-label'?: string;
  style?: React.CSSProperties;
}

interface TreeItem {
  value: string;
  title: string;
  disabled?: boolean;
  children: TreeItem[];
}

/** Chooses one unit from a tree; shows each unit with its kind. */
export function OrgTreeSelect({ id, orgs, value, onChange, placeholder, disabled, allowClear = true, loading, style, ...rest }: Props) {
  const { t } = useTranslation();
  const treeData = useMemo(() => {
    const toItem = (n: OrgNode): TreeItem => ({
      value: n.org.id,
      title: `${n.org.name}（${t(`kind.${n.org.kind}`)}）`,
      disabled: disabled?.(n.org) ?? false,
      children: n.children.map(toItem),
    });
    return buildForest(orgs).map(toItem);
  }, [orgs, disabled, t]);

  return (
    <TreeSelect
      id={id}
      aria-label={rest['aria-label']}
      style={{ width: '100%', ...style }}
      treeData={treeData}
      value={value ?? undefined}
      onChange={(v) => onChange?.((v as string | undefined) ?? null)}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      loading={loading}
      notFoundContent={t('common.noData')}
      popupMatchSelectWidth={false}
    />
  );
}
