import { z } from 'astro/zod';

/** Front matter of `<content>/index.mdx`, the author's home page: all optional (site.yaml has the site's title). */
export const homeSchema = z.object({
  title: z.string({ error: 'must be text: the page title, e.g. `title: Welcome`.' }).optional(),
  description: z.string({ error: 'must be text: the page description for search engines.' }).optional(),
});
