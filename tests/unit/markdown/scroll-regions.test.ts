import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { scrollRegions, viewBoxSize } from '../../../src/markdown/scroll-regions';

const TABLE = '| Aspect | `DevOps` |\n| --- | --- |\n| a | b |\n';
const DIAGRAM = [
  '<figure class="sf-diagram">',
  '<svg viewBox="0 0 700 300" role="img" aria-labelledby="d-title">',
  '<title id="d-title">The training loop</title>',
  '<text class="sf-d-text" x="10" y="20">Train</text>',
  '</svg>',
  '<figcaption>What it shows.</figcaption>',
  '</figure>',
].join('\n');

const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [scrollRegions()] }).html;
const mdx = (source: string) => mdxToJs(source, { hastPlugins: [scrollRegions()] }).code;

describe('scroll regions', () => {
  it('wraps a Markdown table in a focusable region named after its column headings', () => {
    expect(html(TABLE)).toMatch(
      /<div class="sf-scroll-region" role="region" tabindex="0" aria-label="Table: Aspect, DevOps" data-scroll-hint="Scroll sideways[^"]*"><table>/,
    );
  });

  it('names a table whose header row is empty just "Table"', () => {
    expect(html('|  |  |\n| --- | --- |\n| 1 | 2 |\n')).toContain('aria-label="Table"');
  });

  it('sizes an MDX diagram drawing from its viewBox and wraps only the drawing, not the caption', () => {
    const code = mdx(`${DIAGRAM}\n`);
    expect(code).toMatch(/"figure", \{\s*class: "sf-diagram",\s*children: \[_jsx\(_components\.div, \{\s*className: "sf-scroll-region",\s*role: "region",\s*tabIndex: "0",\s*"aria-label": "Diagram: The training loop",\s*"data-scroll-hint": "Scroll sideways[^"]*",\s*children: _jsxs\("svg"/);
    expect(code).toMatch(/width: "700",\s*height: "300"/);
    expect(code).toMatch(/\}\), _jsx\(_components\.figcaption/);
  });

  it('wraps tables in MDX too', () => {
    expect(mdx(TABLE)).toContain('"aria-label": "Table: Aspect, DevOps"');
  });

  it("leaves figures that are not diagrams, and an author's own size, alone", () => {
    expect(mdx('<figure><svg viewBox="0 0 10 10"></svg></figure>\n')).not.toContain('scroll-region');
    const sized = mdx('<figure class="sf-diagram"><svg viewBox="0 0 700 300" width="350"></svg></figure>\n');
    expect(sized).toContain('scroll-region');
    expect(sized).not.toContain('height: "300"');
  });

  it('reads viewBox sizes and rejects malformed ones', () => {
    expect(viewBoxSize('0 0 720 290')).toEqual({ width: 720, height: 290 });
    expect(viewBoxSize('0,0,10,5')).toEqual({ width: 10, height: 5 });
    expect(viewBoxSize('0 0 720')).toBeUndefined();
    expect(viewBoxSize('0 0 -1 5')).toBeUndefined();
    expect(viewBoxSize(undefined)).toBeUndefined();
  });
});
