import { Input, type FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { MAX_AMOUNT_FEN, yuanToFen } from './dues';

/**
 * The rule of an amount typed in yuan: required, at most two decimals, within 100 万元; positive
 * unless `signed` (a correction: negative allowed, 0 not); `zero` allows 0 (a base).
 */
export function amountRule(t: TFunction, label: string, { signed = false, zero = false } = {}): FormRule {
  return {
    validator: (_, v: string | undefined) => {
      if (!v || !v.trim()) return Promise.reject(new Error(t('validation.required', { field: label })));
      const fen = yuanToFen(v, { allowNegative: signed });
      if (fen === null) {
        return Promise.reject(new Error(t(signed ? 'dues.validation.signedAmount' : 'dues.validation.amount')));
      }
      if (Math.abs(fen) > MAX_AMOUNT_FEN) return Promise.reject(new Error(t('dues.validation.tooLarge')));
      if (fen === 0 && !zero) return Promise.reject(new Error(t(signed ? 'dues.validation.nonZero' : 'dues.validation.positive')));
      return Promise.resolve();
    },
  };
}

interface YuanInputProps {
  id?: string;
  value?: string;
  onChange?: (e: React.ChangeEvent<HTMLInputElement>) => void;
  placeholder?: string;
  /** May be negative (a correction): the full keyboard, which has the minus sign. */
  signed?: boolean;
  'aria-label'?: string;
}

/** A yuan amount: text (read digit by digit on submit), a ¥ prefix, the decimal keypad on phones. */
export function YuanInput({ signed = false, ...props }: YuanInputProps) {
  const { t } = useTranslation();
  return <Input {...props} prefix="¥" suffix={t('dues.yuanUnit')} inputMode={signed ? 'text' : 'decimal'} autoComplete="off" style={{ maxWidth: 240 }} />;
}
