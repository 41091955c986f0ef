import { useEffect, useMemo, useRef, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MemberSearchQuery } from '../api/operations';

interface Option {
  value: string;
  label: string;
}

/**
 * Members found by searching names (or exact phone/email) on the server, with the labels of
 * members chosen earlier kept (the search changes, the chosen keep their names). `exclude`
 * leaves out some (the viewer, who is always in a group they create).
 */
const NO_LABELS: Readonly<Record<string, string>> = {};

function useMemberOptions(chosen: readonly string[], exclude: readonly string[], labels: Readonly<Record<string, string>> = NO_LABELS) {
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const h = setTimeout(() => setSearch(input.trim()), 250);
    return () => clearTimeout(h);
  }, [input]);
  const [{ data, fetching }] = useQuery({ query: MemberSearchQuery, variables: { search: search || null } });
  const seen = useRef(new Map<string, string>());
  const key = chosen.join(',');
  const excluded = exclude.join(',');
  const options = useMemo(() => {
    const skip = new Set(excluded ? excluded.split(',') : []);
    const list: Option[] = (data?.members.edges ?? [])
      .filter((e) => !skip.has(e.node.id))
      .map((e) => ({
        value: e.node.id,
        label: e.node.organization ? `${e.node.name}（${e.node.organization.name}）` : e.node.name,
      }));
    for (const o of list) seen.current.set(o.value, o.label);
    for (const [v, label] of Object.entries(labels)) if (!seen.current.has(v)) seen.current.set(v, label);
    for (const v of key ? key.split(',') : []) {
      if (!list.some((o) => o.value === v) && seen.current.has(v)) list.unshift({ value: v, label: seen.current.get(v)! });
    }
    return list;
  }, [data, key, excluded, labels]);
  return { options, fetching, setInput };
}

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  exclude?: string[];
  /** The name of a member chosen before the picker was shown (a saved draft's), by id. */
  labels?: Readonly<Record<string, string>>;
  'aria-label'?: string;
}

/** Chooses a member by searching names (or exact phone/email) on the server. */
export function MemberPicker({ id, value, onChange, exclude = [], labels, ...rest }: Props) {
  const { t } = useTranslation();
  const { options, fetching, setInput } = useMemberOptions(value ? [value] : [], exclude, labels);
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

interface MultiProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  exclude?: string[];
  /** Names of members chosen before the picker was shown (a saved draft's), by id. */
  labels?: Readonly<Record<string, string>>;
  'aria-label'?: string;
}

/** Chooses several members by searching names on the server (a group's members). */
export function MemberMultiPicker({ id, value = [], onChange, exclude = [], labels, ...rest }: MultiProps) {
  const { t } = useTranslation();
  const { options, fetching, setInput } = useMemberOptions(value, exclude, labels);
  return (
    <Select
      id={id}
      mode="multiple"
      aria-label={rest['aria-label']}
      value={value}
      onChange={(v) => {
        onChange?.(v);
        setInput('');
      }}
      options={options}
      loading={fetching}
      placeholder={t('members.pickerPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setInput }}
      notFoundContent={fetching ? t('common.loading') : t('common.noData')}
      allowClear
    />
  );
}
