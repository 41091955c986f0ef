import type { CombinedError } from '@urql/core';
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  'UNAVAILABLE',
  'SECOND_FACTOR_REQUIRED',
  'SECOND_FACTOR_ENROLMENT_REQUIRED',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number] | 'NETWORK' | 'UNKNOWN';

export interface TenantChoice {
  slug: string;
  name: string;
}

/** One failed operation, in terms the UI can show. */
export interface AppErrorInfo {
  code: ErrorCode;
  /** Translated, readable summary. */
  message: string;
  /** The server's own explanation when it adds something (conflict reason, …). */
  detail?: string;
  /** Input field → message, from `extensions.fields` of VALIDATION errors. */
  fields: Record<string, string>;
  /** Tenants to choose from, when a login belongs to several. */
  tenants?: TenantChoice[];
}

interface Extensions {
  code?: unknown;
  fields?: unknown;
  tenants?: unknown;
}

function knownCode(code: unknown): ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code)
    ? (code as ErrorCode)
    : 'UNKNOWN';
}

/** Codes whose server message explains the specific case and is worth showing. */
const DETAILED: ErrorCode[] = ['VALIDATION', 'CONFLICT', 'RATE_LIMITED'];

/**
 * The translation key of a code's summary: `errors.<CODE>`, except UNAVAILABLE. Its own text
 * (服务暂时不可用，正在重试) is the banner's while queries are tried again (`OutageBanner`); an
 * UNAVAILABLE that reaches a page is final — a mutation, never repeated by itself, or a query
 * that stopped trying — and says to try again later.
 */
export function errorMessageKey(code: ErrorCode): string {
  return code === 'UNAVAILABLE' ? 'errors.UNAVAILABLE_LATER' : `errors.${code}`;
}

/**
 * Maps a urql error to a readable error. The first GraphQL error decides the code; the
 * field messages of every VALIDATION error are merged.
 */
export function describeError(error: CombinedError | undefined | null, t: TFunction): AppErrorInfo | null {
  if (!error) return null;
  const gqlErrors = error.graphQLErrors ?? [];
  if (gqlErrors.length === 0) {
    // A 503 without the API's JSON (a gateway's page while the API restarts).
    if (isUnavailable(error)) {
      return { code: 'UNAVAILABLE', message: t(errorMessageKey('UNAVAILABLE')), fields: {} };
    }
    if (error.networkError) {
      return { code: 'NETWORK', message: t('errors.NETWORK'), fields: {} };
    }
    return { code: 'UNKNOWN', message: t('errors.UNKNOWN'), fields: {} };
  }
  const first = gqlErrors[0];
  const ext = (first.extensions ?? {}) as Extensions;
  const code = knownCode(ext.code);
  const fields: Record<string, string> = {};
  let tenants: TenantChoice[] | undefined;
  for (const e of gqlErrors) {
    const x = (e.extensions ?? {}) as Extensions;
    if (x.fields && typeof x.fields === 'object') {
      for (const [k, v] of Object.entries(x.fields as Record<string, unknown>)) {
        if (typeof v === 'string') fields[k] = v;
      }
    }
    if (Array.isArray(x.tenants)) {
      tenants = (x.tenants as unknown[])
        .filter((c): c is TenantChoice => {
          const o = c as Partial<TenantChoice> | null;
          return !!o && typeof o.slug === 'string' && typeof o.name === 'string';
        })
        .map((c) => ({ slug: c.slug, name: c.name }));
    }
  }
  const info: AppErrorInfo = { code, message: t(errorMessageKey(code)), fields };
  const serverMessage = first.message?.trim();
  if (DETAILED.includes(code) && serverMessage && !Object.values(fields).includes(serverMessage)) {
    info.detail = serverMessage;
  }
  if (tenants && tenants.length > 0) info.tenants = tenants;
  return info;
}

/** A single line for a toast or an alert: summary plus the server's detail. */
export function errorText(info: AppErrorInfo): string {
  return info.detail ? `${info.message}${info.message.endsWith('。') ? '' : ' '}${info.detail}` : info.message;
}

/**
 * Shows VALIDATION field messages in place on the form. `formFields` lists the fields the form
 * has; `map` renames server input fields where the form names them differently. Returns the
 * messages that have no field on the form (to show in an alert instead).
 */
export function applyFieldErrors(
  form: Pick<FormInstance, 'setFields'>,
  fields: Record<string, string>,
  formFields: readonly string[],
  map: Record<string, string> = {},
): Record<string, string> {
  const leftovers: Record<string, string> = {};
  const entries: { name: string; errors: string[] }[] = [];
  for (const [field, message] of Object.entries(fields)) {
    const name = map[field] ?? field;
    if (formFields.includes(name)) entries.push({ name, errors: [message] });
    else leftovers[field] = message;
  }
  if (entries.length > 0) form.setFields(entries);
  return leftovers;
}

/** Whether the error means the session is gone. */
export function isUnauthenticated(error: CombinedError | undefined | null): boolean {
  return !!error?.graphQLErrors?.some((e) => (e.extensions as Extensions | undefined)?.code === 'UNAUTHENTICATED');
}

/**
 * Whether the error means the service is unavailable for now (its database is down or
 * restarting): `UNAVAILABLE`, or an HTTP 503 answer. Queries are tried again by themselves.
 */
export function isUnavailable(error: CombinedError | undefined | null): boolean {
  if (!error) return false;
  if (error.graphQLErrors?.some((e) => (e.extensions as Extensions | undefined)?.code === 'UNAVAILABLE')) return true;
  return (error.response as { status?: unknown } | undefined)?.status === 503;
}

/**
 * The server's own words for a failure, for screens where they say it best (a login: “账号或密码错误”,
 * “尝试次数过多，请 15 分钟后再试”). Internal, unavailable and network failures read as their translated summary.
 */
export function serverErrorText(error: CombinedError | undefined | null, t: TFunction): string | null {
  const info = describeError(error, t);
  if (!info) return null;
  if (info.code === 'INTERNAL' || info.code === 'NETWORK' || info.code === 'UNAVAILABLE') return info.message;
  const own = error?.graphQLErrors?.[0]?.message?.trim();
  return own || errorText(info);
}
