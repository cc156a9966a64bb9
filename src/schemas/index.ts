/** The content schemas, for tools and for projects that validate Studyforge content themselves. */
export { articleSchema, sectionSchema, type ArticleFrontmatter, type SectionMeta } from './article';
export { bankSchema, questionSchema, type BankSource, type QuestionSource } from '../quiz/build/schema';
export { interviewTopicSchema, type InterviewTopic } from '../interview/schema';
