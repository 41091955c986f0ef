import { useMemo } from 'react';
import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingType } from '../../gql/graphql';
import { frequencyText, typesByLine, type MeetingTypeInfo } from './meetings';

interface Props {
  id?: string;
  value?: MeetingType | null;
  onChange?: (value: MeetingType) => void;
  types: MeetingTypeInfo[];
  /** The chosen org's line: only its types (and 其他) are offered. */
  orgLine?: string | null;
  loading?: boolean;
}

/** The meeting types grouped by line (党 / 团 / 工会), each with how often the rules want it. */
export function TypeSelect({ id, value, onChange, types, orgLine, loading }: Props) {
  const { t } = useTranslation();
  const groups = useMemo(() => typesByLine(types, orgLine), [types, orgLine]);
  const options = groups.map((g) => ({
    label: g.line === 'OTHER' ? t('meetings.otherTypes') : t(`line.${g.line}`),
    title: g.line,
    options: g.types.map((info) => {
      const f = frequencyText(info.frequencyMonths);
      return { value: info.type, label: info.label, frequency: t(f.key, f.values) };
    }),
  }));
  return (
    <Select<MeetingType>
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={loading}
      placeholder={t('meetings.schedule.typePlaceholder')}
      showSearch={{ optionFilterProp: 'label' }}
      optionRender={(o) => (
        <div className="tx-meeting-type-option">
          <span>{o.label}</span>
          <Typography.Text type="secondary" className="tx-meeting-type-frequency">
            {(o.data as { frequency?: string }).frequency}
          </Typography.Text>
        </div>
      )}
      notFoundContent={t('common.noData')}
    />
  );
}
