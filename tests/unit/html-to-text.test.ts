import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText } from '../../src/lib/html-to-text';

describe('htmlToText', () => {
  it('collapses whitespace in flowing text and decodes character references', () => {
    expect(htmlToText('<p>Hello <strong>big</strong>\n   world &amp; &lt;tags&gt;</p>')).toBe('Hello big world & <tags>');
  });

  it('separates paragraphs and blocks with a blank line', () => {
    expect(htmlToText('<p>one</p>\n<p>two</p><h2>Three</h2>four')).toBe('one\n\ntwo\n\nThree\n\nfour');
  });

  it('keeps preformatted text exactly, line by line (Shiki spans included)', () => {
    const html = '<p>Run:</p><pre class="astro-code"><code><span class="line"><span>a  =  1</span></span>\n<span class="line"><span>  indented</span></span>\n</code></pre><p>done</p>';
    expect(htmlToText(html)).toBe('Run:\n\na  =  1\n  indented\n\ndone');
  });

  it('puts list items on their own lines, numbered in ordered lists from their start', () => {
    expect(htmlToText('<ul><li>one</li><li>two<ul><li>inner</li></ul></li></ul>')).toBe('- one\n- two\n- inner');
    expect(htmlToText('<ol start="3"><li>a</li><li>b</li></ol>')).toBe('3. a\n4. b');
  });

  it('writes table rows as lines of cells separated by bars', () => {
    expect(htmlToText('<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>')).toBe('A | B\n1 | 2');
  });

  it('turns <br> into a line break and images into their alt text', () => {
    expect(htmlToText('line<br>two <img src="x.png" alt="a chart">')).toBe('line\ntwo a chart');
  });

  it('drops scripts and styles, and returns an empty string for empty input', () => {
    expect(htmlToText('<script>alert(1)</script><style>p{}</style>text')).toBe('text');
    expect(htmlToText('')).toBe('');
  });
});

describe('htmlToLine', () => {
  it('puts everything on one line and cuts long text with an ellipsis', () => {
    expect(htmlToLine('<p>one</p><pre>a\nb</pre>')).toBe('one a b');
    expect(htmlToLine('<p>abcdefghij</p>', 6)).toBe('abcde…');
    expect(htmlToLine('<p>short</p>', 6)).toBe('short');
  });
});
