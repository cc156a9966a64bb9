import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import type { StudyforgeConfig } from '../../../src/integration/options';

/** site.yaml as the config module hands it to pages: a German site set to right-to-left. */
const config = vi.hoisted(() => ({ contentDir: '/content', search: true, routes: { home: true, interview: true, quizzes: true, notFound: true, sitemap: true, robots: true }, site: { title: 'Notizen', locale: 'de', dir: 'rtl', footer: { links: [] }, hero: {} } }) as StudyforgeConfig);
vi.mock('virtual:studyforge/config', () => ({ default: config }));

import BaseLayout from '../../../src/layouts/BaseLayout.astro';

describe('<html> from site.yaml', () => {
  it('carries the locale as lang and the writing direction as dir', async () => {
    const html = await (await AstroContainer.create()).renderToString(BaseLayout as never, { props: { title: 'Start' } });
    expect(html).toMatch(/<html lang="de" dir="rtl">/);
    config.site.dir = 'ltr';
    expect(await (await AstroContainer.create()).renderToString(BaseLayout as never, { props: { title: 'Start' } })).toMatch(/<html lang="de" dir="ltr">/);
  });
});
