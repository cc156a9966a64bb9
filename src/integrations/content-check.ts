import type { AstroIntegration } from 'astro';
import { formatProblems } from '../lib/content-problems';
import { resolveContentDir } from '../lib/content-dir';
import { preflightContent } from '../site/content-preflight';

/**
 * Checks the content folder before Astro reads it (`astro:config:setup` runs before content is
 * synced), so a broken folder stops `astro build` with our list of problems (file, line, field,
 * fix) instead of Astro's first error with a stack trace, or a wrongly published site. In dev the
 * problems are logged and the server starts, so the author can fix them with live reload.
 */
export function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'studyforge-content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Vitest loads the Astro config (as "dev") only for its Vite settings: no site is built.
        // Builds that tests start keep VITEST in their environment, so only "dev" is skipped.
        if (command === 'preview' || (command === 'dev' && process.env.VITEST)) return;
        const problems = preflightContent(resolveContentDir());
        if (!problems.length) return;
        logger.error(formatProblems(problems));
        if (command === 'dev') return;
        // Not thrown: Astro would print "An unhandled error occurred while running the hook" before
        // the list and an empty stack trace after it. The list is the whole message.
        process.exit(1);
      },
    },
  };
}
