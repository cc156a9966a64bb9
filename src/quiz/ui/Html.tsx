import type { JSX } from 'preact';

interface Props extends Omit<JSX.HTMLAttributes<HTMLDivElement>, 'dangerouslySetInnerHTML'> {
  /** HTML rendered at build time by the site's own Markdown pipeline (never reader input). */
  html: string;
  as?: 'div' | 'span' | 'li';
}

/** Inserts build-time HTML from our content pipeline. Reader input never reaches this. */
export function Html({ html, as: Tag = 'div', ...rest }: Props) {
  return <Tag {...(rest as object)} dangerouslySetInnerHTML={{ __html: html }} />;
}
