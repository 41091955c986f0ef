import { useState } from 'react';
import { Button, Input, Space, Tooltip } from 'antd';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Copies `text` to the clipboard (with a selection fallback); whether it worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API unavailable (http, permissions): fall back to a selection copy.
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    document.body.removeChild(ta);
    return ok;
  }
}

/** A read-only value with a copy button. */
export function CopyField({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input readOnly value={value} aria-label={label} className="tx-mono" data-testid={testId} onFocus={(e) => e.target.select()} />
      <Tooltip title={copied ? t('common.copied') : t('common.copy')}>
        <Button
          icon={copied ? <CheckOutlined /> : <CopyOutlined />}
          aria-label={t('common.copy')}
          onClick={async () => {
            setCopied(await copyText(value));
            setTimeout(() => setCopied(false), 2000);
          }}
        >
          {copied ? t('common.copied') : t('common.copy')}
        </Button>
      </Tooltip>
    </Space.Compact>
  );
}
