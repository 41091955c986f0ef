import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { EMAIL_RE, PHONE_RE, isValidSlug, passwordProblem } from './validation';

export const required = (t: TFunction, label: string): FormRule => ({
  required: true,
  whitespace: true,
  message: t('validation.required', { field: label }),
});

export const requiredSelect = (t: TFunction, label: string): FormRule => ({
  required: true,
  message: t('validation.requiredSelect', { field: label }),
});

export const maxLen = (t: TFunction, max: number): FormRule => ({
  max,
  message: t('validation.maxLength', { max }),
});

export const emailRule = (t: TFunction): FormRule => ({
  validator: (_, v: string | undefined) =>
    !v || EMAIL_RE.test(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('validation.email'))),
});

export const phoneRule = (t: TFunction): FormRule => ({
  validator: (_, v: string | undefined) =>
    !v || PHONE_RE.test(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('validation.phone'))),
});

export const slugRule = (t: TFunction): FormRule => ({
  validator: (_, v: string | undefined) =>
    !v || isValidSlug(v) ? Promise.resolve() : Promise.reject(new Error(t('validation.slug'))),
});

export const passwordRule = (t: TFunction): FormRule => ({
  validator: (_, v: string | undefined) => {
    if (!v) return Promise.resolve();
    const problem = passwordProblem(v);
    return problem ? Promise.reject(new Error(t(`validation.password.${problem}`))) : Promise.resolve();
  },
});

/** The confirmation field must equal `field`. */
export const sameAs = (t: TFunction, field: string): FormRule => ({ getFieldValue }) => ({
  validator: (_, v: string | undefined) =>
    !v || v === getFieldValue(field) ? Promise.resolve() : Promise.reject(new Error(t('validation.passwordMismatch'))),
});
