import { currentSection } from '../lib/current-section';

/** A heading counts as reached a little before it touches the sticky bars, so a heading that an
 * anchor link scrolled to (exactly at the scroll padding) is already the current one. */
const REACHED_SLACK_PX = 8;

/**
 * `<page-toc>`: the article's table of contents (a native `<details>`, which works without
 * JavaScript). It marks the link of the section being read with `aria-current` (scroll-spy), names
 * that section in the toggle, which the CSS turns into a sticky bar on narrow screens, and closes
 * the menu after a choice or on Escape.
 */
class PageToc extends HTMLElement {
  #links: HTMLAnchorElement[] = [];
  #headings: HTMLElement[] = [];
  #details: HTMLDetailsElement | null = null;
  #current: HTMLElement | null = null;
  #active = -2;
  #frame = 0;
  #abort = new AbortController();

  connectedCallback(): void {
    this.#details = this.querySelector('details');
    this.#current = this.querySelector('[data-toc-current]');
    const pairs = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].flatMap((link) => {
      const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      return heading ? [{ link, heading }] : [];
    });
    this.#links = pairs.map((p) => p.link);
    this.#headings = pairs.map((p) => p.heading);
    const { signal } = this.#abort;
    const schedule = () => {
      if (!this.#frame) this.#frame = requestAnimationFrame(() => this.#update());
    };
    window.addEventListener('scroll', schedule, { passive: true, signal });
    window.addEventListener('resize', schedule, { signal });
    this.addEventListener('click', (event) => this.#onClick(event), { signal });
    this.addEventListener('keydown', (event) => this.#onKeydown(event), { signal });
    this.#update();
  }

  disconnectedCallback(): void {
    this.#abort.abort();
    this.#abort = new AbortController();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** The toggle is only shown where the contents are a menu (narrow screens); elsewhere they stay open. */
  #isMenu(): boolean {
    const summary = this.#details?.querySelector('summary');
    return !!summary && getComputedStyle(summary).display !== 'none';
  }

  #close(): void {
    if (this.#details?.open && this.#isMenu()) this.#details.open = false;
  }

  #onClick(event: MouseEvent): void {
    if (event.target instanceof Element && event.target.closest('a[href^="#"]')) this.#close();
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.#details?.open || !this.#isMenu()) return;
    this.#close();
    this.#details.querySelector('summary')?.focus();
  }

  #update(): void {
    this.#frame = 0;
    const root = document.documentElement;
    const threshold = (parseFloat(getComputedStyle(root).scrollPaddingBlockStart) || 0) + REACHED_SLACK_PX;
    const active = currentSection({
      headingTops: this.#headings.map((heading) => heading.getBoundingClientRect().top),
      threshold,
      viewportHeight: window.innerHeight,
      atEnd: Math.ceil(window.scrollY + window.innerHeight) >= root.scrollHeight,
    });
    if (active === this.#active) return;
    this.#active = active;
    this.#links.forEach((link, index) => {
      if (index === active) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    });
    this.#showCurrent(this.#links[active]);
  }

  #showCurrent(link: HTMLAnchorElement | undefined): void {
    if (!this.#current) return;
    const text = link?.textContent?.trim();
    this.#current.hidden = !text;
    this.#current.textContent = text ?? '';
    if (link) keepInView(link);
  }
}

/** Scrolls the (desktop) contents list, not the page, so the current link stays visible. */
function keepInView(link: HTMLElement): void {
  const list = link.closest('nav');
  if (!list || list.scrollHeight <= list.clientHeight) return;
  const linkBox = link.getBoundingClientRect();
  const listBox = list.getBoundingClientRect();
  if (linkBox.top < listBox.top) list.scrollTop -= listBox.top - linkBox.top;
  else if (linkBox.bottom > listBox.bottom) list.scrollTop += linkBox.bottom - listBox.bottom;
}

export function definePageToc(): void {
  if (!customElements.get('page-toc')) customElements.define('page-toc', PageToc);
}
