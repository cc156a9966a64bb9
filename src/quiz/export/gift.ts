/**
 * GIFT, Moodle's plain-text question format (docs.moodle.org/en/GIFT_format). One question per block,
 * blocks separated by a blank line. Text is written as `[html]`: our rendered HTML, made portable,
 * keeps code blocks, lists and emphasis, which `[plain]` would lose and `[markdown]` (rarely used,
 * rendered differently by each Moodle) would not carry reliably. Every line break inside a text
 * becomes `\n` (as Moodle's own GIFT export writes it), so a blank line in a code block can never end
 * the question, and no line of a question can start with `//` and be read as a comment.
 *
 * Ordering questions cannot be written in GIFT: the file says so in a comment naming the question.
 * Hints have no place in GIFT either (the Moodle XML export carries them).
 */
import type { RenderedQuestion } from '../core/types';
import { categoryPath, correctWeights, percent, portable, promptHtml, solutionHtml, type ExportContext, type ExportInput } from './content';
import { EXPORT_STRINGS } from './strings';

/** Escapes GIFT's control characters `~ = # { } :` and the backslash; line breaks become `\n`. */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** A comment line: GIFT comments run to the end of the line, so the text is kept on one. */
const comment = (text: string) => `// ${text.replace(/[\r\n]+/g, ' ')}`;

/** Moodle short answers treat `*` as a wildcard; a literal one is written `\*`. */
const shortAnswer = (text: string) => giftEscape(text.replace(/\*/g, '\\*'));

/**
 * GIFT has no escape for `->` (it marks a matching pair), so in HTML text the `>` becomes `&gt;`: the
 * same text on screen (`main -> main` in a git output). Our serialiser quotes every attribute, so a
 * `->` in the HTML is always text, never the end of a tag.
 */
function html(fragment: string | undefined, context: ExportContext): string {
  return fragment ? giftEscape(portable(fragment, context).replace(/->/g, '-&gt;')) : '';
}

const feedback = (fragment: string | undefined, context: ExportContext) => (fragment ? `#${html(fragment, context)}` : '');

function answersOf(question: RenderedQuestion, context: ExportContext): string[] | undefined {
  switch (question.type) {
    case 'single':
    case 'output':
      return question.choices.map((c) => `${c.id === question.answer ? '=' : '~'}${html(c.html, context)}${feedback(c.explanationHtml, context)}`);
    case 'multiple': {
      // Each correct choice earns its share; any wrong choice takes the whole mark away (Moodle keeps the total at 0 or more).
      const weights = correctWeights(question.answer.length);
      return question.choices.map((c) => {
        const index = question.answer.indexOf(c.id);
        const weight = index === -1 ? '-100' : percent(weights[index]!);
        return `~%${weight}%${html(c.html, context)}${feedback(c.explanationHtml, context)}`;
      });
    }
    case 'truefalse': {
      // GIFT: {T#feedback for the wrong answer#feedback for the right answer}.
      const right = question.answer ? question.explanationHtml.true : question.explanationHtml.false;
      const wrong = question.answer ? question.explanationHtml.false : question.explanationHtml.true;
      const feedbacks = wrong || right ? `#${html(wrong, context)}${right ? `#${html(right, context)}` : ''}` : '';
      return [`${question.answer ? 'T' : 'F'}${feedbacks}`];
    }
    case 'fill':
      // An answer with "->" would make Moodle read the question as a matching one; giftQuestion notes it instead.
      return question.accept.filter((answer) => !answer.includes('->')).map((answer) => `=${shortAnswer(answer)}`);
    case 'order':
      return undefined;
  }
}

function giftQuestion(question: RenderedQuestion, context: ExportContext): string {
  const answers = answersOf(question, context);
  if (!answers) return comment(EXPORT_STRINGS.notExported(question.id, EXPORT_STRINGS.orderingNotInGift));
  const arrows = question.type === 'fill' ? question.accept.filter((answer) => answer.includes('->')) : [];
  if (!answers.length) return comment(EXPORT_STRINGS.notExported(question.id, EXPORT_STRINGS.arrowNotInGift(arrows)));
  const lines: string[] = [];
  if (question.type === 'fill' && question.pattern) lines.push(comment(EXPORT_STRINGS.patternNotExported(question.pattern)));
  if (arrows.length) lines.push(comment(EXPORT_STRINGS.arrowNotInGift(arrows)));
  lines.push(`::${giftEscape(question.id)}::[html]${html(promptHtml(question), context)} {`);
  lines.push(...answers.map((answer) => `\t${answer}`));
  lines.push(`\t####${html(solutionHtml(question, context), context)}`);
  lines.push('}');
  return lines.join('\n');
}

/** A bank as a GIFT file: a comment naming the source, the bank's category, then each question. */
export function toGift({ bank, context }: ExportInput): string {
  const blocks = [
    comment(EXPORT_STRINGS.generatedBy(context.siteTitle, bank.title)),
    // Moodle reads the category line before unescaping, so it is written as it is (on one line).
    `$CATEGORY: ${categoryPath(bank, context)}`,
    ...bank.questions.map((question) => giftQuestion(question, context)),
  ];
  return `${blocks.join('\n\n')}\n`;
}
