import { describe, expect, it } from 'vitest';
import { portableHtml } from '../../../../src/quiz/export/portable-html';
import { CODE_HTML } from './fixtures';

describe('portableHtml', () => {
  it('drops Shiki token spans, classes, data attributes and tabindex, keeping the code text', () => {
    expect(portableHtml(CODE_HTML)).toBe('<pre><code>const a = {x: 1};\n\n// a comment ~ # = : \\ end\nif (a &lt; b &amp;&amp; c) {}</code></pre>');
  });

  it('keeps meaningful markup and attributes: emphasis, lists with their start, links, images with alt text', () => {
    const html = '<p><strong>a</strong> <em>b</em> <a href="https://x.org/" class="c">x</a> <img src="https://x.org/i.png" alt="chart"></p><ol start="3"><li>c</li></ol>';
    expect(portableHtml(html)).toBe(html.replace(' class="c"', ''));
  });

  it('unwraps our layout wrappers (a scroll region around a table) and drops screen-reader-only text and inputs', () => {
    const html = '<div class="sf-scroll-region" role="region" tabindex="0" aria-label="Table"><table><tr><td>1</td></tr></table></div><ul><li><input type="checkbox" disabled> <span class="sf-visually-hidden">Done: </span>task</li></ul>';
    expect(portableHtml(html)).toBe('<table><tbody><tr><td>1</td></tr></tbody></table><ul><li> task</li></ul>');
  });

  it('makes site links absolute when the site URL is known, and leaves them alone otherwise', () => {
    const html = '<a href="/notes/basics/a/#x">a</a> <a href="#local">b</a> <a href="https://other.org/">c</a>';
    expect(portableHtml(html, { siteUrl: 'https://example.org/notes/' })).toBe(
      '<a href="https://example.org/notes/basics/a/#x">a</a> <a href="#local">b</a> <a href="https://other.org/">c</a>',
    );
    expect(portableHtml(html)).toBe(html);
  });

  it('puts everything on one line in "br" mode: code lines become <br>, other line breaks a space', () => {
    expect(portableHtml('<p>one\ntwo</p>\n<pre><code>a\n\nb</code></pre>', { newlines: 'br' })).toBe('<p>one two</p> <pre><code>a<br><br>b</code></pre>');
  });

  it('writes XHTML in xml mode: void elements closed', () => {
    expect(portableHtml('<p>a<br>b <img src="https://x.org/i.png" alt="i"></p><hr>', { xml: true })).toBe('<p>a<br />b <img src="https://x.org/i.png" alt="i" /></p><hr />');
  });

  it('encodes only <, & and " (named), so the output is also valid XML text', () => {
    expect(portableHtml('<p>&lt;a&gt; &amp; &nbsp;&copy; "q"</p>')).toBe('<p>&lt;a> &amp; \u00a0© "q"</p>');
  });
});
