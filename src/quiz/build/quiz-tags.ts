import { mdxToMdast } from 'satteri';
import type { QuizPropProblem } from '../core/resolve-quiz';
import { readLiteral } from './literal';

/**
 * The `<Quiz>` and `<Question>` tags of an article, read from its MDX syntax tree (Sätteri), so that
 * code blocks, inline code and `{/* comments *\/}` never count as tags, and the props are exactly
 * what the components receive. Props are plain values; an expression that is not a literal (a
 * variable, a call) cannot be known before the page renders, so it is reported, not guessed.
 */
export interface QuizTag {
  kind: 'Quiz' | 'Question';
  /** The props as written: strings, numbers, booleans, lists; a bare prop (`shuffle`) is `true`. */
  props: Record<string, unknown>;
  /** 1-based line of the tag in the article body. */
  line?: number;
  /** Props that could not be read, with the fix. */
  problems: QuizPropProblem[];
}

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  position?: { start: { line: number } };
  children?: MdxNode[];
}

type MdxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string } }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/** How each prop is written, for the fix in a message. */
const EXAMPLES: Record<string, string> = {
  bank: 'bank="my-bank"',
  id: 'id="question-id"',
  mode: 'mode="challenge"',
  questions: 'questions={["first-id", "second-id"]}',
  difficulty: 'difficulty="easy"',
  limit: 'limit={5}',
  shuffle: 'shuffle',
  pageSize: 'pageSize={20}',
  attempts: 'attempts={3}',
  title: 'title="Warm-up"',
  badge: 'badge="Sharp Eye"',
};

const TAGS = new Set(['Quiz', 'Question']);

function readTag(node: MdxNode): QuizTag {
  const kind = node.name as QuizTag['kind'];
  const props: Record<string, unknown> = {};
  const problems: QuizPropProblem[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ where: `<${kind}> {${attribute.value.trim()}}`, message: 'spreads props that cannot be read at build time. Write each prop on the tag, e.g. `<Quiz bank="my-bank" limit={5} />`.' });
      continue;
    }
    const { name, value } = attribute;
    if (value === null) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else {
      const literal = readLiteral(value.value);
      if (literal.ok) props[name] = literal.value;
      else {
        const example = EXAMPLES[name] ? ` Write it as a plain value, e.g. \`${EXAMPLES[name]}\`.` : ' Write it as a plain value: text in quotes, a number, true or false, or a list of those.';
        problems.push({ where: `<${kind}> ${name}`, message: `is \`{${value.value.trim()}}\`, which cannot be read at build time.${example}` });
      }
    }
  }
  return { kind, props, line: node.position?.start.line, problems };
}

/** Parsed bodies, so the checks, the quiz pages and the sitemap parse each article once. */
const cache = new Map<string, QuizTag[]>();

/** Every `<Quiz>` and `<Question>` of an MDX body, in document order (none if it does not parse: the preflight reports that). */
export function findQuizTags(body: string): QuizTag[] {
  const known = cache.get(body);
  if (known) return known;
  let root: MdxNode;
  try {
    root = mdxToMdast(body) as MdxNode;
  } catch {
    return [];
  }
  const tags: QuizTag[] = [];
  const visit = (node: MdxNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && TAGS.has(node.name)) tags.push(readTag(node));
    node.children?.forEach(visit);
  };
  visit(root);
  cache.set(body, tags);
  return tags;
}
