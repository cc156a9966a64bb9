/**
 * What a key does in the search box, which is a combobox over a listbox of results: the arrows
 * move the active option (wrapping), Home and End jump once an option is active, Enter opens the
 * active option (or the first), and the down arrow on the last listed option asks for more.
 */
export type ListboxAction =
  | { kind: 'move'; to: number }
  | { kind: 'more' }
  | { kind: 'open'; index: number }
  /** The key is ours (its default is prevented) but there is nothing to move to. */
  | { kind: 'none' };

export interface ListboxState {
  /** The active option's index, -1 when none is. */
  active: number;
  count: number;
  /** More results exist than are listed. */
  hasMore: boolean;
}

/** The action for a key, or undefined when the key keeps its usual meaning in the text box. */
export function listboxAction(key: string, { active, count, hasMore }: ListboxState): ListboxAction | undefined {
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (!count) return { kind: 'none' };
      if (key === 'ArrowDown' && active === count - 1 && hasMore) return { kind: 'more' };
      const step = key === 'ArrowDown' ? 1 : -1;
      return { kind: 'move', to: (active + step + count) % count };
    }
    case 'Enter':
      return count ? { kind: 'open', index: active >= 0 && active < count ? active : 0 } : undefined;
    // Before an option is active, Home and End move the caret in the text as usual.
    case 'Home':
      return count && active >= 0 ? { kind: 'move', to: 0 } : undefined;
    case 'End':
      return count && active >= 0 ? { kind: 'move', to: count - 1 } : undefined;
    default:
      return undefined;
  }
}
