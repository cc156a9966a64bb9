import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, sharedBuild } from './built-site';

/** Every text file of a build (Pagefind's binary index chunks are left out: they are compressed). */
function textFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && ['.html', '.js', '.css', '.json', '.xml', '.txt', '.svg', '.webmanifest'].includes(extname(path)))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe("a site is the author's, not the curriculum's", () => {
  it('a folder without site.yaml builds with neutral defaults: no word of the curriculum anywhere in dist/', () => {
    // tests/fixtures/site has no site.yaml and no curriculum text of its own.
    const dist = sharedBuild('tests/fixtures/site');
    const files = textFiles(dist);
    expect(files.length).toBeGreaterThan(10);
    const curriculum = /mlops|devops|\bdrift|canary|continuous training|ci\/cd for ml/i;
    const found = files.filter(({ text }) => curriculum.test(text)).map(({ path, text }) => `${path}: ${text.match(curriculum)![0]}`);
    expect(found).toEqual([]);
    const home = page(dist, '');
    // The folder's name is the title; the footer claims nothing untrue (no offline promise).
    expect(home).toContain('<title>site</title>');
    expect(home).toMatch(/<span>site<\/span>/);
    expect(home).not.toMatch(/offline/i);
    expect(home).toContain('id="sections-heading"');
  });

  it("site.yaml and index.mdx: the author's title, logo, favicon, footer, edit links, home page and language", () => {
    const dist = buildSite('tests/fixtures/author-home');
    const home = page(dist, '');
    const logo = home.match(/<img src="(\/_astro\/logo\.[\w-]+\.svg)" alt="Logo der Rust-Notizen"/)?.[1];
    expect(logo).toBeDefined();
    expect(readFileSync(join(dist, logo!), 'utf8')).toContain('<svg');
    const favicon = home.match(/<link rel="icon" href="(\/_astro\/icon\.[\w-]+\.png)" type="image\/png">/)?.[1];
    expect(statSync(join(dist, favicon!)).size).toBeGreaterThan(0);
    expect(home).toContain('<title>Willkommen bei meinen Rust-Notizen | Rust-Notizen</title>');
    expect(home).toContain('<p>© 2026 Ferris die Krabbe</p>');
    expect(home).toContain('<a href="https://example.org/contact">Kontakt</a>');
    expect(home).toContain('<a href="https://example.org/me/rust-notes">Quellcode-Repository</a>');
    // index.mdx is the home page, with its components and its quiz, instead of the generated one.
    expect(home).toContain('<h1 id="willkommen-bei-meinen-rust-notizen">Willkommen bei meinen Rust-Notizen</h1>');
    expect(home).toContain('sf-callout-note');
    expect(home).toContain('Übung: Besitz');
    expect(home).not.toContain('id="sections-heading"');
    // ...and not an article: no page of its own, nothing in the section's list or sidebar.
    const article = page(dist, 'rust/ownership');
    expect(article).not.toMatch(/Willkommen bei meinen Rust-Notizen/);
    expect(page(dist, 'rust')).not.toMatch(/Willkommen bei meinen Rust-Notizen/);
    expect(readdirSync(dist)).not.toContain('index');
    expect(article).toContain('<a href="https://example.org/me/rust-notes/edit/main/notes/articles/rust/ownership.mdx">Diese Seite bearbeiten</a>');
    // `locale: de`: the page says it is German, its UI text is German (server HTML and Markdown plugins), dates are German.
    expect(home).toMatch(/<html lang="de" dir="ltr">/);
    expect(article).toContain('<a class="sf-skip-link" href="#main">Zum Inhalt springen</a>');
    expect(article).toContain('Link zum Abschnitt: Verschieben');
    expect(article).toMatch(/Aktualisiert am <time datetime="2026-03-01">1\. März 2026<\/time>/);
    expect(article).not.toMatch(/Skip to content|Link to section|Edit this page|On this page/);
    // Pagefind indexed the site as German (its stemming), matching <html lang>.
    expect(readdirSync(join(dist, 'pagefind')).some((file) => /^pagefind\.de_.*\.pf_meta$/.test(file))).toBe(true);
  });
});
