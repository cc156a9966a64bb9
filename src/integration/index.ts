/**
 * `studyforge()`: the Astro integration that turns a content folder into a study site. One call in
 * `astro.config.mjs` checks the options and the content, adds MDX, Preact and the Markdown pipeline,
 * injects the routes, provides the content collections and builds the search index.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors } from '../markdown/heading-anchors';
import { taskListLabels } from '../markdown/task-list-labels';
import { safeLinks } from '../markdown/safe-links';
import { baseLinks } from '../markdown/base-links';
import { scrollRegions } from '../markdown/scroll-regions';
import { basePathOf } from '../lib/url';
import { tableAlignment } from '../markdown/table-alignment';
import { formatProblems, type ContentProblem } from '../lib/content-problems';
import { parseOptions, type StudyforgeConfig, type StudyforgeUserOptions } from './options';
import { preflightContent } from './preflight';
import { ARTICLE_COMPONENT_NAMES } from '../components/mdx/names';
import { buildSearchIndex } from './search-index';
import { CONFIG_MODULE, configModulePlugin } from './config-module';
import { stringsModulePlugin } from './strings-module';
import { LOCALE_STRINGS } from '../i18n';
import { SITE_CSP } from './csp';
import { writeHeadersFile } from './headers-file';
import { embedScriptPlugin, writeEmbedScript, type EmbedScriptState } from './embed-script';
import { ensureContentConfig } from './content-config';
import { loadSiteIdentity } from '../schemas/site';
import { onBundlerLog } from './quiet-logs';
import { folderSize, summaryLine } from './build-summary';
import { codeTokensModulePlugin, SHIKI_THEMES } from './code-tokens-module';
import { shikiStyleClasses } from '../markdown/shiki-classes';

export type { StudyforgeUserOptions as StudyforgeOptions } from './options';

const route = (file: string) => fileURLToPath(new URL(`../routes/${file}`, import.meta.url));

/** Stops the build with the list of problems (a thrown error would bury the list under a stack trace). */
function stop(logger: AstroIntegrationLogger, problems: ContentProblem[], command: string, kind: 'content' | 'configuration' = 'content'): void {
  logger.error(formatProblems(problems, kind));
  if (command !== 'dev') process.exit(1);
}

export default function studyforge(userOptions?: StudyforgeUserOptions): AstroIntegration {
  let config: StudyforgeConfig | undefined;
  let buildStarted = 0;
  /** The final config's base path and hashed-assets folder (after every integration's updates). */
  let astroBase = '/';
  let astroAssetsDir = '_astro';
  const embedScript: EmbedScriptState = {};
  return {
    name: 'studyforge',
    hooks: {
      'astro:config:setup': ({ config: astroConfig, command, updateConfig, injectRoute, logger }) => {
        const root = fileURLToPath(astroConfig.root);
        const parsed = parseOptions(userOptions);
        if (!parsed.options) return stop(logger, parsed.problems, command, 'configuration');
        const { options } = parsed;
        // STUDY_CONTENT_DIR points one build at another folder (tests, previews) without editing the config.
        const chosen = process.env.STUDY_CONTENT_DIR?.trim() || options.content;
        const contentDir = isAbsolute(chosen) ? chosen : resolve(root, chosen);
        // A sitemap lists absolute URLs, so it needs the site's public URL.
        const sitemap = options.routes.sitemap && Boolean(astroConfig.site);
        if (options.routes.sitemap && !sitemap && command === 'build') {
          logger.warn('No sitemap.xml and no canonical links: set `site` in astro.config.mjs to your public URL, e.g. `site: "https://example.org"`.');
        }
        // Problems in site.yaml are reported by the preflight below, with the others.
        config = { contentDir, search: options.search, routes: { ...options.routes, sitemap }, site: loadSiteIdentity(contentDir).site };

        // Vitest loads the config (as "dev") only for its Vite settings: no site is built or checked.
        const checking = command === 'build' || (command === 'dev' && !process.env.VITEST);
        if (checking) {
          const setting = process.env.STUDY_CONTENT_DIR?.trim() ? 'STUDY_CONTENT_DIR' : 'studyforge() option content';
          const problems = preflightContent(contentDir, ARTICLE_COMPONENT_NAMES, setting);
          if (problems.length) stop(logger, problems, command);
        }
        const created = command === 'preview' ? undefined : ensureContentConfig(fileURLToPath(astroConfig.srcDir));
        if (created) logger.info(`Created ${relative(root, created)} with the Studyforge content collections.`);

        // A site served under a sub-path (SITE_URL=https://user.github.io/my-notes/) gets that path as Astro's `base`,
        // so one setting gives both; a `base` the user set wins. Here, not in astro.config.mjs, so every site using the
        // integration gets it. Pages then write their links through lib/url.ts, which reads `import.meta.env.BASE_URL`.
        const base = astroConfig.base === '/' || !astroConfig.base ? basePathOf(astroConfig.site) : undefined;
        // The Markdown plugins run outside Vite, so they get the locale's reading-aid text here.
        const { reading } = LOCALE_STRINGS[config.site.locale];
        const has = (name: string) => astroConfig.integrations.some((integration) => integration.name === name);
        updateConfig({
          integrations: [...(has('@astrojs/mdx') ? [] : [mdx()]), ...(has('@astrojs/preact') ? [] : [preact()])],
          // Stylesheets always ship as files: Astro inlines small ones as <style> by default, which the strict
          // CSP would have to allow by hash, and a small shared chunk (tokens) would be repeated in every page.
          build: { format: 'directory', inlineStylesheets: 'never' },
          ...(base && base !== '/' ? { base } : {}),
          markdown: {
            // Astro 7's Rust Markdown processor; GFM (tables, task lists, footnotes, strikethrough,
            // autolinks) is on by default. Smart punctuation stays off so code-like text is not altered.
            // baseLinks: authors' `/section/slug/` links get the site's base (Markdown in articles, banks, interview files).
            // safeLinks: javascript:/data: links lose their URL (an article with one fails the build anyway).
            processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [headingAnchors(reading), taskListLabels(reading), safeLinks(), baseLinks(base || astroConfig.base), scrollRegions(reading), tableAlignment()] }),
            shikiConfig: {
              themes: SHIKI_THEMES,
              // No default colour: tokens carry both palettes as CSS variables and the site theme picks one.
              defaultColor: false,
              // Token colours as classes, not style attributes (the CSP allows no inline style).
              transformers: [shikiStyleClasses()],
            },
          },
          ...(options.csp ? { security: { csp: SITE_CSP } } : {}),
          vite: {
            plugins: [configModulePlugin(config), stringsModulePlugin(config.site.locale), codeTokensModulePlugin(), embedScriptPlugin(embedScript)],
            // Component <script>s, the logo and the favicon always ship as files, never inlined into the page (Vite's default for
            // small ones): the CSP then needs no hash per script, and each file is cached across pages.
            build: {
              assetsInlineLimit: (file: string) => (/\.(js|svg|png)$/.test(file) ? false : undefined),
              rollupOptions: { onLog: onBundlerLog },
            },
          },
        });

        if (options.routes.home) injectRoute({ pattern: '/', entrypoint: route('index.astro') });
        injectRoute({ pattern: '/[section]/[...page]', entrypoint: route('[section]/[...page].astro') });
        injectRoute({ pattern: '/[section]/[slug]', entrypoint: route('[section]/[slug].astro') });
        injectRoute({ pattern: '/[section]/[slug]/[quiz]/[page]', entrypoint: route('[section]/[slug]/[quiz]/[page].astro') });
        if (options.routes.interview) {
          injectRoute({ pattern: '/interview', entrypoint: route('interview/index.astro') });
          injectRoute({ pattern: '/interview/[topic]', entrypoint: route('interview/[topic].astro') });
          // The interview cards for Anki (a file, so no clash with the topic pages' folders).
          injectRoute({ pattern: '/interview/[file]', entrypoint: route('interview/anki.ts') });
        }
        if (options.routes.quizzes) {
          // Every bank in every export format (GIFT, Moodle XML, QTI, Anki): quiz/export/formats.ts.
          injectRoute({ pattern: '/quizzes/[file]', entrypoint: route('quizzes/exports.ts') });
          // Bank pages and bank data (quiz/data/): the JSON first, so `/quizzes/index.json` is not read as a bank page.
          injectRoute({ pattern: '/quizzes/index.json', entrypoint: route('quizzes/index.json.ts') });
          injectRoute({ pattern: '/quizzes/[bank].json', entrypoint: route('quizzes/[bank].json.ts') });
          injectRoute({ pattern: '/schemas/[schema].json', entrypoint: route('schemas/[schema].json.ts') });
          injectRoute({ pattern: '/quizzes', entrypoint: route('quizzes/index.astro') });
          injectRoute({ pattern: '/quizzes/[bank]/[...page]', entrypoint: route('quizzes/[bank]/[...page].astro') });
          // Iframe embeds and their host script; the drop-in element is published from the embed pages' chunk (embed-script.ts).
          injectRoute({ pattern: '/embed/host.js', entrypoint: route('embed/host.js.ts') });
          injectRoute({ pattern: '/embed/[bank]', entrypoint: route('embed/[bank].astro') });
        }
        if (options.search) {
          injectRoute({ pattern: '/search', entrypoint: route('search.astro') });
        }
        if (options.routes.notFound) injectRoute({ pattern: '/404', entrypoint: route('404.astro') });
        if (sitemap) injectRoute({ pattern: '/sitemap.xml', entrypoint: route('sitemap.xml.ts') });
        if (options.routes.robots) injectRoute({ pattern: '/robots.txt', entrypoint: route('robots.txt.ts') });
      },
      'astro:config:done': ({ config: final }) => {
        astroBase = final.base;
        astroAssetsDir = final.build.assets;
      },
      'astro:build:start': () => {
        buildStarted = performance.now();
      },
      'astro:build:done': async ({ dir, pages, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const htmlFiles = [...assets.values()].flat().map((file) => fileURLToPath(file)).filter((file) => file.endsWith('.html'));
        if (embedScript.chunk) writeEmbedScript(outDir, embedScript.chunk);
        writeHeadersFile(outDir, htmlFiles, { base: astroBase, assetsDir: astroAssetsDir, frameAncestors: "'self'" });
        const search = config?.search ? await buildSearchIndex(outDir, logger, config.site.locale) : undefined;
        const bytes = folderSize(outDir);
        logger.info(summaryLine({ pages: pages.length, ...search, bytes, ms: performance.now() - buildStarted }));
      },
    },
  };
}

export { CONFIG_MODULE };
