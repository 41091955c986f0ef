import { Alert } from 'antd';
import type { AppErrorInfo } from '../api/errors';

/** The error of a form submission that has no field of its own to sit on. */
export function FormError({ error, extra }: { error: AppErrorInfo | null; extra?: Record<string, string> }) {
  if (!error) return null;
  const lines = Object.values(extra ?? {});
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      title={error.message}
      description={
        error.detail || lines.length > 0 ? (
          <>
            {error.detail && <div>{error.detail}</div>}
            {lines.map((l) => (
              <div key={l}>{l}</div>
            ))}
          </>
        ) : undefined
      }
    />
  );
}
