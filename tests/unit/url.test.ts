import { describe, expect, it } from 'vitest';
import { basePathOf, normaliseBase, url, withBase, withoutBase } from '../../src/lib/url';

describe('basePathOf', () => {
  it('takes the base path from a public site URL', () => {
    expect(basePathOf('https://user.github.io/my-notes/')).toBe('/my-notes/');
    expect(basePathOf('https://user.github.io/my-notes')).toBe('/my-notes/');
    expect(basePathOf('https://example.org/a/b/')).toBe('/a/b/');
  });

  it('gives / for a site at the root, no site, or not a URL', () => {
    for (const site of ['https://example.org', 'https://example.org/', undefined, '', 'not a url']) expect(basePathOf(site), String(site)).toBe('/');
  });
});

describe('withBase', () => {
  it('puts the base in front of root-relative site paths, keeping queries and anchors', () => {
    expect(withBase('/my-notes/', '/section/slug/')).toBe('/my-notes/section/slug/');
    expect(withBase('/my-notes', '/')).toBe('/my-notes/');
    expect(withBase('my-notes', '/a/#x')).toBe('/my-notes/a/#x');
    expect(withBase('/my-notes/', '/search/?q=x')).toBe('/my-notes/search/?q=x');
    expect(withBase('/my-notes/', '/pagefind/pagefind.js')).toBe('/my-notes/pagefind/pagefind.js');
  });

  it('leaves anchors, relative paths, other hosts, schemes and already-based paths alone', () => {
    for (const path of ['#setup', '?q=1', 'page/', '../up/', '//cdn.example.org/x.js', 'https://example.org/', 'mailto:a@example.org', '/my-notes/a/', '/my-notes']) {
      expect(withBase('/my-notes/', path), path).toBe(path);
    }
  });

  it('changes nothing at the root base', () => {
    expect(withBase('/', '/section/slug/')).toBe('/section/slug/');
    expect(withBase('', '/section/slug/')).toBe('/section/slug/');
  });

  it('does not mistake a path that only starts with the base name for a based one', () => {
    expect(withBase('/notes/', '/notes-extra/a/')).toBe('/notes/notes-extra/a/');
  });
});

describe('withoutBase', () => {
  it('takes the base off a page path, so it matches the catalog', () => {
    expect(withoutBase('/my-notes/', '/my-notes/section/slug/')).toBe('/section/slug/');
    expect(withoutBase('/my-notes/', '/my-notes/')).toBe('/');
    expect(withoutBase('/my-notes/', '/my-notes')).toBe('/');
    expect(withoutBase('/', '/a/')).toBe('/a/');
    expect(withoutBase('/my-notes/', '/other/')).toBe('/other/');
  });
});

describe('url', () => {
  it('reads the base from one place (Vite sets BASE_URL; / in unit tests)', () => {
    expect(normaliseBase(import.meta.env.BASE_URL)).toBe('/');
    expect(url('/section/slug/')).toBe('/section/slug/');
  });
});
