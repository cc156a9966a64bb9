/** Text the exports write into their files and the labels of their download links, in one place so a locale can replace it. */
import { STRINGS } from '../ui/strings';

export const EXPORT_STRINGS = {
  /** Link labels, one per format (the bank page lists them). */
  formatGift: 'GIFT (Moodle)',
  formatMoodleXml: 'Moodle XML',
  formatQti: 'QTI 2.1 package (Canvas, Blackboard)',
  formatAnki: 'Anki deck (TSV)',
  /** Link under the interview topics to the file with all their cards. */
  interviewAnkiLink: 'All interview questions as Anki cards (TSV file)',
  /** Headings inside exported feedback and cards. */
  solution: STRINGS.solution,
  quickCheck: STRINGS.quickCheck,
  hint: STRINGS.hint,
  learnMore: STRINGS.learnMore,
  correct: STRINGS.correct,
  incorrect: STRINGS.incorrect,
  true: STRINGS.true,
  false: STRINGS.false,
  answer: 'Answer',
  acceptedAnswers: 'Accepted answers',
  putInOrder: STRINGS.putInOrder,
  chooseAll: STRINGS.chooseAll,
  shortAnswer: 'Short answer',
  mediumAnswer: 'Medium answer',
  longAnswer: 'Long answer',
  /** Name of the Anki deck that holds the interview cards (under the site's title). */
  interviewDeck: 'Interview',
  /** File comments: why a question or a part of one is missing from a format. */
  notExported: (id: string, reason: string) => `Not exported: ${id}: ${reason}`,
  orderingNotInGift: 'GIFT has no ordering question type. Import the Moodle XML file for it (Moodle\'s Ordering question).',
  arrowNotInGift: (answers: string[]) =>
    `GIFT reads "->" as a matching pair, so the accepted answer${answers.length === 1 ? '' : 's'} ${answers.map((a) => `"${a}"`).join(', ')} ${answers.length === 1 ? 'is' : 'are'} left out; use the Moodle XML file.`,
  patternNotExported: (pattern: string) => `The answer pattern /${pattern}/ is not exported (only the listed answers are); add it by hand if you need it.`,
  generatedBy: (site: string, bank: string) => `Exported from ${site}, question bank "${bank}".`,
} as const;
