/**
 * The active option of the search combobox: the results stay out of the tab order, the search
 * box keeps focus and points at the active option with `aria-activedescendant`. Which key does
 * what is decided in `search/listbox.ts`.
 */
import { listboxAction } from '../search/listbox';

export interface KeyHandlers {
  /** More results exist than are listed. */
  hasMore: boolean;
  /** The down arrow on the last option: list the next results. */
  more(): void;
  open(option: HTMLAnchorElement): void;
}

export class ActiveOption {
  private options: HTMLAnchorElement[] = [];
  private index = -1;

  constructor(private readonly input: HTMLInputElement) {}

  get count(): number {
    return this.options.length;
  }

  /** The active option's index, -1 when none is. */
  get active(): number {
    return this.index;
  }

  /** Forgets the options (a new search). */
  clear(): void {
    this.options = [];
    this.index = -1;
    this.input.removeAttribute('aria-activedescendant');
  }

  add(options: HTMLAnchorElement[]): void {
    this.options.push(...options);
  }

  set(index: number): void {
    this.options[this.index]?.setAttribute('aria-selected', 'false');
    this.index = index;
    const option = this.options[index];
    if (!option) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  /** Handles a keydown in the search box; keys that are not the listbox's keep their default. */
  onKey(event: KeyboardEvent, handlers: KeyHandlers): void {
    const action = listboxAction(event.key, { active: this.index, count: this.options.length, hasMore: handlers.hasMore });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') this.set(action.to);
    else if (action.kind === 'more') handlers.more();
    else if (action.kind === 'open') handlers.open(this.options[action.index]!);
  }
}
