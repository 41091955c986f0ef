import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../i18n';
import { mockClient } from '../test/render';
import { MAX_FILE_BYTES, MAX_IMAGE_BYTES, checkUpload, contentTypeOf, formatSize, isSameOrigin, uploadFile, type UploadCheck } from './upload';

const t = i18n.getFixedT('zh-CN');
/** The message shown for a refused file, as the server words it. */
const why = (c: UploadCheck) => (c.ok ? null : t(c.problem.key, c.problem.values));

describe('checking a file before uploading it', () => {
  it('accepts images up to 10 MB and documents up to 50 MB, as the server does', () => {
    expect(checkUpload({ name: 'a.png', type: 'image/png', size: MAX_IMAGE_BYTES })).toEqual({ ok: true, name: 'a.png', contentType: 'image/png', isImage: true });
    expect(checkUpload({ name: '纪要.pdf', type: 'application/pdf', size: MAX_IMAGE_BYTES + 1 })).toMatchObject({ ok: true, isImage: false });
    expect(
      checkUpload({ name: '名单.xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: MAX_FILE_BYTES }),
    ).toMatchObject({ ok: true });
  });

  it('refuses with the same words as the server', () => {
    expect(why(checkUpload({ name: 'big.png', type: 'image/png', size: MAX_IMAGE_BYTES + 1 }))).toBe('文件过大：10.0 MB，图片最大 10 MB');
    expect(why(checkUpload({ name: 'big.zip', type: 'application/zip', size: 60 * 1024 * 1024 }))).toBe('文件过大：60.0 MB，文件最大 50 MB');
    expect(why(checkUpload({ name: 'x.svg', type: 'image/svg+xml', size: 10 }))).toBe(
      '不支持的文件类型：可上传 PNG、JPEG、GIF、WebP 图片，PDF、Word、Excel、PowerPoint、TXT 文档和 ZIP 压缩包',
    );
    expect(why(checkUpload({ name: 'x.html', type: 'text/html', size: 10 }))).toMatch(/^不支持的文件类型/);
    expect(why(checkUpload({ name: 'run.exe', type: '', size: 10 }))).toMatch(/^不支持的文件类型/);
    expect(why(checkUpload({ name: 'empty.txt', type: 'text/plain', size: 0 }))).toBe('文件是空的');
    expect(why(checkUpload({ name: `${'名'.repeat(201)}.txt`, type: 'text/plain', size: 3 }))).toBe('文件名应为 1–200 个字');
    expect(why(checkUpload({ name: '  ', type: 'text/plain', size: 3 }))).toBe('文件名应为 1–200 个字');
  });

  it('takes the type from the extension when the browser gives none, and drops parameters', () => {
    expect(contentTypeOf({ name: '报告.DOCX', type: '' })).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(contentTypeOf({ name: 'a.txt', type: 'text/plain; charset=utf-8' })).toBe('text/plain');
    expect(contentTypeOf({ name: 'a.zip', type: 'application/x-zip-compressed' })).toBe('application/zip');
    expect(checkUpload({ name: 'photo.JPG', type: '', size: 100 })).toMatchObject({ ok: true, contentType: 'image/jpeg', isImage: true });
  });

  it('shows sizes for people', () => {
    expect(formatSize(900)).toBe('900 B');
    expect(formatSize(2048)).toBe('2.0 KB');
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});

/** A stand-in XMLHttpRequest recording the PUT and answering `status`. */
function fakeXhr(status: number, response = '') {
  const made: FakeXhr[] = [];
  class FakeXhr {
    method = '';
    url = '';
    headers: Record<string, string> = {};
    withCredentials = false;
    status = 0;
    responseText = '';
    body: unknown = null;
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    constructor() {
      made.push(this);
    }
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    abort() {
      this.onabort?.();
    }
    send(body: unknown) {
      this.body = body;
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 });
        this.status = status;
        this.responseText = response;
        this.onload?.();
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return made;
}

describe('uploading', () => {
  afterEach(() => vi.unstubAllGlobals());

  const begin = (url: string, needsCompletion: boolean) => ({
    data: {
      beginUpload: {
        file: { id: 'f1', name: '集合.png', contentType: 'image/png', size: 4, status: 'PENDING', isImage: true },
        url,
        method: 'PUT',
        headers: [{ name: 'Content-Type', value: 'image/png' }],
        needsCompletion,
      },
    },
  });

  it('begins, PUTs the bytes to the API with the session cookie and progress, and is done', async () => {
    const xhrs = fakeXhr(200, '{"status":"READY","size":4}');
    const { client, sent } = mockClient((op) => (op.operationName === 'BeginUpload' ? begin('/files/abc/content', false) : { data: null }));
    const file = new File([new Uint8Array([1, 2, 3, 4])], '集合.png', { type: 'image/png' });
    const progress: number[] = [];
    const ready = await uploadFile(client, file, { name: '集合.png', contentType: 'image/png' }, { onProgress: (p) => progress.push(p) });
    expect(ready).toEqual({ id: 'f1', name: '集合.png', contentType: 'image/png', size: 4, isImage: true });
    expect(sent.map((o) => o.operationName)).toEqual(['BeginUpload']);
    expect(sent[0].variables).toEqual({ input: { name: '集合.png', contentType: 'image/png', size: 4 } });
    expect(xhrs[0]).toMatchObject({ method: 'PUT', url: '/files/abc/content', withCredentials: true, headers: { 'Content-Type': 'image/png' } });
    expect(xhrs[0].body).toBe(file);
    expect(progress).toEqual([0, 50, 100]);
  });

  it('completes a direct upload to object storage (no cookie sent there)', async () => {
    const xhrs = fakeXhr(200);
    const { client, sent } = mockClient((op) =>
      op.operationName === 'BeginUpload'
        ? begin('https://s3.example.cn/bucket/key?sig=1', true)
        : { data: { completeUpload: { id: 'f1', name: '集合.png', contentType: 'image/png', size: 4, status: 'READY', isImage: true } } },
    );
    const file = new File([new Uint8Array([1, 2, 3, 4])], '集合.png', { type: 'image/png' });
    await uploadFile(client, file, { name: '集合.png', contentType: 'image/png' });
    expect(xhrs[0].withCredentials).toBe(false);
    expect(sent.map((o) => o.operationName)).toEqual(['BeginUpload', 'CompleteUpload']);
    expect(sent[1].variables).toEqual({ fileId: 'f1' });
  });

  it('fails with the words of the server', async () => {
    fakeXhr(400, '{"error":{"code":"VALIDATION","message":"输入有误","fields":{"size":"文件大小与声明不符"}}}');
    const { client } = mockClient(() => begin('/files/abc/content', false));
    const file = new File([new Uint8Array([1])], 'a.png', { type: 'image/png' });
    await expect(uploadFile(client, file, { name: 'a.png', contentType: 'image/png' })).rejects.toThrow('文件大小与声明不符');

    const refused = mockClient(() => ({
      data: null,
      errors: [{ message: '输入有误', extensions: { code: 'VALIDATION', fields: { contentType: '不支持的文件类型' } } }],
    }));
    await expect(uploadFile(refused.client, file, { name: 'a.png', contentType: 'image/png' })).rejects.toThrow('不支持的文件类型');
  });

  it('tells the API route from other sites', () => {
    expect(isSameOrigin('/files/x/content', 'http://127.0.0.1:4173')).toBe(true);
    expect(isSameOrigin('http://127.0.0.1:4173/files/x', 'http://127.0.0.1:4173')).toBe(true);
    expect(isSameOrigin('https://s3.example.cn/b', 'http://127.0.0.1:4173')).toBe(false);
  });
});
