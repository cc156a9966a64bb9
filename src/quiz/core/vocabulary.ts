/** The words of the quiz model: question types, categories and difficulties (the schema checks banks against these). */
export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'order', 'output', 'fill'] as const;
export const CATEGORIES = ['conceptual', 'workflow', 'troubleshoot', 'best-practice', 'command-output'] as const;
export const QUESTION_DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type QuestionDifficulty = (typeof QUESTION_DIFFICULTIES)[number];
export type Category = (typeof CATEGORIES)[number];
