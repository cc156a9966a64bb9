import type { APIRoute } from 'astro';
// A plain, hand-written module (≤ 1 KB gzip): shipped as it is, under a name that never changes.
import source from '../../embed/host.js?raw';

/** `/embed/host.js`: the script a page adds next to its Studyforge iframes. */
export const GET: APIRoute = () => new Response(source, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
