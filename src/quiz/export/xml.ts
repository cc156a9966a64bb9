/** Small helpers for writing XML by hand (Moodle XML, QTI): escaping, CDATA, and characters XML forbids. */

/** Control characters XML 1.0 does not allow anywhere, even escaped. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text or an attribute value, escaped. */
export function xmlEscape(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Text in a CDATA section; a `]]>` inside is split across two sections, the only way to write it there. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(FORBIDDEN, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/** A valid XML name / QTI identifier from our ids: they may start with a digit, which XML names may not. */
export const xmlId = (prefix: string, id: string) => `${prefix}-${id}`.replace(/[^A-Za-z0-9_.-]/g, '_');

/** An XML comment: its text is not escaped, but `--` may not appear in it nor a `-` end it. */
export function xmlComment(text: string): string {
  return `<!-- ${text.replace(FORBIDDEN, '').replace(/--/g, '- -').replace(/-$/, '- ')} -->`;
}
