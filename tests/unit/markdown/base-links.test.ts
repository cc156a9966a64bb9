import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../../src/markdown/base-links';

describe('baseLinks (Sätteri plugin)', () => {
  const render = (markdown: string, base: string) => markdownToHtml(markdown, { hastPlugins: [baseLinks(base)] }).html;

  it("puts the site's base in front of the site links authors write, anchors kept", () => {
    expect(render('[a](/basics/page/) [b](/basics/page/#setup) [home](/)', '/my-notes/')).toBe(
      '<p><a href="/my-notes/basics/page/">a</a> <a href="/my-notes/basics/page/#setup">b</a> <a href="/my-notes/">home</a></p>\n',
    );
  });

  it('leaves anchors, relative links, web and mail addresses alone', () => {
    const markdown = '[x](#setup) [y](page/) [w](https://example.org/a/) [m](mailto:a@example.org)';
    expect(render(markdown, '/my-notes/')).toBe(render(markdown, '/'));
    expect(render(markdown, '/my-notes/')).not.toContain('my-notes');
  });

  it('changes nothing on a site at the root', () => {
    expect(render('[a](/basics/page/)', '/')).toBe('<p><a href="/basics/page/">a</a></p>\n');
  });
});
