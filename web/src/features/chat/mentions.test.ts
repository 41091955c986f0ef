import { describe, expect, it } from 'vitest';
import { MENTION_ALL_NAME, activeMention, insertMention, mentionOptions, resolveMentions, splitMentions } from './mentions';

const MEMBERS = [
  { id: 'm-wang', name: '王芳' },
  { id: 'm-li', name: '李强' },
  { id: 'm-lixiao', name: '小李' },
  { id: 'm-ann', name: 'Ann Lee' },
  { id: 'm-me', name: '张伟' },
];

describe('the mention being typed', () => {
  it('starts at an @ at the start or after a space and runs to the caret', () => {
    expect(activeMention('@', 1)).toEqual({ start: 0, query: '' });
    expect(activeMention('请 @李', 4)).toEqual({ start: 2, query: '李' });
    expect(activeMention('收到，@王', 5)).toEqual({ start: 3, query: '王' });
    // Only up to the caret: text after it does not count.
    expect(activeMention('@李强 好的', 2)).toEqual({ start: 0, query: '李' });
  });

  it('is not one after a space, in an address, or when too long', () => {
    expect(activeMention('@李强 好', 6)).toBeNull();
    expect(activeMention('li@example.cn', 13)).toBeNull();
    expect(activeMention('没有提到', 4)).toBeNull();
    expect(activeMention(`@${'字'.repeat(21)}`, 22)).toBeNull();
    expect(activeMention('@@', 2)).toEqual({ start: 1, query: '' });
  });
});

describe('inserting a chosen member', () => {
  it('replaces the typed @text by "@姓名 " and puts the caret after it', () => {
    expect(insertMention('请 @李', 2, 4, '李强')).toEqual({ text: '请 @李强 ', caret: 6 });
    expect(insertMention('@王 明天见', 0, 2, '王芳')).toEqual({ text: '@王芳 明天见', caret: 4 });
    expect(insertMention('@', 0, 1, MENTION_ALL_NAME)).toEqual({ text: '@所有人 ', caret: 5 });
  });
});

describe('the members offered', () => {
  it('filters names by the typed text, those starting with it first, never the viewer', () => {
    expect(mentionOptions(MEMBERS, '李', { viewerId: 'm-me' }).map((o) => o.name)).toEqual(['李强', '小李']);
    expect(mentionOptions(MEMBERS, 'lee').map((o) => o.id)).toEqual(['m-ann']);
    expect(mentionOptions(MEMBERS, '', { viewerId: 'm-me' }).map((o) => o.id)).toEqual(['m-wang', 'm-li', 'm-lixiao', 'm-ann']);
    expect(mentionOptions(MEMBERS, '赵')).toEqual([]);
    expect(mentionOptions(MEMBERS, '', { limit: 2 })).toHaveLength(2);
  });

  it('offers 所有人 first to admins only', () => {
    expect(mentionOptions(MEMBERS, '', { canMentionAll: true })[0]).toEqual({ id: null, name: '所有人' });
    expect(mentionOptions(MEMBERS, '所', { canMentionAll: true })).toEqual([{ id: null, name: '所有人' }]);
    expect(mentionOptions(MEMBERS, '李', { canMentionAll: true }).some((o) => o.id === null)).toBe(false);
    expect(mentionOptions(MEMBERS, '').some((o) => o.id === null)).toBe(false);
  });
});

describe('the mentions sent', () => {
  const picked = [
    { id: 'm-li', name: '李强' },
    { id: 'm-wang', name: '王芳' },
    { id: null, name: MENTION_ALL_NAME },
  ];

  it('are the chosen members whose @姓名 is still in the text, once each', () => {
    expect(resolveMentions('@李强 @王芳 请看一下，@李强', picked)).toEqual({ mentionIds: ['m-li', 'm-wang'], mentionAll: false });
    // Deleted from the text: not mentioned.
    expect(resolveMentions('@李强 请看一下', picked)).toEqual({ mentionIds: ['m-li'], mentionAll: false });
    expect(resolveMentions('请看一下', picked)).toEqual({ mentionIds: [], mentionAll: false });
  });

  it('need the name to end there, and carry @所有人 only when chosen', () => {
    expect(resolveMentions('@李强强 你好', picked).mentionIds).toEqual([]);
    expect(resolveMentions('@李强，你好', picked).mentionIds).toEqual(['m-li']);
    expect(resolveMentions('@所有人 开会', picked)).toEqual({ mentionIds: [], mentionAll: true });
    expect(resolveMentions('@所有人 开会', [])).toEqual({ mentionIds: [], mentionAll: false });
  });

  it('are styled in a message text', () => {
    expect(splitMentions('@李强 请确认，@所有人 周五见')).toEqual([
      { text: '@李强', mention: true },
      { text: ' 请确认，', mention: false },
      { text: '@所有人', mention: true },
      { text: ' 周五见', mention: false },
    ]);
    expect(splitMentions('li@example.cn')).toEqual([{ text: 'li@example.cn', mention: false }]);
  });
});
