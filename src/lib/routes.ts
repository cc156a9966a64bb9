import type { StudyforgeConfig } from '../integration/options';

/** Pages that exist besides articles, section pages and interview topics (for internal-link checks): those the integration adds. */
export function staticRoutes({ search, routes }: Pick<StudyforgeConfig, 'search' | 'routes'>): string[] {
  return [routes.home && '/', routes.notFound && '/404/', search && '/search/', routes.interview && '/interview/', routes.quizzes && '/quizzes/'].filter((route) => route !== false);
}

/** Address of an interview topic page. */
export const interviewUrl = (topic: string) => `/interview/${topic}/`;
