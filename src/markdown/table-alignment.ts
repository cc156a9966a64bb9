/**
 * Sätteri hast plugin: GFM column alignment (`| :-- | --: |`) arrives as `style="text-align:right"` on
 * each cell; the CSP allows no style attributes, so it becomes a class (`sf-align-right`, prose.css).
 */
const ALIGNMENT = /^text-align:\s*(left|center|right);?$/;

/** The class for a cell's alignment style, or undefined when the style is not one. */
export function alignmentClass(style: unknown): string | undefined {
  const match = typeof style === 'string' ? ALIGNMENT.exec(style.trim()) : null;
  return match ? `sf-align-${match[1]}` : undefined;
}

export function tableAlignment() {
  return {
    name: 'table-alignment',
    element: {
      filter: ['th', 'td'],
      visit(node: any, ctx: any) {
        const props = node.properties ?? {};
        const name = alignmentClass(props.style);
        if (!name) return;
        const existing = Array.isArray(props.className) ? props.className : [];
        ctx.setProperty(node, 'className', [...existing, name]);
        ctx.setProperty(node, 'style', undefined);
      },
    },
  };
}
