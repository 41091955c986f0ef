import { describe, expect, it } from 'vitest';
import { base64UrlDecode, base64UrlEncode, detailGlobalId, detailObject } from './notificationDetail';

const uuid = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

describe('notification detail', () => {
  it('reads the JSON scalar or its text as an object, and nothing else', () => {
    expect(detailObject({ notice: 'x' })).toEqual({ notice: 'x' });
    expect(detailObject(JSON.stringify({ notice: 'x' }))).toEqual({ notice: 'x' });
    expect(detailObject('not json')).toBeNull();
    expect(detailObject('[1,2]')).toBeNull();
    expect(detailObject(null)).toBeNull();
    expect(detailObject(42)).toBeNull();
  });

  it('encodes and decodes base64url without padding', () => {
    const id = base64UrlEncode(`Notice:${uuid}`);
    expect(id).not.toMatch(/[+/=]/);
    expect(base64UrlDecode(id)).toBe(`Notice:${uuid}`);
    expect(base64UrlDecode('not base64!')).toBeNull();
  });

  it('turns a raw UUID into the global ID of its type and keeps any other text', () => {
    expect(detailGlobalId({ notice: uuid.toUpperCase() }, 'notice', 'Notice')).toBe(base64UrlEncode(`Notice:${uuid}`));
    expect(detailGlobalId(JSON.stringify({ transition: 'VHJhbnNpdGlvbjox' }), 'transition', 'StageTransition')).toBe('VHJhbnNpdGlvbjox');
    expect(detailGlobalId({ notice: '  ' }, 'notice', 'Notice')).toBeNull();
    expect(detailGlobalId({ other: uuid }, 'notice', 'Notice')).toBeNull();
    expect(detailGlobalId('oops', 'notice', 'Notice')).toBeNull();
  });
});
