import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText } from '../../src/lib/html-to-text';

/** A code block as the site's Markdown pipeline renders it: Shiki spans with token classes, one line per span. */
const shikiBlock =
  '<pre tabindex="0" data-language="python" class="astro-code sf-shiki-light-0e1116"><code>' +
  '<span class="line"><span class="sf-shiki-light-023b95">def</span><span> f</span>(x):</span>\n' +
  '<span class="line"><span>    return</span> x &lt; 2</span>\n' +
  '<span class="line"></span>\n' +
  '<span class="line"><span>print</span>(f(1))</span></code></pre>\n';

describe('htmlToText', () => {
  it('keeps the text of highlighted code exactly: line breaks, indentation, blank lines, entities', () => {
    expect(htmlToText(shikiBlock)).toBe('def f(x):\n    return x < 2\n\nprint(f(1))');
  });

  it('collapses prose whitespace, keeps inline code text, and decodes entities', () => {
    expect(htmlToText('<p>Run   <code>kubectl get pods</code>\n  to list &amp; check.</p>\n')).toBe('Run kubectl get pods to list & check.');
    expect(htmlToText('Use <strong>PSI</strong>, not <em>KL</em>.')).toBe('Use PSI, not KL.');
  });

  it('puts each block on its own line and marks list items', () => {
    expect(htmlToText('<p>First.</p>\n<ul>\n<li>one</li>\n<li>two <code>x</code></li>\n</ul>\n<p>Last.</p>')).toBe('First.\n- one\n- two x\nLast.');
  });

  it('separates a paragraph from the code block that follows it', () => {
    expect(htmlToText(`<p>What does this print?</p>\n${shikiBlock}`)).toBe('What does this print?\ndef f(x):\n    return x < 2\n\nprint(f(1))');
  });

  it('reads a line break, an image by its alt text, a drawing by its title, and skips buttons and hidden parts', () => {
    expect(htmlToText('a<br>b')).toBe('a\nb');
    expect(htmlToText('<p>See <img src="x.png" alt="the chart"> here.</p>')).toBe('See the chart here.');
    expect(htmlToText('<figure><svg><title>Pipeline</title><desc>long</desc><text>Train</text></svg></figure>')).toBe('Pipeline');
    expect(htmlToText('<p>Code<button>Copy</button><span aria-hidden="true">#</span><span hidden>x</span></p>')).toBe('Code');
  });

  it('gives an empty string for empty HTML', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p> </p>')).toBe('');
  });
});

describe('htmlToLine', () => {
  it('puts everything on one line and cuts long text with an ellipsis', () => {
    expect(htmlToLine('<p>one</p><pre>a\nb</pre>')).toBe('one a b');
    expect(htmlToLine('<p>abcdefghij</p>', 6)).toBe('abcde…');
    expect(htmlToLine('<p>short</p>', 6)).toBe('short');
  });
});
