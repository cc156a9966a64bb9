import type { RenderedQuestion } from '../../src/quiz/core/types';

const base = {
  bank: 'test',
  category: 'conceptual' as const,
  promptHtml: '<p>Prompt</p>',
  hintHtml: 'A useful hint.',
  solutionHtml: ['First step.', 'Second step.'],
  quickCheckHtml: 'Remember this.',
  commonMistakesHtml: ['A classic mistake.'],
  related: '/basics/page/#section',
};

export const single: RenderedQuestion = {
  ...base,
  id: 'q-single',
  type: 'single',
  difficulty: 'easy',
  promptHtml: '<p>Which format do banks use?</p>',
  choices: [
    { id: 'a', html: 'YAML', explanationHtml: 'Banks are YAML.' },
    { id: 'b', html: 'CSV', explanationHtml: 'CSV cannot nest.' },
    { id: 'c', html: 'XML' },
  ],
  answer: 'a',
};

export const order: RenderedQuestion = {
  ...base,
  id: 'q-order',
  type: 'order',
  difficulty: 'hard',
  steps: [
    { id: 'deploy', html: 'Deploy' },
    { id: 'validate', html: 'Validate' },
    { id: 'train', html: 'Train' },
  ],
  answer: ['validate', 'train', 'deploy'],
};

export const fill: RenderedQuestion = {
  ...base,
  id: 'q-fill',
  type: 'fill',
  difficulty: 'medium',
  accept: ['MDX'],
};

export const truefalse: RenderedQuestion = {
  ...base,
  id: 'q-tf',
  type: 'truefalse',
  difficulty: 'easy',
  answer: true,
  explanationHtml: { true: 'Yes.', false: 'No.' },
};
