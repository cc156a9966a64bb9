import { describe, expect, it } from 'vitest';
import { formatHeaders, headerRules, mergePolicies } from '../../../src/integration/headers-file';

describe('_headers for Netlify and Cloudflare Pages', () => {
  it('merges page policies into the union of each directive, keeping the first order', () => {
    expect(mergePolicies(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self';script-src 'self' 'sha256-b'; img-src data:"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; img-src data:",
    );
  });

  it('carries the policy with frame-ancestors, which a <meta> policy cannot set, under the base path', () => {
    const file = formatHeaders(headerRules({ policy: "default-src 'self'", base: '/notes', assetsDir: '_astro', frameAncestors: "'self'", entries: ['basics/'] }));
    const lines = file.split('\n');
    expect(lines).toContain('/notes/basics/*');
    expect(lines).toContain("  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'");
    expect(lines).toContain('  X-Content-Type-Options: nosniff');
    // Hashed assets are cached for a year and never revalidated; pages are not.
    expect(file).toMatch(/^\/notes\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(file).toMatch(/^\/notes\/pagefind\/fragment\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    expect(file).not.toMatch(/^\/notes\/\*\n(?: {2}.*\n)*? {2}Cache-Control/m);
  });

  it('leaves the policy out when the site sets its own (csp: false), keeping the rest', () => {
    const rules = headerRules({ policy: undefined, base: '/', assetsDir: 'assets', frameAncestors: "'self'" });
    expect(rules[0]!.headers.map(([name]) => name)).toEqual(['X-Content-Type-Options', 'Referrer-Policy']);
    expect(rules.map((rule) => rule.path)).toContain('/assets/*');
  });
});

describe('the test server honours the file as a host would', () => {
  it('applies every matching rule to a path: the policy on pages, immutable caching only for hashed assets', async () => {
    const { parseHeadersFile, headersFor } = await import('../../../scripts/serve-static.mjs');
    const rules = parseHeadersFile(formatHeaders(headerRules({ policy: "default-src 'self'", base: '/notes/', assetsDir: '_astro', frameAncestors: "'self'", entries: ['_astro/', 'basics/'] })));
    const page = headersFor(rules, '/notes/basics/intro/');
    expect(page['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'self'");
    expect(page['Cache-Control']).toBeUndefined();
    const asset = headersFor(rules, '/notes/_astro/page.Bx12.js');
    expect(asset['Cache-Control']).toBe('public, max-age=31536000, immutable');
    // A script is no document: the policy is for pages.
    expect(asset['Content-Security-Policy']).toBeUndefined();
    expect(headersFor(rules, '/elsewhere/')).toEqual({});
  });
});

describe('embeds: framing and cross-origin reads', () => {
  const rules = async () => {
    const { parseHeadersFile } = await import('../../../scripts/serve-static.mjs');
    const entries = ['404.html', '_astro/', 'basics/', 'embed/', 'index.html', 'quizzes/', 'schemas/'];
    return parseHeadersFile(formatHeaders(headerRules({ policy: "default-src 'self'", base: '/', assetsDir: '_astro', frameAncestors: "'self'", entries })));
  };

  it('lets any site frame the embed pages, and only them, even where a host joins every matching rule', async () => {
    const { headersFor } = await import('../../../scripts/serve-static.mjs');
    const all = await rules();
    // One policy per path: a second one joined in would also apply, and its frame-ancestors 'self' would win.
    expect(headersFor(all, '/embed/basics/')['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors *");
    for (const path of ['/', '/index.html', '/404.html', '/basics/intro/', '/quizzes/basics/']) {
      expect(headersFor(all, path)['Content-Security-Policy'], path).toBe("default-src 'self'; frame-ancestors 'self'");
    }
  });

  it('allows cross-origin reads of banks, schemas, the embeds and the hashed chunks the element imports, not of pages', async () => {
    const { headersFor } = await import('../../../scripts/serve-static.mjs');
    const all = await rules();
    for (const path of ['/quizzes/basics.json', '/schemas/bank.v1.json', '/embed/study-quiz.js', '/embed/host.js', '/_astro/study-quiz.Ab12.js']) {
      expect(headersFor(all, path)['Access-Control-Allow-Origin'], path).toBe('*');
    }
    expect(headersFor(all, '/basics/intro/')['Access-Control-Allow-Origin']).toBeUndefined();
  });
});
