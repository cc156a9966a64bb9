/**
 * Finds links in an article that would run code or open a made-up document when followed
 * (`javascript:`, `data:`, `vbscript:`), whether written as a Markdown link, raw HTML or MDX JSX.
 * Articles are code by design, so this is not a sanitiser: such a link stops the build with the
 * file and the fix. (Rendering drops these URLs too, see markdown/safe-links.ts.)
 */
import { fromHtml } from 'hast-util-from-html';
import { markdownToHast, mdxToHast } from 'satteri';
import type { ContentProblem } from './content-problems';
import { isUnsafeUrl, urlScheme } from './safe-url';

/** HTML elements whose URL attributes navigate or load a document. */
export const URL_ELEMENTS = ['a', 'area', 'base', 'button', 'embed', 'form', 'frame', 'iframe', 'input', 'link', 'object'];
/** Those attributes, in hast and JSX spellings. */
export const URL_ATTRIBUTES = new Set(['href', 'xLinkHref', 'xlinkHref', 'xlink:href', 'action', 'formAction', 'formaction', 'src', 'data']);

export interface UnsafeLink {
  /** How the author wrote it, e.g. `link "javascript:go()"` or `<a href="javascript:go()">`. */
  where: string;
  url: string;
}

/** The string a JSX attribute value stands for when it is a literal (`"x"` or `{"x"}`); other expressions are code. */
function literalValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value && typeof value.value === 'string') {
    return /^\s*(["'`])([^]*)\1\s*$/.exec(value.value)?.[2];
  }
  return undefined;
}

const shorten = (url: string) => (url.length > 60 ? `${url.slice(0, 57)}...` : url);

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name: string; value?: unknown }>;
  children?: Node[];
}

function walk(node: Node, found: UnsafeLink[], markdownLinks: boolean): void {
  if (node.type === 'element' && URL_ELEMENTS.includes(node.tagName!)) {
    for (const [name, value] of Object.entries(node.properties ?? {})) {
      if (URL_ATTRIBUTES.has(name) && typeof value === 'string' && isUnsafeUrl(value)) {
        found.push({ where: markdownLinks ? `link "${shorten(value)}"` : `<${node.tagName} ${name}="${shorten(value)}">`, url: value });
      }
    }
  } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && URL_ELEMENTS.includes(node.name ?? '')) {
    for (const attribute of node.attributes ?? []) {
      const url = attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(attribute.name) ? literalValue(attribute.value) : undefined;
      if (url !== undefined && isUnsafeUrl(url)) found.push({ where: `<${node.name} ${attribute.name}="${shorten(url)}">`, url });
    }
  } else if (node.type === 'raw' && node.value) {
    // Raw HTML in a Markdown (.md) article; parsing it decodes entities such as `&#106;avascript:`.
    walk(fromHtml(node.value, { fragment: true }) as Node, found, false);
  }
  for (const child of node.children ?? []) walk(child, found, markdownLinks);
}

/** Every unsafe link in an article body (MDX, or Markdown for `.md` files). */
export function findUnsafeLinks(body: string, format: 'mdx' | 'md' = 'mdx'): UnsafeLink[] {
  const tree = (format === 'mdx' ? mdxToHast(body) : markdownToHast(body)) as Node;
  const found: UnsafeLink[] = [];
  walk(tree, found, true);
  return found;
}

/** The problem an author sees for one unsafe link. */
export function unsafeLinkProblem(file: string, link: UnsafeLink): ContentProblem {
  const scheme = urlScheme(link.url);
  const effect = scheme === 'data' ? 'opens a page made up by the link itself' : 'runs code when a reader follows it';
  return {
    file,
    where: link.where,
    message: `is a "${scheme}:" URL, which ${effect}. Link to a page instead (a site path such as \`/section/page/\` or an https:// address), or remove the link.`,
  };
}

/** Unsafe links of every article, as content problems. */
export function checkUnsafeLinks(articles: ReadonlyArray<{ filePath: string; body: string }>): ContentProblem[] {
  return articles.flatMap((article) =>
    findUnsafeLinks(article.body, article.filePath.endsWith('.md') ? 'md' : 'mdx').map((link) => unsafeLinkProblem(article.filePath, link)),
  );
}
