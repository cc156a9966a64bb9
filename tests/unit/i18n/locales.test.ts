import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALE_STRINGS, localeModule } from '../../../src/i18n';
import { shapeProblems } from '../../../src/i18n/shape';
import { LOCALES } from '../../../src/schemas/site';
import * as en from '../../../src/i18n/en';
import * as de from '../../../src/i18n/de';

/** Calls every function of a locale with sample values: each must give text (the goal gives two parts). */
function callAll(group: unknown, path: string, out: string[] = []): string[] {
  for (const [key, value] of Object.entries(group as Record<string, unknown>)) {
    if (typeof value === 'function') {
      const args = Array.from({ length: value.length }, (_, i) => (i === 0 && /Title|heading|section|bank|clock|duration|stepText|query|topic|title/i.test(String(value).slice(0, 60)) ? 'X' : 2));
      const result: unknown = value(...args);
      const texts = Array.isArray(result) ? result : [result];
      if (!texts.every((t) => typeof t === 'string') || !texts.join('').trim()) out.push(`${path}.${key}`);
    } else if (typeof value === 'object' && value) callAll(value, `${path}.${key}`, out);
    else if (typeof value !== 'string' || !value.trim()) out.push(`${path}.${key}`);
  }
  return out;
}

describe('locales', () => {
  it('every locale site.yaml accepts has its strings and a module for the site build', () => {
    expect(Object.keys(LOCALE_STRINGS).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) expect(existsSync(localeModule(locale)), locale).toBe(true);
  });

  it('every locale has exactly the keys of English, with functions taking the same values', () => {
    for (const locale of LOCALES) expect(shapeProblems(en, LOCALE_STRINGS[locale]), locale).toEqual([]);
  });

  it('the comparison names a missing key, an extra key, a text where a function belongs and a wrong arity', () => {
    const reference = { quiz: { check: 'Check', attemptsLeft: (n: number) => `${n}` }, site: { home: 'Home' } };
    const broken = { quiz: { check: () => 'Prüfen', attemptsLeft: () => '' }, site: { home: 'Start', extra: 'x' } };
    expect(shapeProblems(reference, broken)).toEqual([
      'quiz.check: is function of 0, should be string',
      'quiz.attemptsLeft: is function of 0, should be function of 1',
      'site.extra: not in the reference locale',
    ]);
    expect(shapeProblems(reference, { quiz: reference.quiz })).toEqual(['site: missing']);
  });

  it('no locale has an empty text, and every function gives text', () => {
    for (const locale of LOCALES) expect(callAll(LOCALE_STRINGS[locale], locale), locale).toEqual([]);
  });

  it('German uses its own plural forms, number format and quotation marks', () => {
    expect(de.quiz.attemptsLeft(1)).toBe('Noch 1 Versuch');
    expect(de.quiz.attemptsLeft(3)).toBe('Noch 3 Versuche');
    expect(de.search.resultCount(1, 1, 'Ownership')).toBe('1 Ergebnis für „Ownership“.');
    expect(de.search.resultCount(1234, 12, '')).toBe('1.234 Ergebnisse, 12 angezeigt.');
    expect(de.challenge.duration(1, 1)).toBe('1 Minute 1 Sekunde');
    expect(de.challenge.duration(2, 0)).toBe('2 Minuten');
    expect(de.challenge.score(3, 5, 60)).toBe('Ergebnis: 3 / 5 (60\u00a0%)');
    expect(de.site.moreSections(1)).toBe('1 weiterer Bereich');
    expect(de.site.date(new Date('2026-01-05'))).toBe('5. Januar 2026');
  });

  it('English keeps its wording', () => {
    expect(en.search.resultCount(1, 1, 'yaml')).toBe('1 result for “yaml”.');
    expect(en.search.resultCount(1234, 12, 'yaml', 'yam')).toBe('1,234 results for “yaml”, including “yam”, showing 12.');
    expect(en.challenge.duration(2, 5)).toBe('2 minutes 5 seconds');
    expect(en.site.readingTime(12)).toBe('~12 min read');
    expect(en.site.date(new Date('2026-01-05'))).toBe('January 5, 2026');
  });
});
