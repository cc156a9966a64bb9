import yaml from 'js-yaml';
import { mdxToMdast } from 'satteri';
import { articleSchema } from '../schemas/article';
import { suggest, type ContentProblem } from './content-problems';
import { parseYaml } from './yaml-problems';

/**
 * Checks of one article file made before Astro reads it, so that every mistake is reported with
 * the file, the line, the field and the fix (Astro's own messages lead with a collection id and a
 * stack trace): front matter that is not YAML, fields the schema rejects, MDX that does not parse,
 * and components no article can use. Pure: it takes the file's text.
 */

const FRONTMATTER_FENCE = /^---[ \t]*\r?$/;

/** Splits `---` front matter from the body; `yaml` is undefined when the file has none. */
export function splitFrontmatter(source: string): { yaml?: string; closed: boolean } {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  if (!FRONTMATTER_FENCE.test(lines[0] ?? '')) return { closed: false };
  const end = lines.findIndex((line, i) => i > 0 && FRONTMATTER_FENCE.test(line));
  if (end === -1) return { yaml: lines.slice(1).join('\n'), closed: false };
  return { yaml: lines.slice(1, end).join('\n'), closed: true };
}

/** The file line (1-based) of a top-level front-matter field; front matter starts on line 2. */
function fieldLine(yamlText: string, field: string): number | undefined {
  const index = yamlText.split('\n').findIndex((line) => new RegExp(`^["']?${field}["']?\\s*:`).test(line));
  return index === -1 ? undefined : index + 2;
}

/** `related.0` -> `related[0]`, as authors index lists. */
const fieldName = (path: PropertyKey[]) =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('') || 'front matter';

function frontmatterProblems(file: string, source: string): ContentProblem[] {
  const { yaml: text, closed } = splitFrontmatter(source);
  if (text === undefined) {
    return [{ file, line: 1, where: 'front matter', message: 'is missing. Start the file with a block between two `---` lines holding at least `title:`, `description:` and `difficulty:` (see docs/AUTHORING.md).' }];
  }
  if (!closed) {
    return [{ file, line: 1, where: 'front matter', message: 'is not closed. Add a line with only `---` after the last field.' }];
  }
  // Dates stay text (no timestamp type), so that `2026-02-30` is caught instead of becoming 2026-03-02.
  const parsed = parseYaml(file, text, { firstLine: 2, schema: yaml.CORE_SCHEMA });
  if (parsed.problem) return [parsed.problem];
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return [{ file, line: 2, where: 'front matter', message: 'must be a list of `field: value` lines, e.g. `title: "Getting started"`.' }];
  }
  const result = articleSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const top = issue.path[0];
    return { file, line: (typeof top === 'string' && fieldLine(text, top)) || 1, where: fieldName(issue.path), message: issue.message };
  });
}

/** The usual fix for each MDX syntax error. */
function mdxFix(reason: string): string {
  const tag = /closing tag for `<([^>\s]+)>`/.exec(reason)?.[1];
  if (tag) return `Close it with \`</${tag}>\`, or write \`<${tag} />\` if it has no content.`;
  if (/brace/.test(reason)) return 'MDX reads `{` as the start of an expression: write a literal brace as `\\{` or put it in `code`.';
  if (/after `<`/.test(reason)) return 'MDX reads `<` as the start of a tag: write a literal `<` as `&lt;` or put it in `code`.';
  return 'Check that every tag is closed and that literal `<`, `{` and `}` in text are written as `&lt;`, `\\{` and `\\}`.';
}

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: MdxNode[];
}

/** Names an article brings in itself with `import X from '...'` (and `import { Y } ...`). */
function importedNames(root: MdxNode): Set<string> {
  const names = new Set<string>();
  for (const node of root.children ?? []) {
    if (node.type !== 'mdxjsEsm' || !node.value) continue;
    for (const statement of node.value.matchAll(/import\s+([^'"]+?)\s+from/g)) {
      for (const piece of statement[1]!.replace(/[{}*]/g, ',').split(',')) {
        const name = piece.trim().split(/\bas\s+/).pop()?.trim();
        if (name) names.add(name);
      }
    }
  }
  return names;
}

function unknownComponents(file: string, root: MdxNode, known: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const imported = importedNames(root);
  const visit = (node: MdxNode) => {
    const name = node.name;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && name && /^[A-Z]/.test(name)) {
      const base = name.split('.')[0]!;
      if (!known.includes(name) && !imported.has(base)) {
        const close = suggest(name, known);
        problems.push({
          file,
          line: node.position?.start.line,
          where: `<${name}>`,
          message: `is not a component articles can use.${close ? ` Did you mean <${close}>?` : ''} The components are ${known.map((k) => `<${k}>`).join(', ')}.`,
        });
      }
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return problems;
}

function mdxProblems(file: string, source: string, components: readonly string[]): ContentProblem[] {
  let root: MdxNode;
  try {
    root = mdxToMdast(source) as MdxNode;
  } catch (error) {
    const text = (error as Error).message;
    const match = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(text);
    const reason = (match?.[3] ?? text).replace(/ \(\d+:\d+\)$/, '');
    return [{ file, line: match ? Number(match[1]) : undefined, where: 'MDX', message: `${reason}. ${mdxFix(reason)}` }];
  }
  return unknownComponents(file, root, components);
}

/** Everything wrong with one article's text that can be told without the rest of the site. */
export function checkArticleSource(file: string, source: string, components: readonly string[]): ContentProblem[] {
  if (!source.trim()) {
    return [{ file, where: 'file', message: 'is empty. Write the front matter (title, description, difficulty) and the article, or delete the file.' }];
  }
  return [...frontmatterProblems(file, source), ...mdxProblems(file, source, components)];
}
