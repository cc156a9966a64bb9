import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, plural } from '../../../src/i18n/format';
import { defaultDirection } from '../../../src/i18n/direction';

describe('Intl formatting', () => {
  it('numbers and percentages follow the locale', () => {
    expect(formatNumber('en', 1234567)).toBe('1,234,567');
    expect(formatNumber('de', 1234567)).toBe('1.234.567');
    expect(formatPercent('en', 60)).toBe('60%');
    expect(formatPercent('de', 60)).toBe('60\u00a0%');
    expect(formatPercent('en', 66.7)).toBe('67%');
  });

  it('dates are calendar days (UTC), written the way the locale writes them', () => {
    // Late in the day in UTC: a local time zone must not move it to the next day.
    const day = new Date('2026-03-01T23:30:00Z');
    expect(formatDate('en', day)).toBe('March 1, 2026');
    expect(formatDate('de', day)).toBe('1. März 2026');
  });

  it('plurals take the form the locale\'s rules pick, with the count formatted', () => {
    const forms = { one: '{n} file', other: '{n} files' };
    expect(plural('en', 1, forms)).toBe('1 file');
    expect(plural('en', 0, forms)).toBe('0 files');
    expect(plural('en', 1500, forms)).toBe('1,500 files');
    // Polish has a "few" form; a locale that gives one gets it, and `other` is the fallback.
    const polish = { one: '{n} plik', few: '{n} pliki', many: '{n} plików', other: '{n} pliku' };
    expect(plural('pl', 1, polish)).toBe('1 plik');
    expect(plural('pl', 3, polish)).toBe('3 pliki');
    expect(plural('pl', 5, polish)).toBe('5 plików');
    expect(plural('pl', 3, { other: '{n} x' })).toBe('3 x');
  });

  it('right-to-left by default only for the languages written that way', () => {
    expect(defaultDirection('en')).toBe('ltr');
    expect(defaultDirection('de')).toBe('ltr');
    expect(defaultDirection('ar')).toBe('rtl');
    expect(defaultDirection('he-IL')).toBe('rtl');
  });
});
