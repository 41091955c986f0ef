import { describe, expect, it } from 'vitest';
import { editorValue, isBlankHtml, safeLink } from './richText';

describe('safeLink', () => {
  it('keeps http, https and mailto links and completes a bare host', () => {
    expect(safeLink('https://www.12371.cn/')).toBe('https://www.12371.cn/');
    expect(safeLink(' http://example.cn/a?b=1 ')).toBe('http://example.cn/a?b=1');
    expect(safeLink('www.example.cn/doc')).toBe('https://www.example.cn/doc');
    expect(safeLink('mailto:dangban@example.cn')).toBe('mailto:dangban@example.cn');
  });

  it('refuses scripts, data and text that is not an address', () => {
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('JavaScript:alert(1)')).toBeNull();
    expect(safeLink('data:text/html,<b>x</b>')).toBeNull();
    expect(safeLink('通知')).toBeNull();
    expect(safeLink('two words')).toBeNull();
    expect(safeLink('')).toBeNull();
  });
});

describe('editor HTML', () => {
  it('is blank when only breaks, empty blocks and spaces remain', () => {
    expect(isBlankHtml('')).toBe(true);
    expect(isBlankHtml('<br>')).toBe(true);
    expect(isBlankHtml('<p><br></p><div>&nbsp;</div>')).toBe(true);
    expect(isBlankHtml('<p>各支部：</p>')).toBe(false);
    expect(isBlankHtml('<p><img src="/files/x"></p>')).toBe(false);
    expect(editorValue('<p><br></p>')).toBe('');
    expect(editorValue('<p><b>请</b>按时参加</p>')).toBe('<p><b>请</b>按时参加</p>');
  });
});
