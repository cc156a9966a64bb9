/** Schemes that run code or open a document of the link's own making when a reader follows it. */
export const UNSAFE_URL_SCHEMES = ['javascript', 'data', 'vbscript'] as const;

/**
 * The scheme of a URL as a browser reads it, lower-cased (`undefined` for relative URLs). Browsers
 * drop leading spaces and control characters and tabs or newlines anywhere, so `" java\tscript:"`
 * is a `javascript:` URL.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Whether following this URL would run script or show a document made up by the URL itself. */
export function isUnsafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme !== undefined && (UNSAFE_URL_SCHEMES as readonly string[]).includes(scheme);
}
