import { diagramLabel, tableLabel, type ReadingStrings } from '../lib/reading-strings';
import { reading as englishReading } from '../i18n/en';

/**
 * Sätteri hast plugin: wide content scrolls sideways inside its own box instead of widening (or
 * being clipped by) a phone's page. Tables and diagram drawings (`<figure class="sf-diagram"><svg>`)
 * are wrapped in a `.sf-scroll-region`: a named, focusable region, so keyboard users can scroll it
 * with the arrow keys (WCAG 2.1.1; axe `scrollable-region-focusable`). The CSS draws the scroll cue
 * (faded edges and the `data-scroll-hint` text) only while the box actually scrolls.
 *
 * A diagram's SVG also gets `width` and `height` from its `viewBox`, so it is drawn at its designed
 * size (one SVG unit = one CSS pixel, the diagram text classes stay 12 px or more) and scrolls when
 * the column is narrower, rather than shrinking its labels to an unreadable size.
 */
export function scrollRegions(strings: ReadingStrings = englishReading) {
  return {
    name: 'scroll-regions',
    element: {
      filter: ['table'],
      visit(node: any, ctx: any) {
        wrap(node, ctx, tableLabel(headerCells(node).map((cell) => ctx.textContent(cell)), strings), strings);
      },
    },
    // Diagrams are written in MDX (docs/AUTHORING.md), where <figure> and <svg> are JSX elements
    // with attributes. (Raw HTML in plain Markdown stays an opaque string and is not touched.)
    mdxJsxFlowElement: {
      filter: ['figure'],
      visit(node: any, ctx: any) {
        if (!jsxAttribute(node, 'class')?.split(/\s+/).includes('sf-diagram')) return;
        const svg = node.children?.find((child: any) => child.type === 'mdxJsxFlowElement' && child.name === 'svg');
        if (svg) sizeAndWrapDiagram(svg, ctx, strings);
      },
    },
  };
}

function sizeAndWrapDiagram(svg: any, ctx: any, strings: ReadingStrings) {
  const size = viewBoxSize(jsxAttribute(svg, 'viewBox'));
  if (size && jsxAttribute(svg, 'width') === undefined && jsxAttribute(svg, 'height') === undefined) {
    ctx.setProperty(svg, 'width', String(size.width));
    ctx.setProperty(svg, 'height', String(size.height));
  }
  const title = svg.children?.find((child: any) => child.name === 'title');
  wrap(svg, ctx, diagramLabel(title ? ctx.textContent(title) : undefined, strings), strings);
}

function wrap(node: any, ctx: any, label: string, strings: ReadingStrings) {
  ctx.wrapNode(node, {
    type: 'element',
    tagName: 'div',
    properties: { className: ['sf-scroll-region'], role: 'region', tabIndex: 0, ariaLabel: label, dataScrollHint: strings.scrollHint },
    children: [],
  });
}

/** The `<th>` cells of a table's first header row. */
function headerCells(table: any): any[] {
  const head = table.children?.find((child: any) => child.tagName === 'thead');
  const row = head?.children?.find((child: any) => child.tagName === 'tr');
  return row?.children?.filter((child: any) => child.tagName === 'th') ?? [];
}

/** Width and height of a `viewBox="minX minY width height"`, if it is well formed. */
export function viewBoxSize(viewBox: unknown): { width: number; height: number } | undefined {
  if (typeof viewBox !== 'string') return undefined;
  const parts = viewBox.trim().split(/[\s,]+/).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [, , width, height] = parts as [number, number, number, number];
  return width > 0 && height > 0 ? { width, height } : undefined;
}

function jsxAttribute(node: any, name: string): string | undefined {
  const attribute = node.attributes?.find((a: any) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}
