import { describe, expect, it } from 'vitest';
import { extractInternalLinks, headingIds, resolveLink } from '../../../src/lib/internal-links';

describe('extractInternalLinks', () => {
  it('finds Markdown links', () => {
    expect(extractInternalLinks('See [the intro](/basics/intro/) and [next](../next/).')).toEqual([
      '/basics/intro/',
      '../next/',
    ]);
  });

  it('finds links with a title and links in angle brackets', () => {
    expect(extractInternalLinks('[a](/a/ "A title") and [b](<./b/>)')).toEqual(['/a/', './b/']);
  });

  it('finds href attributes in JSX and HTML, with either quote', () => {
    expect(extractInternalLinks(`<a href="/x/">x</a> <Card href='/y/#part' />`)).toEqual(['/x/', '/y/#part']);
  });

  it('keeps anchor-only links', () => {
    expect(extractInternalLinks('[top](#top)')).toEqual(['#top']);
  });

  it('finds images too (their targets are site paths)', () => {
    expect(extractInternalLinks('![diagram](/img/diagram.png)')).toEqual(['/img/diagram.png']);
  });

  it('ignores external URLs, protocol-relative URLs and other schemes', () => {
    const body = [
      '[web](https://example.com/page)',
      '[plain](http://example.com)',
      '[cdn](//cdn.example.com/x.js)',
      '[mail](mailto:someone@example.com)',
      '[phone](tel:+123)',
      '<a href="HTTPS://EXAMPLE.COM">upper</a>',
      '<a href="mailto:me@example.com">me</a>',
      '[ok](/kept/)',
    ].join('\n');
    expect(extractInternalLinks(body)).toEqual(['/kept/']);
  });

  it('ignores links inside fenced code blocks (``` and ~~~)', () => {
    const body = [
      '[before](/before/)',
      '```md',
      '[in code](/in-code/)',
      '<a href="/in-code-html/">x</a>',
      '```',
      '~~~',
      '[tilde](/tilde/)',
      '~~~',
      '  ```',
      '[indented fence](/indented/)',
      '  ```',
      '[after](/after/)',
    ].join('\n');
    expect(extractInternalLinks(body)).toEqual(['/before/', '/after/']);
  });

  it('ignores links inside inline code', () => {
    expect(extractInternalLinks('Write `[text](/not-a-link/)` to link; see [real](/real/).')).toEqual(['/real/']);
    expect(extractInternalLinks('Use `<a href="/nope/">`.')).toEqual([]);
  });

  it('returns nothing for a body without links', () => {
    expect(extractInternalLinks('Just prose.\n\n## A heading')).toEqual([]);
  });

  it('finds several links on one line, in order of kind', () => {
    expect(extractInternalLinks('[a](/a/) [b](/b/) <a href="/c/">c</a>')).toEqual(['/a/', '/b/', '/c/']);
  });
});

describe('headingIds', () => {
  it('makes GitHub-style slugs', () => {
    expect(headingIds('## Hello World\n### Setup & Install\n#### C++ tips\n# Why?')).toEqual([
      'hello-world',
      'setup--install',
      'c-tips',
      'why',
    ]);
  });

  it('numbers duplicate headings like GitHub', () => {
    expect(headingIds('## Example\n## Example\n### Example')).toEqual(['example', 'example-1', 'example-2']);
  });

  it('strips emphasis and keeps link text', () => {
    expect(headingIds('## **Bold** and *em*\n## See [the docs](/docs/) now')).toEqual(['bold-and-em', 'see-the-docs-now']);
  });

  it('drops a closing sequence of #', () => {
    expect(headingIds('## Closed heading ##')).toEqual(['closed-heading']);
  });

  it('ignores headings inside code fences', () => {
    const body = ['## Real', '```bash', '# a shell comment', '## not a heading', '```', '## Also real'].join('\n');
    expect(headingIds(body)).toEqual(['real', 'also-real']);
  });

  it('counts duplicates only among real headings', () => {
    const body = ['## Usage', '```md', '## Usage', '```', '## Usage'].join('\n');
    expect(headingIds(body)).toEqual(['usage', 'usage-1']);
  });

  it('needs a space after the #s and at most six', () => {
    expect(headingIds('#hashtag\n####### seven\nplain text')).toEqual([]);
  });
});

describe('resolveLink', () => {
  const from = '/basics/first/';

  it('keeps absolute site paths', () => {
    expect(resolveLink('/advanced/deep-dive/', from)).toEqual({ path: '/advanced/deep-dive/', anchor: undefined });
  });

  it('adds a trailing slash to page paths', () => {
    expect(resolveLink('/advanced/deep-dive', from).path).toBe('/advanced/deep-dive/');
  });

  it('resolves relative links against the page URL', () => {
    expect(resolveLink('../second/', from).path).toBe('/basics/second/');
    expect(resolveLink('../../advanced/deep-dive', from).path).toBe('/advanced/deep-dive/');
    expect(resolveLink('child', from).path).toBe('/basics/first/child/');
  });

  it('splits off the anchor, decoded', () => {
    expect(resolveLink('/basics/second/#setup', from)).toEqual({ path: '/basics/second/', anchor: 'setup' });
    expect(resolveLink('../second/#caf%C3%A9', from)).toEqual({ path: '/basics/second/', anchor: 'café' });
  });

  it('resolves an anchor-only link to the current page', () => {
    expect(resolveLink('#install', from)).toEqual({ path: '/basics/first/', anchor: 'install' });
  });

  it('drops the query string', () => {
    expect(resolveLink('/basics/second/?tab=1#x', from)).toEqual({ path: '/basics/second/', anchor: 'x' });
  });

  it('does not add a slash to file paths', () => {
    expect(resolveLink('/img/logo.svg', from).path).toBe('/img/logo.svg');
    expect(resolveLink('diagram.PNG', from).path).toBe('/basics/first/diagram.PNG');
  });

  it('decodes percent-encoded paths', () => {
    expect(resolveLink('/a%20b/', from).path).toBe('/a b/');
  });
});

describe('heading ids and fences agree with the rendered page', () => {
  it('keeps inline code and in-word underscores in heading ids', () => {
    expect(headingIds('## The `config` file\n\n## snake_case_name\n\n## `npm run build`\n\n## _Emphasis_ here')).toEqual([
      'the-config-file',
      'snake_case_name',
      'npm-run-build',
      'emphasis-here',
    ]);
  });

  it('treats a different fence inside a fence as code', () => {
    const body = ['~~~md', '```js', '## not a heading', '[x](/inside/)', '```', '~~~', '## Real'].join('\n');
    expect(headingIds(body)).toEqual(['real']);
    expect(extractInternalLinks(body)).toEqual([]);
    const longer = ['````md', '```js', '[x](/inside/)', '```', '````', '[y](/outside/)'].join('\n');
    expect(extractInternalLinks(longer)).toEqual(['/outside/']);
  });
});
