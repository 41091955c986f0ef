import { useState, type ReactNode } from 'react';
import { Button, Drawer, Empty, Grid, Input, Spin, Typography } from 'antd';
import { useClient, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { SearchMessagesQuery } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { formatDateTime, truncate } from '../../lib/format';
import type { ChatMessage } from './chat';

/** Results asked for at a time. */
export const SEARCH_PAGE_SIZE = 20;
/** The server's limit on a search text, in characters. */
export const MAX_SEARCH = 50;

/** The text with each (case-insensitive) occurrence of `query` marked. */
function Marked({ text, query }: { text: string; query: string }) {
  const q = query.toLowerCase();
  if (!q) return <>{text}</>;
  const lower = text.toLowerCase();
  const out: ReactNode[] = [];
  let from = 0;
  for (;;) {
    const i = lower.indexOf(q, from);
    if (i < 0) break;
    if (i > from) out.push(text.slice(from, i));
    out.push(<mark key={i}>{text.slice(i, i + q.length)}</mark>);
    from = i + q.length;
  }
  out.push(text.slice(from));
  return <>{out}</>;
}

interface Props {
  open: boolean;
  onClose: () => void;
  conversationId: string;
  /** A result was chosen: show it in the conversation. */
  onPick: (m: ChatMessage) => void;
}

/** 搜索聊天记录: messages whose text contains the words, newest first, with 加载更多. */
export function SearchDrawer({ open, onClose, conversationId, onPick }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const screens = Grid.useBreakpoint();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ChatMessage[] | null>(null);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const tooLong = Array.from(text.trim()).length > MAX_SEARCH;

  const run = async (q: string, beforeSeq: number | null) => {
    setLoading(true);
    const res = await client
      .query(SearchMessagesQuery, { conversationId, query: q, first: SEARCH_PAGE_SIZE, beforeSeq }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    if (res.error || !res.data) {
      setError(res.error ?? null);
      return;
    }
    setError(null);
    const page = res.data.searchMessages;
    setResults((r) => (beforeSeq && r ? [...r, ...page] : page));
    setMore(page.length === SEARCH_PAGE_SIZE);
  };

  const search = (value: string) => {
    const q = value.trim();
    if (!q || Array.from(q).length > MAX_SEARCH) return;
    setQuery(q);
    void run(q, null);
  };

  return (
    <Drawer open={open} onClose={onClose} title={t('chat.find.title')} size={screens.md === false ? '100%' : 440} className="tx-search-drawer">
      <Input.Search
        value={text}
        onChange={(e) => setText(e.target.value)}
        onSearch={search}
        placeholder={t('chat.find.placeholder', { max: MAX_SEARCH })}
        aria-label={t('chat.find.title')}
        enterButton
        allowClear
        status={tooLong ? 'error' : undefined}
        loading={loading && !results}
      />
      {tooLong && (
        <Typography.Text type="danger" role="alert">
          {t('chat.find.tooLong', { max: MAX_SEARCH })}
        </Typography.Text>
      )}
      <div style={{ marginTop: 12 }}>
        <FormError error={describeError(error, t)} />
        {results && results.length === 0 && <Empty description={t('chat.find.empty')} />}
        {results && results.length > 0 && (
          <ul className="tx-search-results" aria-label={t('chat.find.results')}>
            {results.map((m) => (
              <li key={m.id}>
                <button type="button" className="tx-search-result" onClick={() => onPick(m)} data-testid={`search-result-${m.seq}`}>
                  <span className="tx-search-head">
                    <span className="tx-msg-author">{m.author.name}</span>
                    <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
                  </span>
                  <span className="tx-search-body">
                    <Marked text={truncate(m.body, 200)} query={query} />
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {loading && results && <Spin />}
        {more && !loading && results && results.length > 0 && (
          <div className="tx-inbox-more">
            <Button onClick={() => void run(query, results[results.length - 1].seq)}>{t('chat.loadMore')}</Button>
          </div>
        )}
      </div>
    </Drawer>
  );
}
