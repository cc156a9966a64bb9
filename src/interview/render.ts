import type { InterviewTopic } from './schema';
import type { RenderMarkdown } from '../lib/render-markdown';

export interface RenderedInterviewQuestion {
  id: string;
  question: string;
  shortHtml: string;
  mediumHtml: string;
  longHtml: string;
}

export interface RenderedInterviewTopic {
  name: string;
  title: string;
  article?: string;
  order: number;
  questions: RenderedInterviewQuestion[];
}

export async function renderInterviewTopic(name: string, topic: InterviewTopic, render: RenderMarkdown): Promise<RenderedInterviewTopic> {
  return {
    name,
    title: topic.title,
    article: topic.article,
    order: topic.order,
    questions: await Promise.all(
      topic.questions.map(async (q) => ({
        id: q.id,
        question: q.question,
        shortHtml: await render(q.short),
        mediumHtml: await render(q.medium),
        longHtml: await render(q.long),
      })),
    ),
  };
}
