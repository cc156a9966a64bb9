import { proseLines, withoutInlineCode } from '../lib/internal-links';

/**
 * Finds `<Quiz ...>` and `<Question ...>` tags in MDX source so their bank and question ids can be
 * checked at build with the article's file named in the message.
 */
export interface QuizEmbed {
  kind: 'Quiz' | 'Question';
  bank?: string;
  questionIds: string[];
  mode?: string;
  difficulty?: string;
  limit?: number;
  shuffle?: boolean;
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

export function findQuizEmbeds(body: string): QuizEmbed[] {
  const embeds: QuizEmbed[] = [];
  for (const match of renderedSource(body).matchAll(TAG)) {
    const kind = match[1] as QuizEmbed['kind'];
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
      const limit = /\blimit\s*=\s*\{\s*(\d+)\s*\}/.exec(attrs)?.[1];
      const shuffle = /\bshuffle(?:\s*=\s*\{\s*true\s*\})?(?=\s|\/|$)/.test(attrs);
      embeds.push({
        kind,
        bank: attr('bank'),
        questionIds: ids,
        mode: attr('mode'),
        difficulty: attr('difficulty'),
        limit: limit ? Number(limit) : undefined,
        shuffle,
        badge: attr('badge'),
      });
    }
  }
  return embeds;
}
