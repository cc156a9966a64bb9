/** `/quizzes/<bank>.<format>`: every bank in every export format (quiz/export/formats.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import studyforgeConfig from 'virtual:studyforge/config';
import { loadQuizzes } from '../../quiz/build/load-quizzes';
import { EXPORT_FORMATS, exportFileName } from '../../quiz/export/formats';
import type { RenderedBank } from '../../quiz/core/types';

export const getStaticPaths = (async () => {
  const { banks } = await loadQuizzes();
  return [...banks.values()].flatMap((bank) =>
    EXPORT_FORMATS.map((format) => ({ params: { file: exportFileName(bank.name, format) }, props: { bank, formatId: format.id } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ bank: RenderedBank; formatId: string }> = ({ props, site }) => {
  const format = EXPORT_FORMATS.find((candidate) => candidate.id === props.formatId)!;
  const body = format.render({ bank: props.bank, context: { siteTitle: studyforgeConfig.site.title, siteUrl: site } });
  // A zip is bytes: the Response takes them as an ArrayBuffer-backed view.
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': format.mime } });
};
