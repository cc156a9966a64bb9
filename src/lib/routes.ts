/** Pages that exist besides articles, section pages and interview topics (for internal-link checks). */
export const STATIC_ROUTES = ['/', '/404/', '/search/', '/interview/'] as const;

/** Address of an interview topic page. */
export const interviewUrl = (topic: string) => `/interview/${topic}/`;
