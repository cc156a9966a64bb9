/**
 * Bundler warnings an author can do nothing about. MDX modules start with Astro's
 * `"use astro:head-inject"` directive, which Astro reads before bundling; Rolldown warns, once per
 * article and over ten lines, that bundling may drop it (that is expected). Only that warning is
 * dropped, matched by its code and directive name; every other warning goes through.
 */
type Log = { code?: string; message?: string };

/** True for Rolldown's warning about Astro's own head-inject directive. */
export function isHeadInjectDirectiveWarning(log: Log): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && (log.message ?? '').includes('"use astro:head-inject"');
}

/** A Rolldown `onLog` that drops the head-inject directive warning and hands every other log on. */
export function onBundlerLog(level: string, log: Log, handler: (level: string, log: Log) => void): void {
  if (level === 'warn' && isHeadInjectDirectiveWarning(log)) return;
  handler(level, log);
}
