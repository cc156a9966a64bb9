import type { ReadingStrings } from '../lib/reading-strings';
import { reading as englishReading } from '../i18n/en';

/**
 * Sätteri hast plugin: GFM task-list checkboxes are read-only inputs with no label, which screen
 * readers announce as an unnamed checkbox. Each gets an accessible name saying its state.
 */
export function taskListLabels(strings: ReadingStrings = englishReading) {
  return {
    name: 'task-list-labels',
    element: {
      filter: ['input'],
      visit(node: any, ctx: any) {
        const props = node.properties ?? {};
        if (props.type !== 'checkbox' || props.disabled === undefined || props.disabled === false) return;
        ctx.setProperty(node, 'ariaLabel', props.checked ? strings.taskDone : strings.taskOpen);
      },
    },
  };
}
