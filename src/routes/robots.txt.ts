import { url } from '../lib/url';
import type { APIRoute } from 'astro';
import studyforgeConfig from 'virtual:studyforge/config';

// The Sitemap line needs an absolute URL: it is there when the site has a sitemap (which needs `site`).
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${url('/')}\n${site && studyforgeConfig.routes.sitemap ? `\nSitemap: ${new URL(url('/sitemap.xml'), site).href}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
