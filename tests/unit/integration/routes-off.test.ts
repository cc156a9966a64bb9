import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StudyforgeConfig } from '../../../src/integration/options';

/** The options as the site's modules read them (`virtual:studyforge/config`), changed per test. */
const config = vi.hoisted(() => ({ contentDir: '/content', search: true, routes: { home: true, interview: true, quizzes: true, notFound: true, sitemap: true, robots: true }, site: { title: 'Notes', locale: 'en', dir: 'ltr', footer: { links: [] }, hero: {} } }) as StudyforgeConfig);
vi.mock('virtual:studyforge/config', () => ({ default: config }));
const getCollection = vi.hoisted(() => vi.fn(async () => [{ data: { name: 'dough', title: 'Dough', order: 1 } }]));
vi.mock('astro:content', () => ({ getCollection }));

import BaseLayout from '../../../src/layouts/BaseLayout.astro';
import Header from '../../../src/components/Header.astro';
import NotFound from '../../../src/routes/404.astro';
import { GET as robots } from '../../../src/routes/robots.txt.ts';
import { loadInterviewTopics } from '../../../src/interview/load';
import BankLink from '../../../src/quiz/astro/BankLink.astro';

// src/env.d.ts types `.astro` imports loosely (for tsc); the container takes them as they are.
const render = async (component: unknown, props: Record<string, unknown> = {}) =>
  (await AstroContainer.create()).renderToString(component as never, { props });
const robotsTxt = async (site?: string) => (await robots({ site: site ? new URL(site) : undefined } as never)).text();

beforeEach(() => {
  config.search = true;
  config.routes = { home: true, interview: true, quizzes: true, notFound: true, sitemap: true, robots: true };
});

describe('what a turned-off option leaves out, so no page links to a page that is not built', () => {
  it('search: false takes the search button out of the header and the search link out of the 404 page', async () => {
    expect(await render(Header)).toContain('href="/search/"');
    config.search = false;
    expect(await render(Header)).not.toContain('/search/');
    expect(await render(NotFound)).not.toContain('/search/');
  });

  it('routes.interview: false: no interview topics, so no links to them', async () => {
    config.routes.interview = false;
    expect(await loadInterviewTopics()).toEqual([]);
    expect(getCollection).not.toHaveBeenCalled();
  });

  it('without `site` (no sitemap then), pages leave out the canonical and sitemap links instead of failing the build', async () => {
    config.routes.sitemap = false;
    const html = await render(BaseLayout, { title: 'Kneading' });
    expect(html).toContain('<title>Kneading | ');
    expect(html).not.toMatch(/rel="canonical"|og:url|rel="sitemap"/);
  });

  it('robots.txt names the sitemap only when there is one (it needs `site`)', async () => {
    expect(await robotsTxt('https://bread.example.org')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://bread.example.org/sitemap.xml\n');
    config.routes.sitemap = false;
    expect(await robotsTxt()).toBe('User-agent: *\nAllow: /\n');
  });

  it('routes.quizzes: false: no quiz links to a bank page', async () => {
    const bank = { name: 'dough', title: 'Dough', questions: [] };
    expect(await render(BankLink, { bank })).toContain('href="/quizzes/dough/"');
    config.routes.quizzes = false;
    expect(await render(BankLink, { bank })).not.toContain('/quizzes/');
  });
});
