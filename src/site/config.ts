/** Site-wide settings shown in the header, titles and Open Graph tags. */
export const SITE = {
  name: 'Studyforge',
  tagline: 'MLOps for software engineers',
  description:
    'Concept articles, quizzes and interview practice on MLOps for software engineers: CI/CD for ML, drift, continuous training, safe releases, versioning and monitoring.',
  locale: 'en',
};
