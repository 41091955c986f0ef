import { describe, expect, it, vi } from 'vitest';
import { REPORT_ACTIONS, formatReceipt, isClosed, normalizeReceipt, noteRequired, reportNotificationPath, ReportUploadError, uploadReportFile } from './reports';

describe('receipt codes', () => {
  it('are read with spaces, hyphens and full-width digits, and only with 20 digits', () => {
    expect(normalizeReceipt('1234 5678 9012 3456 7890')).toBe('12345678901234567890');
    expect(normalizeReceipt(' 1234-5678-9012-3456-7890 ')).toBe('12345678901234567890');
    expect(normalizeReceipt('12345678901234567890')).toBe('12345678901234567890');
    expect(normalizeReceipt('１２３４ ５６７８ ９０１２ ３４５６ ７８９０')).toBe('12345678901234567890');
    expect(normalizeReceipt('1234　5678－9012 3456 7890')).toBe('12345678901234567890');
    expect(normalizeReceipt('1234 5678 9012 3456 789')).toBeNull();
    expect(normalizeReceipt('1234 5678 9012 3456 78901')).toBeNull();
    expect(normalizeReceipt('1234 5678 9012 3456 789O')).toBeNull();
    expect(normalizeReceipt('')).toBeNull();
    expect(normalizeReceipt('1'.repeat(20) + ' '.repeat(60))).toBeNull();
  });

  it('are shown in groups of four', () => {
    expect(formatReceipt('12345678901234567890')).toBe('1234 5678 9012 3456 7890');
    expect(formatReceipt('1234-5678-9012-3456-7890')).toBe('1234 5678 9012 3456 7890');
    expect(formatReceipt('abc')).toBe('abc');
  });
});

describe('handling', () => {
  it('asks a note for 不予受理 and 转办 only', () => {
    expect(REPORT_ACTIONS.filter(noteRequired)).toEqual(['NOT_ACCEPT', 'TRANSFER']);
  });

  it('counts 不予受理, 已转办 and 予以了结 as closed', () => {
    expect(isClosed('CONCLUDED')).toBe(true);
    expect(isClosed('TRANSFERRED')).toBe(true);
    expect(isClosed('NOT_ACCEPTED')).toBe(true);
    expect(isClosed('SHELVED')).toBe(false);
    expect(isClosed('RECEIVED')).toBe(false);
  });
});

describe('reportNotificationPath', () => {
  it('leads a handler’s WHISTLEBLOWING notification to the case by its global ID, a reporter’s to their list', () => {
    const uuid = '0b6b0b9e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    const id = Buffer.from(`ReportCase:${uuid}`).toString('base64url');
    expect(reportNotificationPath({ kind: 'WHISTLEBLOWING', detail: { reportId: uuid } })).toBe(`/reports/cases/${id}`);
    expect(reportNotificationPath({ kind: 'WHISTLEBLOWING', detail: JSON.stringify({ reportId: uuid.toUpperCase() }) })).toBe(`/reports/cases/${id}`);
    expect(reportNotificationPath({ kind: 'WHISTLEBLOWING', detail: null })).toBe('/reports/cases');
    // A real-name reporter's news: their own list.
    expect(reportNotificationPath({ kind: 'WHISTLEBLOWING', detail: { reportId: uuid, mine: true } })).toBe('/reports/mine');
    expect(reportNotificationPath({ kind: 'WELFARE', detail: { reportId: uuid } })).toBeNull();
  });
});

describe('uploadReportFile', () => {
  const file = new File(['evidence'], '照片 1.jpg', { type: 'image/jpeg' });

  it('posts the bytes with the name and type and answers the token', async () => {
    const fetchFn = vi.fn(async () => new Response(JSON.stringify({ token: 'tok-1' }), { status: 200 }));
    await expect(uploadReportFile(file, fetchFn as unknown as typeof fetch)).resolves.toBe('tok-1');
    expect(fetchFn).toHaveBeenCalledWith('/reports/files?name=%E7%85%A7%E7%89%87%201.jpg', {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': 'image/jpeg' },
      credentials: 'same-origin',
    });
  });

  it('sends files without a type as octet-stream', async () => {
    const fetchFn = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify({ token: 't' }), { status: 200 }));
    await uploadReportFile(new File(['x'], 'a.bin'), fetchFn as unknown as typeof fetch);
    expect(fetchFn.mock.calls[0][1].headers).toEqual({ 'Content-Type': 'application/octet-stream' });
  });

  it('fails with the server’s code and message', async () => {
    const fetchFn = vi.fn(async () => new Response(JSON.stringify({ error: { code: 'VALIDATION', message: '文件类型不支持' } }), { status: 400 }));
    const err = await uploadReportFile(file, fetchFn as unknown as typeof fetch).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReportUploadError);
    expect(err).toMatchObject({ code: 'VALIDATION', message: '文件类型不支持' });
  });

  it('names a 413 without JSON as too large, and a network failure as such', async () => {
    const big = vi.fn(async () => new Response('<html>too large</html>', { status: 413 }));
    await expect(uploadReportFile(file, big as unknown as typeof fetch)).rejects.toMatchObject({ code: 'TOO_LARGE' });
    const down = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(uploadReportFile(file, down as unknown as typeof fetch)).rejects.toMatchObject({ code: 'NETWORK' });
  });
});
