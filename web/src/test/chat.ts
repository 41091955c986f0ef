import type { ChatMessage } from '../features/chat/chat';

/** Who writes in the chat tests. */
export const LI = { id: 'm-li', name: '李强' };
export const WANG = { id: 'm-wang', name: '王芳' };

/** A message of 王芳 in conversation c1, as the API answers it; `over` sets the fields a test is about. */
export function chatMessage(over: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: 'msg-1',
    seq: 1,
    body: '第 1 条',
    createdAt: new Date(Date.UTC(2026, 3, 1, 2, 1)).toISOString(),
    author: WANG,
    replyToSeq: null,
    recalledAt: null,
    recalledBy: null,
    conversationId: 'c1',
    mentionIds: [],
    mentionsAll: false,
    mentionsViewer: false,
    attachment: null,
    readCount: null,
    ...over,
  };
}
