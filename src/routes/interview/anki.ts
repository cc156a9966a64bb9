/** `/interview/interview.anki.tsv`: every interview question as an Anki card, a deck per topic (none without topics). */
import type { APIRoute, GetStaticPaths } from 'astro';
import studyforgeConfig from 'virtual:studyforge/config';
import { loadInterviewTopics } from '../../interview/load';
import { interviewCards, toAnkiTsv } from '../../quiz/export/anki';
import { INTERVIEW_ANKI } from '../../quiz/export/formats';

export const getStaticPaths = (async () => ((await loadInterviewTopics()).length ? [{ params: { file: INTERVIEW_ANKI.fileName } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const cards = interviewCards(await loadInterviewTopics(), { siteTitle: studyforgeConfig.site.title, siteUrl: site });
  return new Response(toAnkiTsv(cards), { headers: { 'Content-Type': INTERVIEW_ANKI.mime } });
};
