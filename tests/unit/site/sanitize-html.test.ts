import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/lib/sanitize-html';

/** Shiki's output for a one-line bash block, as the Markdown pipeline renders it (colours as classes). */
const SHIKI =
  '<pre class="astro-code astro-code-themes github-light-high-contrast github-dark-high-contrast sf-shiki-light-0e1116 sf-shiki-dark-f0f3f6 sf-shiki-light-bg-ffffff sf-shiki-dark-bg-0a0c10" tabindex="0" data-language="bash"><code><span class="line"><span class="sf-shiki-light-702c00 sf-shiki-dark-ffb757">dvc</span><span class="sf-shiki-light-032563 sf-shiki-dark-addcff"> status</span></span></code></pre>';

describe('sanitizeHtml keeps what Markdown and Shiki produce', () => {
  it('keeps Shiki code blocks byte for byte', () => {
    expect(sanitizeHtml(SHIKI)).toBe(SHIKI);
  });

  it('keeps links, emphasis, code, lists, tables with alignment, task lists, headings with anchors and footnote links', () => {
    const html = [
      '<p><a href="https://example.org" title="t">web</a> <a href="/basics/page/#setup">site</a> <a href="mailto:a@example.org">mail</a> <em>e</em> <strong>s</strong> <code>c</code> <del>d</del></p>',
      '<ol><li>one</li></ol><ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" checked disabled aria-label="Done"> done</li></ul>',
      '<table><thead><tr><th class="sf-align-right">n</th></tr></thead><tbody><tr><td class="sf-align-left">1</td></tr></tbody></table>',
      '<div class="sf-heading-wrapper sf-level-h2"><h2 id="setup">Setup</h2><a class="sf-heading-anchor" href="#setup"><span aria-hidden="true">#</span><span class="sf-visually-hidden">Link to section: Setup</span></a></div>',
      '<p>x<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>',
      '<blockquote><p>q</p></blockquote><img src="diagram.png" alt="A diagram">',
    ].join('');
    // The serialiser spells the empty footnote marker attribute out; the DOM is the same.
    expect(sanitizeHtml(html)).toBe(html.replace('data-footnote-ref ', 'data-footnote-ref="" '));
  });
  it('keeps the scroll region that wraps a wide table (named, focusable), and no other class or role on a div', () => {
    const region = '<div class="sf-scroll-region" role="region" tabindex="0" aria-label="Table: A, B" data-scroll-hint="Scroll sideways"><table><tbody><tr><td>1</td></tr></tbody></table></div>';
    expect(sanitizeHtml(region)).toBe(region);
    const other = sanitizeHtml('<div class="evil" role="dialog" onfocus="alert(1)">x</div>');
    expect(other).not.toMatch(/evil|dialog|onfocus/);
  });
});

describe('sanitizeHtml removes what could act on the reader', () => {
  it.each([
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">', ''],
    ['a script, content and all', '<p>a<script>alert(1)</script>b</p>', '<p>ab</p>'],
    ['an iframe, content and all', '<iframe src="https://evil.example">fallback</iframe>', ''],
    ['a style block', '<style>body{display:none}</style><p>x</p>', '<p>x</p>'],
    ['an svg with script', '<svg><script>alert(1)</script></svg>', ''],
    ['event handlers', '<p onclick="alert(1)"><img src="x.png" onerror="alert(1)" alt=""></p>', '<p><img src="x.png" alt=""></p>'],
    ['a javascript: link (the text stays)', '<a href="javascript:alert(1)">go</a>', '<a>go</a>'],
    ['an entity-encoded javascript: link', '<a href="&#106;avascript:alert(1)">go</a>', '<a>go</a>'],
    ['a data: link', '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">go</a>', '<a>go</a>'],
    ['a data: image', '<img src="data:image/svg+xml,x" alt="a">', '<img alt="a">'],
    // An <input> can only ever be a task list's disabled checkbox.
    ['forms and buttons (their text stays)', '<form action="https://evil.example"><button formaction="x">Send</button><input name="q"></form>', 'Send<input disabled type="checkbox">'],
    ['every style attribute, Shiki colours and table alignment included (they are classes)', '<p style="position:fixed;inset:0">x</p><span style="background:url(https://evil.example/t)">y</span><pre style="--shiki-light:#0e1116; overflow-x: auto;"><code><span style="--shiki-dark:#f0f3f6">z</span></code></pre><table><tbody><tr><td style="text-align: right">1</td></tr></tbody></table>', '<p>x</p><span>y</span><pre><code><span>z</span></code></pre><table><tbody><tr><td>1</td></tr></tbody></table>'],
    ['class names other than the pipeline\'s', '<p class="sf-q-verdict">x</p><span class="line sr-only">y</span>', '<p>x</p><span class="line">y</span>'],
    ['base and link elements', '<base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/s.css">', ''],
    ['a name attribute', '<a name="location" href="/x">x</a>', '<a href="/x">x</a>'],
    ['comments', '<!-- <script>alert(1)</script> --><p>x</p>', '<p>x</p>'],
  ])('%s', (_, html, expected) => {
    expect(sanitizeHtml(html)).toBe(expected);
  });
});
