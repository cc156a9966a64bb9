/** English UI text of the `<study-quiz>` element (errors shown inside it, in plain words): a module of its own, as it ships to the browser. */
export const embed = {
  loading: 'Loading the quiz…',
  noSource: 'This quiz has no question bank: its `src` attribute is missing. Set it to the URL of a bank file, e.g. `src="https://example.org/quizzes/basics.json"`.',
  notFound: (url: string, status: number) => `The question bank could not be loaded from ${url} (HTTP ${status}). Check the address in the quiz's \`src\` attribute.`,
  unreachable: (url: string) => `The question bank could not be loaded from ${url}: the address cannot be reached, or the server does not allow this page to read it (CORS).`,
  badJson: (url: string) => `${url} is not a Studyforge question bank: it is not valid JSON.`,
  badBank: (url: string, detail: string) => `${url} is not a Studyforge question bank (${detail}).`,
  /** `ids`: the unknown ids, already quoted and listed ("a", "b"). */
  unknownIds: (ids: string, bank: string) => `The bank "${bank}" has no question ${ids}. Check the \`questions\` attribute.`,
  noQuestions: (bank: string) => `No question of the bank "${bank}" matches this quiz's \`questions\` and \`difficulty\` attributes.`,
  badAttribute: (name: string, value: string, allowed: string) => `The \`${name}\` attribute is "${value}"; use ${allowed}.`,
  quizLabel: (title: string) => `Quiz: ${title}`,
};
