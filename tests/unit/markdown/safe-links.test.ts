import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isUnsafeUrl, urlScheme } from '../../../src/lib/safe-url';
import { checkUnsafeLinks, findUnsafeLinks } from '../../../src/lib/unsafe-links';
import { safeLinks } from '../../../src/markdown/safe-links';

describe('isUnsafeUrl', () => {
  it('flags javascript:, data: and vbscript: URLs however a browser would still read them', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', ' \u0001javascript:x', 'java\tscr\nipt:x', 'data:text/html,<b>hi', 'vbscript:x']) {
      expect(isUnsafeUrl(url), url).toBe(true);
    }
  });

  it('lets site paths, anchors, web and mail addresses through', () => {
    for (const url of ['/basics/page/', '#setup', 'page/', 'https://example.org/a:b', 'mailto:a@example.org', '?q=javascript:x']) {
      expect(isUnsafeUrl(url), url).toBe(false);
    }
    expect(urlScheme('/x')).toBeUndefined();
  });
});

describe('safeLinks (Sätteri plugin)', () => {
  it('drops the URL of an unsafe link, keeping its text, and leaves other links alone', () => {
    const { html } = markdownToHtml('[run](javascript:alert(1)) [page](DATA:text/html,x) [ok](/basics/page/) [web](https://example.org/)', {
      hastPlugins: [safeLinks()],
    });
    expect(html).toBe('<p><a>run</a> <a>page</a> <a href="/basics/page/">ok</a> <a href="https://example.org/">web</a></p>\n');
  });
});

describe('unsafe links in articles stop the build', () => {
  it('finds Markdown links, MDX JSX with a literal URL in either spelling, and iframes', () => {
    const body = [
      'Read [this](javascript:alert(1)).',
      '<a href="javascript:alert(document.cookie)">x</a>',
      'Text <a href={"data:text/html,hi"}>y</a>',
      '<iframe src="javascript:alert(1)" />',
    ].join('\n\n');
    expect(findUnsafeLinks(body).map((link) => link.where)).toEqual([
      'link "javascript:alert(1)"',
      '<a href="javascript:alert(document.cookie)">',
      '<a href="data:text/html,hi">',
      '<iframe src="javascript:alert(1)">',
    ]);
  });

  it('finds raw HTML links in a Markdown article, entity-encoded ones included', () => {
    expect(findUnsafeLinks('<p><a href="&#106;avascript:x">r</a></p>', 'md').map((link) => link.where)).toEqual(['<a href="javascript:x">']);
  });

  it('leaves safe links, computed URLs and code samples alone', () => {
    const body = '[a](/basics/page/) <a href="https://example.org">b</a> <a href={url}>c</a> [d](#setup) `[e](javascript:x)`\n\n```md\n[f](javascript:x)\n```';
    expect(findUnsafeLinks(body)).toEqual([]);
  });

  it('names the file, the link and the fix', () => {
    const problems = checkUnsafeLinks([{ filePath: 'content/articles/basics/page.mdx', body: '[go](javascript:run()) and [doc](data:text/html,x)' }]);
    expect(problems).toEqual([
      {
        file: 'content/articles/basics/page.mdx',
        where: 'link "javascript:run()"',
        message:
          'is a "javascript:" URL, which runs code when a reader follows it. Link to a page instead (a site path such as `/section/page/` or an https:// address), or remove the link.',
      },
      expect.objectContaining({ where: 'link "data:text/html,x"', message: expect.stringMatching(/^is a "data:" URL, which opens a page made up by the link itself\./) }),
    ]);
  });
});
