import { proseLines, withoutInlineCode } from '../../lib/internal-links';

/**
 * Finds `<Quiz ...>` and `<Question ...>` tags in MDX source so their bank and question ids can be
 * checked at build with the article's file named in the message.
 */
export interface QuizTag {
  kind: 'Quiz' | 'Question';
  bank?: string;
  questionIds: string[];
  mode?: string;
  difficulty?: string;
  limit?: number;
  shuffle?: boolean;
  pageSize?: number;
  attempts?: number;
  title?: string;
  /** Badge name for a perfect challenge run, as written. */
  badge?: string;
}

const TAG = /<(Quiz|Question)\b([^>]*?)\/?>/g;
const STRING_ATTR = (name: string) => new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["']([^"']*)["']\\s*\\})`);
const LIST_ATTR = /\bquestions\s*=\s*\{\s*\[([^\]]*)\]\s*\}/;

/** The MDX that renders: no fenced or inline code, no `{/* comments *\/}`. */
function renderedSource(body: string): string {
  return proseLines(body).map(withoutInlineCode).join('\n').replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

export function findQuizTags(body: string): QuizTag[] {
  const embeds: QuizTag[] = [];
  for (const match of renderedSource(body).matchAll(TAG)) {
    const kind = match[1] as QuizTag['kind'];
    const attrs = match[2] ?? '';
    const attr = (name: string) => {
      const m = STRING_ATTR(name).exec(attrs);
      return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
    };
    const list = LIST_ATTR.exec(attrs)?.[1];
    const ids = list ? [...list.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!) : [];
    if (kind === 'Question') {
      const id = attr('id');
      embeds.push({ kind, questionIds: id ? [id] : [] });
    } else {
      const number = (name: string) => {
        const value = new RegExp(`\\b${name}\\s*=\\s*\\{\\s*(\\d+)\\s*\\}`).exec(attrs)?.[1];
        return value ? Number(value) : undefined;
      };
      const shuffle = /\bshuffle(?:\s*=\s*\{\s*true\s*\})?(?=\s|\/|$)/.test(attrs);
      embeds.push({
        kind,
        bank: attr('bank'),
        questionIds: ids,
        mode: attr('mode'),
        difficulty: attr('difficulty'),
        limit: number('limit'),
        shuffle,
        // Quiz pages are built from this value, so one that cannot be read here is an error (NaN), not ignored.
        pageSize: number('pageSize') ?? (/\bpageSize\s*=/.test(attrs) ? Number.NaN : undefined),
        attempts: number('attempts'),
        title: attr('title'),
        badge: attr('badge'),
      });
    }
  }
  return embeds;
}
