import { highlightSegments, queryTerms } from '../search/text-segments';

const MAX_MARKS = 200;

/** Marks the words from `?highlight=` in the page's main content, after arriving from a search result. */
export function highlightFromUrl(): void {
  const terms = queryTerms(new URLSearchParams(location.search).get('highlight') ?? '');
  const root = document.querySelector('[data-pagefind-body]');
  if (!terms.length || !root) return;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, mark, pre, [data-pagefind-ignore], .sf-heading-anchor, .sf-visually-hidden')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let count = 0;
  for (const node of nodes) {
    if (count >= MAX_MARKS) break;
    const segments = highlightSegments(node.data, terms);
    if (!segments.some((s) => s.mark)) continue;
    const fragment = document.createDocumentFragment();
    for (const s of segments) {
      if (s.mark) {
        const mark = document.createElement('mark');
        mark.className = 'sf-search-highlight';
        mark.textContent = s.text;
        fragment.append(mark);
        count++;
      } else fragment.append(document.createTextNode(s.text));
    }
    node.replaceWith(fragment);
  }
}
