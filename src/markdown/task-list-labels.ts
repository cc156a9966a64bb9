/**
 * Sätteri hast plugin: GFM task-list checkboxes are read-only inputs with no label, which screen
 * readers announce as an unnamed checkbox. Each gets an accessible name saying its state.
 */
export function taskListLabels() {
  return {
    name: 'task-list-labels',
    element: {
      filter: ['input'],
      visit(node: any, ctx: any) {
        const props = node.properties ?? {};
        if (props.type !== 'checkbox' || props.disabled === undefined || props.disabled === false) return;
        ctx.setProperty(node, 'ariaLabel', props.checked ? 'Done' : 'To do');
      },
    },
  };
}
