/**
 * The copy-ready HTML under each quiz ("Embed this quiz"): the drop-in element and the iframe, with
 * absolute URLs of this build. Pure, so the quoting and the URLs are unit-tested.
 */
export interface SnippetInput {
  /** The site's public root with its base path, e.g. `https://example.org/notes/` (or `/notes/` without `site`). */
  root: string;
  bank: string;
  /** Explicit question ids, when the quiz is not the whole bank. */
  questions?: string[];
  mode: 'practice' | 'challenge';
  /** The iframe's accessible name. */
  title: string;
}

const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function embedSnippets({ root, bank, questions = [], mode, title }: SnippetInput): { element: string; iframe: string } {
  const at = (path: string) => `${root.endsWith('/') ? root : `${root}/`}${path}`;
  const ids = questions.join(' ');
  const element = [
    `<script type="module" src="${attribute(at('embed/study-quiz.js'))}"></script>`,
    `<study-quiz src="${attribute(at(`quizzes/${bank}.json`))}"${ids ? ` questions="${attribute(ids)}"` : ''}${mode === 'challenge' ? ' mode="challenge"' : ''}></study-quiz>`,
  ].join('\n');
  const query = new URLSearchParams();
  if (ids) query.set('questions', ids);
  if (mode === 'challenge') query.set('mode', mode);
  const search = query.size ? `?${query}` : '';
  const iframe = [
    `<iframe src="${attribute(at(`embed/${bank}/${search}`))}" title="${attribute(title)}" width="100%" height="600" loading="lazy"></iframe>`,
    `<script type="module" src="${attribute(at('embed/host.js'))}"></script>`,
  ].join('\n');
  return { element, iframe };
}
