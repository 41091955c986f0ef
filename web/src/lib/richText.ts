/**
 * The pure parts of the notice editor: which links may be inserted and whether an editor's
 * HTML says anything. The server sanitises every body again; these only keep the editor honest.
 */

/** Schemes a link may use. */
const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

/**
 * A link as typed, made safe to insert: http(s) and mailto only; a bare host (`www.example.cn`)
 * gets `https://`. Null for anything else (`javascript:`, `data:`, text without a host).
 */
export function safeLink(input: string): string | null {
  const s = input.trim();
  if (!s || /\s/.test(s)) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(s);
  let url: URL;
  try {
    url = new URL(hasScheme ? s : `https://${s}`);
  } catch {
    return null;
  }
  if (!SAFE_SCHEMES.includes(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && (!url.hostname || !url.hostname.includes('.'))) return null;
  return url.href;
}

/** The text of an editor's HTML, tags and entities removed, whitespace collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h[1-6])\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, 'x')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether an editor's HTML is empty to a reader (only tags, breaks and spaces). */
export function isBlankHtml(html: string | null | undefined): boolean {
  if (!html) return true;
  if (/<img\b/i.test(html)) return false;
  return htmlText(html) === '';
}

/** What the editor hands on: '' for an empty editor (browsers leave `<br>` or `<p><br></p>`). */
export function editorValue(html: string): string {
  return isBlankHtml(html) ? '' : html;
}
