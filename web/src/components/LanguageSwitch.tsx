import { Select } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select<Language>
      aria-label={t('common.language')}
      size="small"
      variant="borderless"
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={(v) => setLanguage(v)}
      prefix={<GlobalOutlined aria-hidden />}
      popupMatchSelectWidth={false}
      options={[
        { value: 'zh-CN', label: t('common.languages.zh-CN') },
        { value: 'en', label: t('common.languages.en') },
      ]}
    />
  );
}
