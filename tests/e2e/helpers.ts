import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
// The sites under test are English: their text is the reference locale's.
import { quiz as STRINGS } from '../../src/i18n/en/quiz';

/** WCAG 2.2 A and AA rules (axe tags). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core's browser bundle, injected once per document. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page as it is now (theme, width, hydrated islands) and fails on any WCAG
 * 2.2 A/AA violation. axe is injected into the document once and run directly: `AxeBuilder`
 * re-injects it and finishes each run in a new blank page, which doubled the cost of a run
 * (1.5 s against 2.9 s on a long article) and the suite runs axe over a hundred times.
 */
export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS,
  );
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/** Sets the stored theme before any page script runs, as a returning reader would have it. */
export async function useTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((value) => {
    try {
      localStorage.setItem('studyforge:theme', value);
    } catch {
      /* storage unavailable in this context */
    }
  }, theme);
}

/**
 * Collects Content-Security-Policy violations and uncaught errors, so a test can assert the page
 * runs cleanly under the site's strict policy.
 */
export async function watchForProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed subresources are reported below with their URL; a 404 page's own status is expected.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') problems.push(`${response.status()} for ${response.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return async () => {
    const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    return [...problems, ...csp.map((v) => `CSP violation: ${v}`)];
  };
}

/**
 * Paths of every page in a built site's sitemap.xml, read from disk so a spec can make one test
 * per page when Playwright collects the tests (the sites are built before the suite runs).
 */
export function builtSitemapPaths(outDir: string): string[] {
  let xml: string;
  try {
    xml = readFileSync(`${outDir}/sitemap.xml`, 'utf8');
  } catch {
    throw new Error(`${outDir}/sitemap.xml is missing: build the site first (npm run test:e2e builds it, or npm run build).`);
  }
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  if (paths.length === 0) throw new Error(`${outDir}/sitemap.xml lists no pages.`);
  return paths;
}

/**
 * Hydrates every island on the page and waits until each one has run: Astro drops an island's
 * `ssr` attribute once it has hydrated it, and a practice quiz then replaces its "Loading the
 * quiz" note (its buttons are disabled until then). Islands load when visible, so each is
 * scrolled to in turn.
 */
export async function hydrateIslands(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let i = 0; i < count; i++) {
    const island = islands.nth(i);
    // Islands are `display: contents`: scroll to what they render.
    await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView({ block: 'center', behavior: 'instant' }));
    await expect(island).not.toHaveAttribute('ssr');
  }
  await expect(page.getByText(STRINGS.loading, { exact: true })).toHaveCount(0);
}

/** Paths of every page listed in the site's sitemap.xml. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const response = await page.request.get('/sitemap.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
