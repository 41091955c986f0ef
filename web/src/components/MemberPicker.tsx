import { useEffect, useMemo, useRef, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MemberSearchQuery } from '../api/operations';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  'aria-label'?: string;
}

/** Chooses a member by searching names (or exact phone/email) on the server. */
export function MemberPicker({ id, value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setSearch(input.trim()), 250);
    return () => clearTimeout(h);
  }, [input]);
  const [{ data, fetching }] = useQuery({ query: MemberSearchQuery, variables: { search: search || null } });
  // Remember labels seen, so the chosen member keeps its name after the search changes.
  const seen = useRef(new Map<string, string>());
  const options = useMemo(() => {
    const list = (data?.members.edges ?? []).map((e) => ({
      value: e.node.id,
      label: e.node.organization ? `${e.node.name}（${e.node.organization.name}）` : e.node.name,
    }));
    for (const o of list) seen.current.set(o.value, o.label);
    if (value && !list.some((o) => o.value === value) && seen.current.has(value)) {
      list.unshift({ value, label: seen.current.get(value)! });
    }
    return list;
  }, [data, value]);
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      value={value}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={fetching}
      placeholder={t('members.pickerPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setInput }}
      notFoundContent={fetching ? t('common.loading') : t('common.noData')}
      allowClear
    />
  );
}
