/**
 * The site's vocabulary for "Did you mean …?": the words of the indexed text, most frequent first.
 * Built by the indexer and written next to the Pagefind index; the search code fetches it only
 * when it loads, so pages never grow with it. Pure: no file system, no DOM.
 */

export { VOCABULARY_FILE } from './suggest';

/**
 * Caps the file for big sites whatever their number of pages: the curriculum's 3,500 words weigh
 * 37 KB (14 KB gzipped), so the cap means about 55 KB (20 KB gzipped) at most.
 */
export const VOCABULARY_LIMIT = 5000;

const MIN_LENGTH = 4;
const MAX_LENGTH = 24;

/** Frequent words (4+ letters) that are never what a reader searches for, nor worth suggesting, by site language. */
const STOP_WORDS: Record<string, Set<string>> = {
  en: new Set(
  (
    'about above after again against also another any anyone because been before being below between both cannot could does doing down during each ' +
    'either else even ever every from further have having here hers herself himself into itself just least less many might more most much must ' +
    'myself neither never none only other ought ours ourselves over same shall should since some such than that their theirs them themselves then ' +
    'there these they this those through under until upon very what when where whether which while whom whose will with within without would ' +
    'your yours yourself yourselves'
  ).split(' '),
  ),
  de: new Set(
    (
      'aber alle allem allen aller alles also andere anderen anderer anderes auch auf aus bei beim bereits bist bleibt damit dann darf darum ' +
      'dass dein deine deinem deinen deiner dem den denn dennoch der deren des deshalb dich dies diese diesem diesen dieser dieses doch dort durch ' +
      'eine einem einen einer eines einige etwa etwas euch euer eure gegen habe haben hast hatte hier hinter ihnen ihre ihrem ihren ihrer ihres ' +
      'immer indem jede jedem jeden jeder jedes jene jetzt kann kannst kein keine keinem keinen keiner können könnte machen mehr mein meine ' +
      'mich mit muss musst nach neben nicht noch nun nur oder ohne schon sehr seid sein seine seinem seinen seiner sich sie sind soll sollte ' +
      'sondern sonst über ueber unter uns unser unsere vom von vor wann war waren warum was weil welche welchem welchen welcher welches wenn ' +
      'werden wieder will wird wirst wollen worden wurde wurden zum zur zwar zwischen'
    ).split(' '),
  ),
};

/** Words a reader might type: letters only (numbers and identifiers with digits are left out). `language`: the site's locale. */
export function vocabularyWords(text: string, language = 'en'): string[] {
  const stop = STOP_WORDS[language] ?? new Set<string>();
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length >= MIN_LENGTH && w.length <= MAX_LENGTH && !stop.has(w));
}

/** Counts words across texts and keeps the `limit` most frequent (ties alphabetical, so builds are stable). */
export function buildVocabulary(texts: Iterable<string>, limit = VOCABULARY_LIMIT, language = 'en'): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of vocabularyWords(text, language)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([word]) => word);
}

const IGNORED = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/i;

/** Where the first element whose opening tag matches `open` starts and ends (same-name nesting counted). */
function elementAt(html: string, open: RegExp): { start: number; contentStart: number; contentEnd: number; end: number } | undefined {
  const start = open.exec(html);
  if (!start) return undefined;
  const pattern = new RegExp(`<(/?)${start[1]!.toLowerCase()}\\b[^>]*>`, 'gi');
  pattern.lastIndex = start.index + start[0].length;
  let depth = 1;
  for (let m = pattern.exec(html); m; m = pattern.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return { start: start.index, contentStart: start.index + start[0].length, contentEnd: m.index, end: m.index + m[0].length };
  }
  return { start: start.index, contentStart: start.index + start[0].length, contentEnd: html.length, end: html.length };
}

/**
 * The text Pagefind indexes on a built page: the element marked `data-pagefind-body`, without
 * code, scripts, styles and pictures (code identifiers make poor suggestions). Empty when the page
 * is not indexed.
 */
export function indexedText(html: string): string {
  const body = elementAt(html, /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/i);
  if (!body) return '';
  let inner = html.slice(body.contentStart, body.contentEnd);
  // Parts Pagefind ignores (quizzes: their questions are indexed as records of their own).
  for (let part = elementAt(inner, IGNORED); part; part = elementAt(inner, IGNORED)) inner = `${inner.slice(0, part.start)} ${inner.slice(part.end)}`;
  return inner
    .replace(/<(pre|script|style|svg|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' ');
}
