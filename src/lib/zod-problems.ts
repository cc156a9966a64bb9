import type { z } from 'astro/zod';
import type { ContentProblem } from './content-problems';

/**
 * Turns Zod issues on a YAML file into author-facing problems. Issues inside a list of items
 * (questions) name the item by its `id`, so "questions.3.answer" reads as `question "http-status-404", answer`.
 */
export function zodProblems(file: string, error: z.ZodError, raw: unknown, list: { key: string; label: string }): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    let where = path.join('.') || '(file)';
    if (path[0] === list.key && typeof path[1] === 'number') {
      const item = (raw as Record<string, unknown[]>)[list.key]?.[path[1]] as { id?: unknown } | undefined;
      const name = typeof item?.id === 'string' ? `${list.label} "${item.id}"` : `${list.label} #${path[1] + 1} (no id)`;
      const field = path.slice(2).join('.') || (issue.code === 'invalid_union' ? 'type' : '');
      where = field ? `${name}, field ${field}` : name;
    }
    return { file, where, message: issue.message };
  });
}
