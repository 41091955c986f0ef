import { useCallback, useState } from 'react';
import { useMutation, type AnyVariables } from 'urql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors, describeError, type AppErrorInfo } from '../api/errors';

/**
 * A mutation behind a form: VALIDATION field messages go onto the form fields; anything else
 * (and field messages the form has no field for) is returned for an alert.
 */
export function useFormMutation<Data, Vars extends AnyVariables>(
  doc: TypedDocumentNode<Data, Vars>,
  form: FormInstance | null,
  formFields: readonly string[],
  map: Record<string, string> = {},
) {
  const { t } = useTranslation();
  const [state, exec] = useMutation<Data, Vars>(doc);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const [leftovers, setLeftovers] = useState<Record<string, string>>({});

  const submit = useCallback(
    async (vars: Vars): Promise<{ data: Data | null; error: AppErrorInfo | null }> => {
      setError(null);
      setLeftovers({});
      const res = await exec(vars);
      if (res.error || !res.data) {
        const info = describeError(res.error, t) ?? { code: 'UNKNOWN' as const, message: t('errors.UNKNOWN'), fields: {} };
        const left = form ? applyFieldErrors(form, info.fields, formFields, map) : info.fields;
        const placedAll = info.code === 'VALIDATION' && Object.keys(info.fields).length > 0 && Object.keys(left).length === 0;
        setLeftovers(left);
        setError(placedAll ? null : info);
        return { data: null, error: info };
      }
      return { data: res.data, error: null };
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [exec, form, t, formFields.join(','), JSON.stringify(map)],
  );

  const clear = useCallback(() => {
    setError(null);
    setLeftovers({});
  }, []);

  return { submit, fetching: state.fetching, error, leftovers, clear, setError };
}
