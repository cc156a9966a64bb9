/** Renders Markdown to HTML with the site's pipeline (the same one articles use). */
export type RenderMarkdown = (markdown: string) => Promise<string>;
